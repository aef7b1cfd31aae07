// Type-checked (not run) by `tsc --noEmit --strict` in make test: www/embed.d.ts types the
// element, its `request`, `decision` and `result` event precisely enough to catch these mistakes.
import "../../www/embed.js";
import type { MpnEligibility } from "../../www/embed.js";

export async function embedUsage(): Promise<string> {
  const el: MpnEligibility = document.createElement("mpn-eligibility");
  el.setAttribute("product", "sql-server");
  document.body.append(el);
  await el.ready;
  el.request = { request: { product: "azure", forCustomer: false } };
  el.request = null;
  let outcome = "";
  el.addEventListener("result", (e) => {
    outcome = e.detail ? e.detail.outcome : "cleared";
  });
  const found = document.querySelector("mpn-eligibility");
  const routes = found?.decision?.routes.map((r) => r.id) ?? [];
  // @ts-expect-error: a product id that does not exist
  el.request = { request: { product: "notepad" } };
  // @ts-expect-error: the decision is read-only
  el.decision = null;
  return `${outcome} ${routes.length} ${el.request?.request.product}`;
}
