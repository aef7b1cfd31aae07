#!/usr/bin/env bash
# make bench: criterion natively, the JS API in Node (with json-rules-engine side by side), cold
# loads and re-renders in Chromium, sizes; one table at the end, figures in bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== native (criterion)"
(cd bench/native && cargo bench --bench check -- --noplot --warm-up-time 1 --measurement-time 3)
echo "== JS API in Node"
node bench/api.mjs
echo "== Chromium"
node bench/browser.mjs
node scripts/sizes.mjs > /dev/null
echo
node bench/report.mjs
