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
