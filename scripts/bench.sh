#!/usr/bin/env bash
# make bench: the JS API in Node (complete and partial requests, describe); figures in bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
node bench/api.mjs
