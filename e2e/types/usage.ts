// Type-checked (not run) by `tsc --noEmit --strict` in make test: the declarations that ship in
// www/pkg must describe check, catalog, describe and whatIf precisely enough to catch these mistakes.
import init, {
  check, catalog, describe, whatIf,
  type Decision, type CheckRequest, type WhatIf, type Suggestion, type NextChange, type RoleId,
} from "../../www/pkg/mpn_eligibility.js";

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
  // "Why?": the reasons that decided the answer, a table row's cells under its header.
  const why: string[] = text.reasons.filter((r) => r.decisive).map((r) => r.explanation ?? r.quote);
  const cells: [string, string][] = text.reasons.flatMap((r) => r.table ? r.table.row.map((c, i): [string, string] => [r.table!.head[i], c]) : []);
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

// What if (issue 17): the smallest changes to "yes", each field set to a value of its own type,
// and the next date the answer changes.
export function whatIfUsage(): string {
  const w: WhatIf = whatIf({ asOf: "2026-11-24", request: { product: "sql-server", version: "2017" } });
  const reach: "eligible" | "reachable" | "outOfReach" | "needsAnswers" = w.reach;
  const first: Suggestion | undefined = w.toEligible[0];
  const fields: string[] = first ? first.change.map((c) => `${c.field}=${String(c.value)}`) : [];
  const rules: string[] = first ? first.actions.map((a) => `${a.code} ${a.rule}`) : [];
  const roles = first?.change.find((c) => c.field === "account.roles");
  const list: RoleId[] = roles && roles.field === "account.roles" ? roles.value : [];
  const next: NextChange | null = w.nextChange;
  const when = next ? `${next.date} ${next.what.code} ${next.what.version ?? ""} ${next.what.outcome} ${next.what.covered ?? ""}` : "";
  const stuck: string[] = w.reach === "outOfReach" ? w.blockers : [];
  // @ts-expect-error: whatIf reads a request like check
  whatIf({ request: { product: "notepad" } });
  // @ts-expect-error: no such reach
  const maybe: boolean = w.reach === "maybe";
  // @ts-expect-error: activation is only ever set to true
  const off: { field: "benefits.activated"; value: false } = w.toEligible[0].change[0];
  return `${reach} ${fields.length} ${rules.length} ${list.length} ${when} ${stuck.length} ${maybe} ${off}`;
}
