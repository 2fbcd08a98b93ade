#!/usr/bin/env bash
# Measures whether a user-words list and user patterns (issue 4) lower libtesseract's CER on scans of the
# sample documents. Prints the pooled CER per page set and the time of each variant; figures and decision
# in docs/extraction.md ("User words and patterns").
#
# Page sets, all from samples/*.pdf (13 pages; truth = each page's own text layer, pdftotext):
#   clean    300 dpi gray PNG (pdftoppm)
#   degraded the same, turned 1.3°, Gaussian noise, blurred, JPEG quality 55 (ImageMagick)
#   lowres   150 dpi gray PNG
# Variants, run with the engine's settings (vie+eng, --oem 1, --psm 1, one OpenMP thread):
#   base, words (--user-words), patterns (--user-patterns), both.
# The word list: the syllables of src/EdocMan.Search.Core/Text/Resources/vi-syllables.txt seen at least 5
# times, plus admin-words.txt (abbreviations, symbols of document numbers, header words).
#
# Usage: scripts/ocr-user-words/measure.sh [work folder]   (default: a new temporary folder, kept)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${1:-$(mktemp -d /tmp/edocman-user-words-XXXX)}"
tessdata=/usr/share/tesseract-ocr/5/tessdata
mkdir -p "$work/img" "$work/truth"
cd "$work"

for pdf in "$repo"/samples/*.pdf; do
  stem="$(basename "$pdf" .pdf | cut -d- -f1-2)"
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  for i in $(seq 1 "$pages"); do
    pdftoppm -r 300 -gray -png -f "$i" -l "$i" -singlefile "$pdf" "img/clean__$stem-$i"
    pdftoppm -r 150 -gray -png -f "$i" -l "$i" -singlefile "$pdf" "img/lowres__$stem-$i"
    convert "img/clean__$stem-$i.png" -background white -rotate 1.3 -seed 7 -attenuate 0.6 +noise Gaussian \
      -blur 0x0.8 -quality 55 "img/degraded__$stem-$i.jpg"
    for set in clean degraded lowres; do
      pdftotext -f "$i" -l "$i" "$pdf" "truth/${set}__$stem-$i.txt"
    done
  done
done

awk '$2 >= 5 {print $1}' "$repo/src/EdocMan.Search.Core/Text/Resources/vi-syllables.txt" \
  | cat - "$here/admin-words.txt" | awk '!seen[$0]++' > user-words.txt

run() {
  local variant="$1"; shift
  mkdir -p "out/$variant"
  local start; start="$(date +%s.%N)"
  for image in img/*; do
    local name; name="$(basename "${image%.*}")"
    OMP_THREAD_LIMIT=1 tesseract "$image" "out/$variant/$name" -l vie+eng --oem 1 --psm 1 \
      --tessdata-dir "$tessdata" "$@" 2>/dev/null
  done
  echo "== $variant: $(echo "$(date +%s.%N) - $start" | bc) s for $(ls img | wc -l) pages"
  python3 "$here/cer.py" truth "out/$variant"
}

run base
run words --user-words user-words.txt
run patterns --user-patterns "$here/user-patterns.txt"
run both --user-words user-words.txt --user-patterns "$here/user-patterns.txt"
echo "work folder: $work"
