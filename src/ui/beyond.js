// "Beyond the answer" (issue 17) for the page and the element: after an answer is drawn, the
// small www/beyond/<lang>/ build (src/beyond.rs) is loaded once and gives the sentences of how
// to get to "yes", why nothing would, and when the answer changes, with its calendar file; they
// are added to the answer before "Why?", as text. An answer drawn again meanwhile wins; a build
// that cannot load leaves the answer as it is.
const builds = {};
const latest = new WeakMap(); // answer region -> the last request for it

export function build(lang) {
  // This file is served from <site>/app|embed/<lang>/snippets/…: the builds are beside.
  const here = import.meta.url;
  const base = new URL(`../../beyond/${lang}/`, `${here.slice(0, here.lastIndexOf("/snippets/"))}/`).href;
  builds[lang] ??= import(`${base}mpn_eligibility.js`).then(async (m) => {
    await m.default({ module_or_path: `${base}mpn_eligibility_bg.wasm` });
    return m;
  });
  return builds[lang];
}

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export function beyond(region, fragment, lang, today, back, toYes, nextChange, addToCalendar, icsTitle) {
  const ask = {};
  latest.set(region, ask);
  build(lang).then((m) => {
    if (latest.get(region) !== ask || !region.isConnected) return;
    const r = m.beyond(fragment, today, back, icsTitle);
    if (!r) return;
    const box = el("div", { class: "whatif" });
    if (r.shown) {
      const s = el("section", { id: "to-yes" });
      s.append(el("h3", {}, toYes));
      if (r.suggestions.length > 0) {
        const ul = el("ul", { class: "suggestions" });
        for (const sg of r.suggestions) {
          const li = el("li", {}, `${sg.text} `);
          li.append(el("span", { class: "rule-id" }, sg.rule));
          ul.append(li);
        }
        s.append(ul);
      } else if (r.reach) s.append(el("p", { class: "reach" }, r.reach));
      box.append(s);
    }
    if (r.next) {
      const s = el("section", { id: "next-change" });
      s.append(el("h3", {}, nextChange), el("p", {}, r.next));
      if (r.ics) {
        s.append(el("a", { id: "add-to-calendar", class: "button", download: `mpn-eligibility-${r.date}.ics`,
          href: `data:text/calendar;charset=utf-8,${encodeURIComponent(r.ics)}` }, addToCalendar));
      }
      box.append(s);
    }
    region.querySelector(".whatif")?.remove();
    if (box.childElementCount === 0) return;
    const why = region.querySelector("#why");
    if (why) why.before(box);
    else region.append(box);
  }).catch((e) => console.warn("mpn-eligibility: beyond the answer:", e));
}
