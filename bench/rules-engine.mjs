// The entitlement table (T-2) and the N / N-1 rule (V-1, V-2) for one product family, written
// for json-rules-engine — what a JavaScript developer would reach for — so bench/api.mjs can run
// it over the same requests as our check() and compare latency and bundle size.
import { Engine } from "json-rules-engine";

/** Builds an engine for one on-premises family: `versions` as in catalog().families[i].versions. */
export function buildEngine(versions) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const ordered = [...versions].sort((a, b) => a.start.localeCompare(b.start));

  // Derived facts: the membership tier and the version's position at the as-of date.
  engine.addFact("tier", async (params, almanac) => {
    const comps = (await almanac.factValue("competencies")) || [];
    if (comps.some((c) => c.level === "gold")) return "gold";
    if (comps.some((c) => c.level === "silver")) return "silver";
    return (await almanac.factValue("actionPack")) ? "actionPack" : "none";
  });
  engine.addFact("position", async (params, almanac) => {
    const asOf = await almanac.factValue("asOf");
    const version = await almanac.factValue("version");
    const released = ordered.filter((v) => v.start <= asOf).map((v) => v.id);
    const i = released.indexOf(version);
    if (i < 0) return "unreleased";
    return i === released.length - 1 ? "N" : i === released.length - 2 ? "N-1" : "older";
  });
  engine.addFact("inMainstream", async (params, almanac) => {
    const asOf = await almanac.factValue("asOf");
    const version = await almanac.factValue("version");
    const w = ordered.find((x) => x.id === version);
    if (!w) return false;
    if (w.policy === "modern") return w.retirement === null || asOf <= w.retirement;
    return w.mainstreamEnd !== null && asOf <= w.mainstreamEnd;
  });
  engine.addFact("inSupport", async (params, almanac) => {
    const asOf = await almanac.factValue("asOf");
    const version = await almanac.factValue("version");
    const w = ordered.find((x) => x.id === version);
    if (!w) return false;
    if (w.policy === "modern") return w.retirement === null || asOf <= w.retirement;
    return asOf <= (w.extendedEnd ?? w.mainstreamEnd ?? "0000");
  });

  // V-1, V-2 (and D-2): N while supported, N-1 only in mainstream.
  engine.addRule({ name: "N", priority: 10, conditions: { all: [
    { fact: "position", operator: "equal", value: "N" }, { fact: "inSupport", operator: "equal", value: true }] },
    event: { type: "versionEligible" } });
  engine.addRule({ name: "N-1", priority: 10, conditions: { all: [
    { fact: "position", operator: "equal", value: "N-1" }, { fact: "inMainstream", operator: "equal", value: true }] },
    event: { type: "versionEligible" } });
  // T-2: the entitlement table, one rule per membership level.
  for (const [tier, incidents] of [["actionPack", 10], ["silver", 15], ["gold", 20]]) {
    engine.addRule({ name: `T-2 ${tier}`, priority: 5, conditions: { all: [{ fact: "tier", operator: "equal", value: tier }] },
      event: { type: "productSupport", params: { incidents } } });
  }
  return engine;
}

/** Our route for the same question: incidents of Microsoft Product Support, or null. */
export async function decide(engine, facts) {
  const { events } = await engine.run(facts);
  const eligible = events.some((e) => e.type === "versionEligible");
  const support = events.find((e) => e.type === "productSupport");
  return eligible && support ? support.params.incidents : null;
}
