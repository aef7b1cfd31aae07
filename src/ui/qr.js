// A kiosk's QR codes (src/ui/kiosk.rs, the page's build only): the encoder is in the "beyond"
// build (src/qr.rs), which src/ui/beyond.js loads, so neither the page's wasm nor an element
// carries it.
import { build } from "./beyond.js";

const SVG = "http://www.w3.org/2000/svg";

/** A kiosk's QR code (src/ui/kiosk.rs): the encoder is in the beyond build (src/qr.rs), so the
 * page's wasm carries none of it; the modules are drawn dark on light whatever the colour
 * scheme (phones read nothing else reliably). */
export function qr(svg, text, lang) {
  build(lang).then((m) => {
    const r = m.qr(text);
    if (!r) return;
    const [side, d] = [r.slice(0, r.indexOf(" ")), r.slice(r.indexOf(" ") + 1)];
    svg.setAttribute("viewBox", `0 0 ${side} ${side}`);
    const bg = document.createElementNS(SVG, "rect");
    for (const [k, v] of [["width", side], ["height", side], ["fill", "#fff"]]) bg.setAttribute(k, v);
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    path.setAttribute("fill", "#000");
    svg.replaceChildren(bg, path);
  }, () => {});
}
