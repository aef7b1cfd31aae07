// The decision cases for JS tests, as tests/common/mod.rs reads them for the native ones: every
// case of tests/cases/*.json as { name, request, expect }, and `compare` (the mismatches between
// an expected answer and a decision; empty when the case passes).
import { readFileSync } from "node:fs";

const read = (f) => JSON.parse(readFileSync(new URL(`../cases/${f}`, import.meta.url), "utf8"));

/** Every case. The 2021 cases dated after 2022-09-30 pin the 2021 rules, as the native tests do. */
export function cases() {
  const out = [];
  for (const [file, pin] of [["public.json", true], ["public-2023.json", false], ["regressions.json", true]]) {
    for (const c of read(file)) {
      const request = structuredClone(c.request);
      const late = typeof request.asOf !== "string" || request.asOf > "2022-09-30";
      if (pin && late && request.ruleSet === undefined) request.ruleSet = "mpn-2021";
      out.push({ name: c.name, request, expect: c.expect });
    }
  }
  return out;
}

const codes = (v, key) => new Set((v?.[key] ?? []).map((x) => (typeof x === "string" ? x : x.code)));
const same = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const routeKey = (r) => JSON.stringify([r.id, r.incidents ?? null, r.remaining ?? null, [...(r.actions ?? [])].sort()]);

/** Mismatches between `expect` (a case's) and a decision `got`, as tests/common's `compare`. */
export function compare(expect, got) {
  const bad = [];
  for (const [key, want] of Object.entries(expect)) {
    let ok;
    switch (key) {
      case "outcome": case "tier": case "ruleSet": ok = got[key] === want; break;
      case "routes": {
        const w = want.map(routeKey), g = (got.routes ?? []).map(routeKey);
        ok = w.length === g.length && same(new Set(w), new Set(g));
        break;
      }
      case "blockers": case "warnings": case "alternatives": case "unknowns":
        ok = same(codes(expect, key), codes(got, key)); break;
      case "stepsInclude": case "stepsExclude": {
        const steps = codes(got, "steps");
        ok = [...codes(expect, key)].every((c) => steps.has(c) === (key === "stepsInclude"));
        break;
      }
      case "lifecycle": ok = ["position", "phase", "eligible"].every((f) => got.lifecycle?.[f] === want[f]); break;
      default: bad.push(`unknown expect field ${key}`); ok = true;
    }
    if (!ok) bad.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(key.startsWith("steps") ? got.steps : got[key])}`);
  }
  return bad;
}
