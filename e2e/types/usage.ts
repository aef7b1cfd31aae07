// Type-checked (not run) by `tsc --noEmit --strict` in make test: the declarations that ship in
// www/pkg must describe check, catalog and describe precisely enough to catch these mistakes.
import init, { check, catalog, describe, type Decision, type CheckRequest } from "../../www/pkg/mpn_eligibility.js";

export async function usage(): Promise<string> {
  await init();
  const req: CheckRequest = { asOf: "2021-06-30", request: { product: "sql-server", version: "2019" } };
  const d: Decision = check(req);
  const outcome: "eligible" | "actionNeeded" | "notEligible" | "undetermined" = d.outcome;
  const firstRoute = d.routes[0];
  const count: number | undefined = firstRoute && firstRoute.incidents && "count" in firstRoute.incidents ? firstRoute.incidents.count : undefined;
  const families: string[] = catalog().families.map((f) => f.id);
  const text = describe(d, "pl");
  const quotes: string[] = text.reasons.map((r) => r.quote);
  // @ts-expect-error: a product id that does not exist
  check({ request: { product: "notepad" } });
  // @ts-expect-error: only "pl" and "en"
  describe(d, "de");
  // @ts-expect-error: outcome is not a free string
  const wrong: "maybe" = d.outcome;
  return `${outcome} ${count} ${families.length} ${quotes.length} ${wrong}`;
}

// Rules through time: the designation in, the rule set and the new codes out, the rule sets in
// the catalog, and the English-original quotes of the 2023 rules.
export function rulesThroughTime(): string {
  const d = check({ asOf: "2026-12-01", organization: { solutionsPartner: true }, request: { product: "azure" } });
  const set: "mpn-2021" | "cpp-2023" = d.ruleSet;
  const pinned = check({ ruleSet: "mpn-2021", asOf: "2026-12-01", request: { product: "azure" } });
  const tier: "solutionsPartner" | "gold" | "silver" | "actionPack" | "none" | null = d.tier;
  const stale = d.warnings.some((w) => w.code === "rulesMayHaveChanged" || w.code === "benefitsRenamed" || w.code === "actionPackNoBenefitsInAzure");
  const ppi = d.alternatives.some((a) => a.code === "payPerIncident");
  const sets = catalog().ruleSets.map((s) => `${s.id} ${s.programme.en} ${s.article.msDate} ${s.article.lastSeen} ${s.from ?? ""} ${s.to ?? ""}`);
  const t = describe(d, "pl");
  const lines: string[] = [t.rules, ...t.reasons.map((r) => (r.quoteLang === "en" ? r.explanation ?? r.quote : r.quote))];
  const unknown: boolean = d.unknowns.includes("organization.solutionsPartner");
  // @ts-expect-error: the designation is a boolean
  check({ organization: { solutionsPartner: "yes" }, request: { product: "azure" } });
  // @ts-expect-error: no such rule set
  check({ ruleSet: "mpn-2025", request: { product: "azure" } });
  // @ts-expect-error: no such warning code
  const nope: boolean = d.warnings.some((w) => w.code === "rulesChanged");
  return `${set} ${pinned.ruleSet} ${tier} ${stale} ${ppi} ${sets.length} ${lines.length} ${unknown} ${nope}`;
}
