// How the self-test (selftest.html) judges a decision case: the request a case asks and the
// comparison of its `expect` with what `check` answered, exactly as tests/cases.rs and
// tests/common/mod.rs do natively. Pure (no DOM, no wasm): Node tests it
// (tests/js/selftest-compare.test.mjs) and tests/js/cases.mjs uses it for the npm package.
//
// | `expect` field | passes when |
// |---|---|
// | `outcome`, `tier`, `ruleSet` | equal |
// | `routes` | same routes in any order (and as many); each with the same `id`, `incidents`, `remaining` and set of `actions` |
// | `blockers`, `warnings`, `alternatives`, `unknowns` | the same set of codes |
// | `stepsInclude` / `stepsExclude` | each code is / is not among the step codes |
// | `lifecycle` | `position`, `phase`, `eligible` equal |
// | anything else | never: "unknown expect field" |
//
// A request `check` refuses fails its case ("rejected", with the API's message naming the
// field), and so does a decision `describe` refuses. JSON values compare as serde_json's do
// (objects by their keys, not their order; a missing field is null), but for numbers: serde_json
// tells 20 from 20.0, JavaScript cannot (no case writes a fraction).

/** The case files in the order tests/common/mod.rs `cases()` reads them. `pin`: a 2021 file,
 * whose cases dated after 2022-09-30 (or undated) are asked with `"ruleSet": "mpn-2021"`. */
export const SOURCES = Object.freeze([
  Object.freeze({ file: "public.json", pin: true }),
  Object.freeze({ file: "public-2023.json", pin: false }),
  Object.freeze({ file: "regressions.json", pin: true }),
]);

/** The date an omitted `asOf` stands for (tests/cases.rs `TODAY`), not the visitor's today. */
export const CASES_TODAY = "2026-11-24";

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
/** serde_json's `v[key]`: the field of an object, else null. */
const at = (v, key) => (isObject(v) && Object.hasOwn(v, key) && v[key] !== undefined ? v[key] : null);
/** Strings by code point, as Rust's `BTreeMap<String, _>` orders keys. */
function byCodePoint(a, b) {
  const x = [...a], y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d) return d;
  }
  return x.length - y.length;
}

/** A JSON value as serde_json's `Value` displays it: compact, object keys sorted. */
export function json(v) {
  if (v === undefined || v === null) return "null";
  if (Array.isArray(v)) return `[${v.map(json).join(",")}]`;
  if (typeof v === "object") {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort(byCodePoint);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${json(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}
const equal = (a, b) => json(a) === json(b);

/** The request a case asks (a copy): its file's pin, and `asOf` given when omitted. */
export function requestOf(c) {
  const source = SOURCES.find((s) => s.file === c.file);
  if (!source) throw new Error(`${c.file}: not a case file of tests/common (${SOURCES.map((s) => s.file).join(", ")})`);
  const request = structuredClone(c.request);
  if (!isObject(request)) return request;
  const late = typeof request.asOf !== "string" || request.asOf > "2022-09-30";
  if (source.pin && late && !Object.hasOwn(request, "ruleSet")) request.ruleSet = "mpn-2021";
  if (request.asOf === undefined || request.asOf === null) request.asOf = CASES_TODAY;
  return request;
}

/** tests/common `codes`: the codes of a list (its strings, or its objects' `code`), as a set. */
function codes(v, key) {
  const list = at(v, key);
  if (!Array.isArray(list)) return new Set();
  return new Set(list.map((x) => {
    const c = isObject(x) && Object.hasOwn(x, "code") ? x.code : x;
    return typeof c === "string" ? c : "";
  }));
}
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const lengthOf = (v) => (Array.isArray(v) ? v.length : null);
/** tests/common `route_key`: id, incidents and remaining as JSON, the set of actions. */
function routeKey(r) {
  const a = at(r, "actions");
  const actions = Array.isArray(a) ? [...new Set(a.map((x) => (typeof x === "string" ? x : "")))].sort(byCodePoint) : [];
  return JSON.stringify([json(at(r, "id")), json(at(r, "incidents")), json(at(r, "remaining")), actions]);
}
const routeKeys = (v) => new Set((Array.isArray(v) ? v : []).map(routeKey));

/**
 * What differs between a case's `expect` and a decision `got` (none: the case passes), in the
 * order tests/common's `compare` finds them (the expected fields sorted by name). Each is
 * `{ kind: "differs", field, expected, got }` (`got`: the decision's field; its `steps` for
 * `stepsInclude`/`stepsExclude`) or `{ kind: "unknown", field }`.
 */
export function compare(expect, got) {
  if (!isObject(expect)) return [{ kind: "malformed", message: "expect is not an object" }];
  const bad = [];
  for (const key of Object.keys(expect).sort(byCodePoint)) {
    const want = expect[key] ?? null;
    let ok;
    switch (key) {
      case "outcome": case "tier": case "ruleSet":
        ok = equal(at(got, key), want);
        break;
      case "routes":
        ok = sameSet(routeKeys(want), routeKeys(at(got, key))) && lengthOf(want) === lengthOf(at(got, key));
        break;
      case "blockers": case "warnings": case "alternatives": case "unknowns":
        ok = sameSet(codes(expect, key), codes(got, key));
        break;
      case "stepsInclude": case "stepsExclude": {
        const steps = codes(got, "steps");
        ok = [...codes(expect, key)].every((c) => steps.has(c) === (key === "stepsInclude"));
        break;
      }
      case "lifecycle":
        ok = ["position", "phase", "eligible"].every((f) => equal(at(at(got, "lifecycle"), f), at(want, f)));
        break;
      default:
        bad.push({ kind: "unknown", field: key });
        ok = true;
    }
    if (!ok) {
      const shown = key === "stepsInclude" || key === "stepsExclude" ? at(got, "steps") : at(got, key);
      bad.push({ kind: "differs", field: key, expected: want, got: shown });
    }
  }
  return bad;
}

const messageOf = (e) => (e instanceof Error ? e.message : String(e));

/**
 * A case `{ file, name, request, expect }` through the JS API `{ check, describe }`, as
 * tests/cases.rs runs it: the problems (none: it passes). A request `check` refuses is
 * `{ kind: "rejected", message }`; a decision `describe` refuses (tests/cases.rs: `trust::check`)
 * is `{ kind: "refused", message }`; otherwise what `compare` finds.
 */
export function runCase(c, { check, describe }, lang = "en") {
  let decision;
  try {
    decision = check(requestOf(c));
  } catch (e) {
    return [{ kind: "rejected", message: messageOf(e) }];
  }
  try {
    describe(decision, lang);
  } catch (e) {
    return [{ kind: "refused", message: messageOf(e) }];
  }
  return compare(c.expect, decision);
}

/** A problem as tests/common and tests/cases.rs word it (without the `[name] ` in front). */
export function text(p) {
  switch (p.kind) {
    case "differs": return `${p.field}: expected ${json(p.expected)}, got ${json(p.got)}`;
    case "unknown": return `unknown expect field ${p.field}`;
    case "rejected": return `rejected: ${p.message}`;
    case "refused": return `describe would refuse it: ${p.message}`;
    default: return p.message;
  }
}
