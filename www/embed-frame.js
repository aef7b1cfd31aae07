// www/embed.html, the iframe version of <mpn-eligibility>: presets come from this page's address,
// and the parent page is told this page's height whenever it changes
// ({type: "mpn-eligibility:height", height}) and each result ({type: "mpn-eligibility:result",
// decision}). Any parent learns only what it needs to react: the outcome, the route ids and the
// rule set. The whole decision (which tells the tier, the product and version, the date and, by
// `remaining`, the incidents used) goes only to a parent that names its origin with
// `?origin=https://docs.example`, and then only to that origin. The answers stay in the frame.
import "./embed.js";

const params = new URLSearchParams(location.search);
const checker = document.getElementById("mpn");
for (const name of ["product", "version", "as-of", "theme"]) {
  const v = params.get(name);
  if (v) checker.setAttribute(name, v);
}
if (params.has("compact") && params.get("compact") !== "false") checker.setAttribute("compact", "");
// ?lang=, else the browser's language (this page's own <html lang> is only a default).
const pl = (params.get("lang") || navigator.language || "en").toLowerCase().startsWith("pl");
const lang = pl ? "pl" : "en";
checker.setAttribute("lang", lang);
document.documentElement.lang = lang;

// A parent's origin, exactly as a browser writes one ("https://docs.example"), else null: an
// invalid `?origin=` is said once on the console and the frame posts as if none were named.
const named = (() => {
  const o = params.get("origin");
  if (!o) return null;
  try {
    if (new URL(o).origin === o && o !== "null") return o;
  } catch { /* not a URL */ }
  console.warn(`embed.html: origin=${JSON.stringify(o.slice(0, 80))} is not an origin such as https://docs.example; posting the outcome only, to any parent`);
  return null;
})();
const framed = window.parent !== window;
const post = (message) => { if (framed) window.parent.postMessage(message, named || "*"); };
// What any parent may learn: enough to react, nothing of the answers.
const summary = (d) => d && { outcome: d.outcome, routes: d.routes.map((r) => ({ id: r.id })), ruleSet: d.ruleSet };

let last = 0;
const sendHeight = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    post({ type: "mpn-eligibility:height", height });
  }
};
new ResizeObserver(sendHeight).observe(document.documentElement);
checker.addEventListener("result", (e) => post({ type: "mpn-eligibility:result", decision: named ? e.detail : summary(e.detail) }));
// The frame's own heading, for screen readers, in the checker's language.
if (pl) {
  document.querySelector("h1").textContent = "Sprawdzanie uprawnień do pomocy technicznej MPN";
  document.title = "Sprawdzanie uprawnień do pomocy technicznej MPN";
}
