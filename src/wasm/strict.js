// Checks a request against the schema src/wasm/strict.rs sends once: unknown fields, wrong
// types and values outside a fixed list are reported with the field's path, before serde reads
// the object. A loop here costs far less than a boundary call per key from Rust.
let SCHEMA = null;

export function setSchema(schema) {
  SCHEMA = schema;
}

// null when the request fits, else [path, message].
export function problem(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return ["request body", `expected an object like {"request":{"product":"azure"}}, got ${show(value)}`];
  }
  return object(value, SCHEMA, "");
}

function show(v) {
  if (typeof v === "string") return JSON.stringify(cut(v));
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "function" || typeof v === "symbol") return `a ${typeof v}`;
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object" && v !== null) return "an object";
  return String(v);
}

// A key or value as messages show it: at most 40 characters (src/rules/schema.rs `cut`).
const cut = (s) => (s.length > 40 ? s.slice(0, 40) + "…" : s);

function object(value, fields, path) {
  for (const key of Object.keys(value)) {
    const here = path === "" ? cut(key) : `${path}.${cut(key)}`;
    if (!Object.prototype.hasOwnProperty.call(fields, key)) {
      return [here, `unknown field ${JSON.stringify(cut(key))}, expected one of ${Object.keys(fields).join(", ")}`];
    }
    const found = leaf(value[key], fields[key], here);
    if (found !== null) return found;
  }
  return null;
}

function leaf(v, node, path) {
  if (v === null || v === undefined) return null; // unanswered
  switch (node.kind) {
    case "boolean":
      return typeof v === "boolean" ? null : [path, `expected true or false, got ${show(v)}`];
    case "string":
      return typeof v === "string" ? null : [path, `expected a string, got ${show(v)}`];
    case "number":
      if (typeof v !== "number") return [path, `expected a number, got ${show(v)}`];
      return Number.isFinite(v) ? null : [path, `expected a whole number from 0 to 4294967295, got ${show(v)}`];
    case "oneOf":
      return typeof v === "string" && node.values.includes(v) ? null : [path, `expected one of ${node.values.join(", ")}, got ${show(v)}`];
    case "listOf":
      if (!Array.isArray(v)) return [path, `expected a list of ${node.values.join(", ")}, got ${show(v)}`];
      for (let i = 0; i < v.length; i++) {
        if (typeof v[i] !== "string" || !node.values.includes(v[i])) return [`${path}[${i}]`, `expected one of ${node.values.join(", ")}, got ${show(v[i])}`];
      }
      return null;
    case "object":
      if (typeof v !== "object" || Array.isArray(v)) return [path, `expected an object, got ${show(v)}`];
      return object(v, node.fields, path);
    case "objects":
      if (!Array.isArray(v)) return [path, `expected a list of objects, got ${show(v)}`];
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (typeof item !== "object" || item === null || Array.isArray(item)) return [`${path}[${i}]`, `expected an object, got ${show(item)}`];
        const found = object(item, node.fields, `${path}[${i}]`);
        if (found !== null) return found;
      }
      return null;
    default:
      return null;
  }
}

// The fast way in: a request that fits the schema and whose ids are all known is encoded as
// numbers (src/wasm/intake.rs reads them); anything else returns null and goes through serde,
// which gives the error messages. Ids map to the catalog's indices, sent once.
let FAMILIES = null; // Map id -> [index, Map versionId -> index]
let COMPETENCIES = null; // Map id -> index

export function setCatalog(families, competencies) {
  FAMILIES = new Map(families.map(([id, versions], i) => [id, [i, new Map(versions.map((v, j) => [v, j]))]]));
  COMPETENCIES = new Map(competencies.map((id, i) => [id, i]));
}

const ROLE_BITS = { globalAdmin: 1, mpnPartnerAdmin: 2, adminAgent: 4 };
const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const NONE = NaN; // unanswered (strict.js refuses non-finite numbers, so NaN is free)
const flag = (v) => (v === true ? 1 : v === false ? 0 : NONE);
const given = (v) => v !== null && v !== undefined;
const NOTHING = Object.freeze(Object.create(null));

export function encode(value) {
  const r = value.request;
  if (!given(r) || typeof r.product !== "string") return null;
  const fam = FAMILIES.get(r.product);
  if (fam === undefined) return null;
  let version = NONE;
  if (given(r.version)) {
    version = fam[1].get(r.version);
    if (version === undefined) return null;
  }
  let asOf = NONE;
  if (given(value.asOf)) {
    const m = DATE.exec(value.asOf);
    if (m === null) return null;
    asOf = +m[1] * 10000 + +m[2] * 100 + +m[3];
  }
  // Snapshots have no prototype; the defaults neither, so nothing inherited is ever read.
  const acc = value.account || NOTHING;
  const org = value.organization || NOTHING;
  const ben = value.benefits || NOTHING;
  let roles = NONE;
  if (given(acc.roles)) {
    roles = 0;
    for (const role of acc.roles) roles |= ROLE_BITS[role];
  }
  const out = [asOf, given(acc.association) ? (acc.association === "mpn" ? 0 : 1) : NONE, roles, flag(org.actionPack)];
  if (given(org.competencies)) {
    out.push(org.competencies.length);
    for (const c of org.competencies) {
      const i = COMPETENCIES.get(c.id);
      // An unknown id or no level: the conversion names it (as natively).
      if (i === undefined || (c.level !== "gold" && c.level !== "silver")) return null;
      out.push(i, c.level === "gold" ? 1 : 0);
    }
  } else {
    out.push(NONE);
  }
  out.push(flag(ben.activated), flag(ben.contractLinked), flag(ben.contractExpired),
    given(ben.incidentsUsed) ? ben.incidentsUsed : NONE, fam[0], version, flag(r.forCustomer), flag(r.cspSubscription), flag(org.solutionsPartner),
    given(value.ruleSet) ? (value.ruleSet === "cpp-2023" ? 1 : 0) : NONE);
  return new Float64Array(out);
}

// One snapshot of what the caller passed: own data properties only (enumerable or not), into
// objects with no prototype, read once each. No getter, Proxy trap or inherited value is read
// twice or later, so the check, the encoding and serde all see the same answers, and nothing a
// caller's object does can run while the wasm is on the stack (an exception unwinding through
// wasm frames would leave its stack and externref table behind: issue 18). A getter is refused
// with its field; anything deeper than the schema can be is cut off (the check refuses it above).
const MAX_DEPTH = 8;

class Refused extends Error {
  constructor(path, message) {
    super(message);
    this.path = path;
  }
}

function snap(v, path, depth) {
  if (typeof v !== "object" || v === null) return v;
  if (depth > MAX_DEPTH) return Object.create(null);
  const here = (k) => (path === "" ? cut(String(k)) : `${path}.${cut(String(k))}`);
  if (Array.isArray(v)) {
    const d = Object.getOwnPropertyDescriptor(v, "length");
    const n = d && "value" in d ? d.value : 0;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const e = Object.getOwnPropertyDescriptor(v, i);
      if (e && !("value" in e)) throw new Refused(`${path}[${i}]`, "a getter, not a value");
      out[i] = snap(e ? e.value : undefined, `${path}[${i}]`, depth + 1);
    }
    return out;
  }
  const out = Object.create(null);
  for (const k of Reflect.ownKeys(v)) {
    if (typeof k !== "string") continue;
    const e = Object.getOwnPropertyDescriptor(v, k);
    if (!e) continue;
    if (!("value" in e)) throw new Refused(here(k), "a getter, not a value");
    out[k] = snap(e.value, here(k), depth + 1);
  }
  return out;
}

// What an exception says, without trusting it (its message may itself be a getter that throws).
function said(e) {
  try {
    const m = e instanceof Error ? e.message : String(e);
    return typeof m === "string" ? cut(m) : "an exception";
  } catch {
    return "an exception";
  }
}

/** The snapshot of `value`, or `[path, message]` when reading it threw or met a getter. */
export function snapshot(value, root) {
  try {
    return { ok: snap(value, "", 0) };
  } catch (e) {
    if (e instanceof Refused) return { err: [e.path === "" ? root : `${root === "request body" ? "" : root + "."}${e.path}`, e.message] };
    return { err: [root, `could not be read: reading it threw ${said(e)}`] };
  }
}

// One call for the JS API's check(): a problem ([path, message]), or [snapshot, encoded]: the
// request's snapshot (for serde, when the fast way cannot read it) and its encoding
// (Float64Array, or null when an id is unknown). Never throws.
export function take(value) {
  try {
    const s = snapshot(value, "request body");
    if (s.err) return s.err;
    const p = problem(s.ok);
    if (p !== null) return p;
    return [s.ok, encode(s.ok)];
  } catch (e) {
    return ["request body", `could not be read: ${said(e)}`];
  }
}

// For describe(): the decision's snapshot, or [message] when it cannot be read. Never throws.
export function plainDecision(value) {
  try {
    const s = snapshot(value, "decision");
    return s.err ? [`${s.err[0]}: ${s.err[1]}`] : s.ok;
  } catch (e) {
    return [`decision: could not be read: ${said(e)}`];
  }
}
