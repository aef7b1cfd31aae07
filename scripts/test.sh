#!/usr/bin/env bash
# Every test: native, wasm in headless Chromium, Playwright e2e + axe. Ends with a countable line.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p target
passed=0; failed=0; status=0

count_cargo() { # sums "test result: ... N passed; M failed" lines of a cargo test log
  local p f
  p=$(grep -Eo '[0-9]+ passed' "$1" | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
}

echo "== native: cargo test"
cargo test 2>&1 | tee target/test-native.log; rc=${PIPESTATUS[0]}
count_cargo target/test-native.log; [ "$rc" = 0 ] || { status=1; failed=$((failed + $(grep -c '^error' target/test-native.log || true))); }

echo "== wasm in headless Chromium: cargo test --target wasm32-unknown-unknown --test web (the only wasm tests)"
cargo test --target wasm32-unknown-unknown --test web 2>&1 | tee target/test-wasm.log; rc=${PIPESTATUS[0]}
count_cargo target/test-wasm.log; [ "$rc" = 0 ] || status=1

echo "== JS API in Node: hostile input (node --test)"
node --test tests/js/ 2>&1 | tee target/test-node.log; rc=${PIPESTATUS[0]}
p=$(grep -Eo '^# pass [0-9]+' target/test-node.log | awk '{s+=$3} END {print s+0}')
f=$(grep -Eo '^# fail [0-9]+' target/test-node.log | awk '{s+=$3} END {print s+0}')
passed=$((passed + p)); failed=$((failed + f)); [ "$rc" = 0 ] || status=1

echo "== TypeScript: www/pkg/mpn_eligibility.d.ts and www/embed.d.ts type the API and the element precisely (tsc --strict)"
if npx --no-install tsc -p e2e/types/tsconfig.json; then passed=$((passed + 1)); echo "types: ok"; else failed=$((failed + 1)); status=1; fi

echo "== sizes: first visit of / <= 100 KB brotli, page wasm <= 80 KB brotli, one <mpn-eligibility> <= the first visit"
if node scripts/sizes.mjs --check; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

# QUICK=1 (make test-quick): only the smoke spec of the e2e suite, for a fast loop while editing.
specs=()
[ "${QUICK:-}" = 1 ] && specs=(e2e/smoke.spec.mjs)
echo "== e2e: Playwright + axe in Debian's Chromium ${specs[*]:-(every spec)}"
npx --no-install playwright test "${specs[@]}" 2>&1 | tee target/test-e2e.log; rc=${PIPESTATUS[0]}
p=$(grep -Eo '^ *[0-9]+ passed' target/test-e2e.log | awk '{s+=$1} END {print s+0}')
f=$(grep -Eo '^ *[0-9]+ failed' target/test-e2e.log | awk '{s+=$1} END {print s+0}')
passed=$((passed + p)); failed=$((failed + f)); [ "$rc" = 0 ] || status=1
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi

echo "$passed passed, $failed failed"
exit $status
