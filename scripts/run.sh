#!/usr/bin/env bash
# Sets up and runs EdocMan.Search on its embedded defaults: SQLite, a local Lucene index and the
# store of originals under ./data, demo agencies, accounts and sample documents, on http://127.0.0.1:5080.
# The demo accounts' passwords are printed in the log on the first start only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

scripts/install-deps.sh
dotnet build src/EdocMan.Search.Api/EdocMan.Search.Api.csproj -c Release -nologo -v quiet

export Storage__DataDirectory="${Storage__DataDirectory:-$root/data}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
bin="$root/src/EdocMan.Search.Api/bin/Release/net10.0"
echo "EdocMan.Search: data in $Storage__DataDirectory, serving on ${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
exec dotnet "$bin/EdocMan.Search.Api.dll" --contentRoot "$bin" "$@"
