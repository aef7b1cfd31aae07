#!/usr/bin/env bash
# `make lighthouse` (issue 16): Lighthouse 12 (mobile, simulated throttling, the default) on the
# page, on a share link with answers and on the docs example, served by scripts/serve.py as
# `make serve` serves them. Prints each category's score and fails if one is below 95.
# Lighthouse is installed on first use into target/lighthouse/ (pinned; not a project dependency).
set -euo pipefail
cd "$(dirname "$0")/.."
LH_VERSION=12.2.3
LH=target/lighthouse
if [ ! -x "$LH/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LH"
  (cd "$LH" && [ -f package.json ] || echo '{"private":true}' > package.json)
  (cd "$LH" && npm install --no-audit --no-fund -E "lighthouse@$LH_VERSION" >/dev/null)
fi
PORT=${LH_PORT:-8799}
python3 scripts/serve.py --port "$PORT" --dir www >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.1; done
mkdir -p bench-results
status=0
for path in "/" "/?lang=pl#v=1&p=sql-server&ver=2019&d=2021-06-30&as=mpn&r=ga&ap=0&c=dataPlatform:g&act=1&lnk=1&exp=0&inc=2" "/examples/docs-page.html"; do
  out=bench-results/lighthouse-$(echo "$path" | tr -c 'a-z0-9' '_' | cut -c1-40).json
  CHROME_PATH=/usr/bin/chromium "$LH/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run" \
    --output=json --output-path="$out" >/dev/null 2>&1 || { echo "lighthouse: $path: the run failed"; status=1; continue; }
  node -e '
    const r = require(require("path").resolve(process.argv[1]));
    const cats = Object.values(r.categories).map((c) => [c.title, Math.round(c.score * 100)]);
    const low = cats.filter(([, s]) => s < 95);
    const a = r.audits;
    console.log(`lighthouse: ${process.argv[2]}: ${cats.map(([t, s]) => `${t} ${s}`).join(", ")}; FCP ${a["first-contentful-paint"].displayValue}, LCP ${a["largest-contentful-paint"].displayValue}, TBT ${a["total-blocking-time"].displayValue}, TTI ${a.interactive.displayValue}`);
    for (const [k, v] of Object.entries(a)) if (v.score !== null && v.score < 0.9 && !["informative", "notApplicable", "manual"].includes(v.scoreDisplayMode)) console.log(`  ${k}: ${v.title}${v.displayValue ? ` (${v.displayValue})` : ""}`);
    process.exit(low.length ? 1 : 0);
  ' "$out" "$path" || status=1
done
exit $status
