#!/usr/bin/env bash
# Renders the demo documents to PDF with the production renderer (TextPdfRenderer):
#   samples/*.txt                        -> samples/*.pdf
#   <seed>/qd-31-2014-ubnd-son-la.txt    -> samples/qd-31-2014-ubnd-son-la.pdf
# The PDFs are committed as test fixtures, so tests never need the seed folder.
#
# Usage: scripts/render-samples.sh [seed .txt file or folder]   (default: ../shared/seed beside the repo)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="${1:-$repo/../shared/seed}"

dotnet run --project "$repo/scripts/render-samples/RenderSamples.csproj" -- "$repo/samples" "$seed"
