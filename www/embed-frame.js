// www/embed.html, the iframe version of <mpn-eligibility>: presets come from this page's address,
// and the parent page is told this page's height whenever it changes
// ({type: "mpn-eligibility:height", height}) and each decision ({type: "mpn-eligibility:result",
// decision}). `?origin=https://docs.example` sends both to that origin only. The answers stay in
// the frame: the parent gets only the height and the decision.
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

const origin = params.get("origin") || "*";
const framed = window.parent !== window;
const post = (message) => { if (framed) window.parent.postMessage(message, origin); };

let last = 0;
const sendHeight = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    post({ type: "mpn-eligibility:height", height });
  }
};
new ResizeObserver(sendHeight).observe(document.documentElement);
checker.addEventListener("result", (e) => post({ type: "mpn-eligibility:result", decision: e.detail }));
// The frame's own heading, for screen readers, in the checker's language.
if (pl) {
  document.querySelector("h1").textContent = "Sprawdzanie uprawnień do pomocy technicznej MPN";
  document.title = "Sprawdzanie uprawnień do pomocy technicznej MPN";
}
