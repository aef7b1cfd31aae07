// Expands the decision tape written by src/wasm/tape.rs into the plain `Decision` object of
// spec/api.md. Keep the field order and the reading order in step with tape.rs.
let S = [];

export function setStrings(strings) {
  S = strings;
}

const NULL = 0xffffffff;

export function expand(t) {
  let i = 0;
  const n = () => t[i++];
  const s = () => S[t[i++]];
  const os = () => { const v = t[i++]; return v === NULL ? null : S[v]; };
  const date = () => {
    const v = t[i++];
    if (v === NULL) return null;
    const y = Math.floor(v / 10000), m = Math.floor(v / 100) % 100, d = v % 100;
    return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
  };
  const list = (f) => { const k = n(); const out = new Array(k); for (let j = 0; j < k; j++) out[j] = f(); return out; };
  const outcome = s();
  const tier = os();
  const routes = list(() => {
    const id = s();
    const kind = n(), count = n();
    const incidents = kind === 0 ? null : kind === 1 ? { unlimited: true } : { count };
    const rem = n();
    const portal = s();
    const actions = list(s);
    return { id, incidents, remaining: rem === NULL ? null : rem, actions, portal };
  });
  const blockers = list(() => ({ code: s(), final: n() === 1, rule: s() }));
  const steps = list(() => {
    const step = { code: s(), route: s(), rule: s() };
    const link = os();
    if (link !== null) step.link = link;
    return step;
  });
  const warnings = list(() => ({ code: s(), rule: s() }));
  const alternatives = list(() => {
    const alt = { code: s(), rule: s() };
    const link = os();
    if (link !== null) alt.link = link;
    return alt;
  });
  let lifecycle = null;
  if (n() === 1) {
    lifecycle = {
      family: s(), version: s(), position: s(), phase: s(), eligible: n() === 1,
      start: date(), mainstreamEnd: date(), extendedEnd: date(), retirement: date(),
    };
  }
  const reasons = list(() => ({ rule: s(), anchor: s() }));
  const unknowns = list(s);
  const asOf = date();
  const rulesVersion = s();
  const dataAsOf = date();
  const product = s();
  const ruleSet = s();
  return { outcome, tier, routes, blockers, steps, warnings, alternatives, lifecycle, reasons, unknowns, asOf, rulesVersion, dataAsOf, product, ruleSet };
}
