// The self-test page (selftest.html): runs every bundled decision case (selftest/cases.json,
// which scripts/selftest.mjs copies from tests/cases/) through the JS API build
// (pkg/mpn_eligibility.js) in this browser, judged by compare.js as tests/cases.rs judges them,
// and shows "N of M cases pass" and each case's name and result, grouped by file, with what
// differed for a failure. English, or Polish with ?lang=pl or a Polish browser (as main.js
// chooses). Text goes in through textContent only; nothing leaves the origin.
import init, { check, describe } from "../pkg/mpn_eligibility.js";
import { json, runCase, text } from "./compare.js";

const WORDS = {
  en: {
    brand: "MPN support eligibility checker",
    title: "Self-test",
    docTitle: "Self-test — MPN support eligibility checker",
    intro: ["This page runs the checker's decision cases in your browser and compares each answer with the expected one."],
    core: ["It uses the JS API (", { code: "pkg/mpn_eligibility.js" }, "), built from the same rules core as the checker page and the embeds."],
    about: ["Cases pass when the answer matches every field the case expects (outcome, tier, routes, blockers, steps, warnings, alternatives, lifecycle). ",
      { code: "public.json" }, " and ", { code: "public-2023.json" }, " hold the team's cases, worked out by hand from the rules; ",
      { code: "regressions.json" }, " holds the project's own, each named after what broke."],
    running: "Running the cases…",
    summary: (n, m) => `${n} of ${m} ${m === 1 ? "case passes" : "cases pass"}.`,
    build: (d) => `This build: rules version ${d.rulesVersion}, lifecycle data as of ${d.dataAsOf}.`,
    caption: "Decision cases",
    hCase: "Case", hResult: "Result",
    fileCount: (n, m) => `${n} of ${m} pass`,
    pass: "Pass", fail: "Fail",
    differs: "What differed:",
    expected: "expected", got: "got",
    kinds: { rejected: "check refused the request:", refused: "describe refused the decision:", unknown: "unknown expected field:" },
    cannotStart: "The self-test could not start: ",
    privacy: "Runs only in this browser: nothing is sent anywhere.",
    back: "Back to the checker",
    other: { lang: "pl", label: "Polski" },
  },
  pl: {
    brand: "Sprawdzanie uprawnień do pomocy technicznej MPN",
    title: "Autotest",
    docTitle: "Autotest — Sprawdzanie uprawnień do pomocy technicznej MPN",
    intro: ["Ta strona uruchamia w Twojej przeglądarce przypadki decyzyjne narzędzia i porównuje każdą odpowiedź z oczekiwaną."],
    core: ["Korzysta z API JavaScript (", { code: "pkg/mpn_eligibility.js" }, "), zbudowanego z tego samego rdzenia reguł co strona narzędzia i wersje do osadzania."],
    about: ["Przypadek jest zgodny, gdy odpowiedź zgadza się z każdym oczekiwanym polem (wynik, poziom, ścieżki, blokady, kroki, ostrzeżenia, alternatywy, cykl życia). ",
      { code: "public.json" }, " i ", { code: "public-2023.json" }, " to przypadki zespołu, rozpisane ręcznie na podstawie reguł; ",
      { code: "regressions.json" }, " to własne przypadki projektu, nazwane od tego, co się kiedyś zepsuło."],
    running: "Trwa sprawdzanie przypadków…",
    summary: (n, m) => `Zgodne z oczekiwaniami: ${n} z ${m} ${m === 1 ? "przypadku" : "przypadków"}.`,
    build: (d) => `Ta wersja: reguły w wersji ${d.rulesVersion}, dane o cyklu życia z dnia ${d.dataAsOf}.`,
    caption: "Przypadki decyzyjne",
    hCase: "Przypadek", hResult: "Wynik",
    fileCount: (n, m) => `zgodne: ${n} z ${m}`,
    pass: "Zgodny", fail: "Niezgodny",
    differs: "Różnice:",
    expected: "oczekiwano", got: "otrzymano",
    kinds: { rejected: "check odrzuca zapytanie:", refused: "describe odrzuca decyzję:", unknown: "nieznane oczekiwane pole:" },
    cannotStart: "Nie udało się uruchomić autotestu: ",
    privacy: "Działa tylko w tej przeglądarce: nic nie jest nigdzie wysyłane.",
    back: "Wróć do narzędzia",
    other: { lang: "en", label: "English" },
  },
};

// The page's language as the checker chooses it (main.js): ?lang=, else the browser's.
const asked = new URLSearchParams(location.search).get("lang");
const lang = asked === "pl" || asked === "en" ? asked : (navigator.language || "").toLowerCase().startsWith("pl") ? "pl" : "en";
const w = WORDS[lang];

const $ = (id) => document.getElementById(id);
/** An element with text (never parsed as HTML). */
function el(tag, textContent = "", attrs = {}) {
  const e = document.createElement(tag);
  e.textContent = textContent;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}
/** Replaces an element's content with text and `{ code }` parts. */
const fill = (e, parts) => e.replaceChildren(...parts.map((p) => (typeof p === "string" ? p : el("code", p.code))));

function chrome() {
  document.documentElement.lang = lang;
  document.title = w.docTitle;
  $("home").textContent = w.brand;
  $("back").textContent = w.back;
  // Back to the checker in the same language when it was asked for.
  for (const id of ["home", "back"]) $(id).href = asked === lang ? `./?lang=${lang}` : "./";
  const other = $("lang-link");
  other.textContent = w.other.label;
  other.lang = other.hreflang = w.other.lang;
  other.href = `?lang=${w.other.lang}`;
  $("title").textContent = w.title;
  fill($("intro"), w.intro);
  fill($("core"), w.core);
  fill($("about"), w.about);
  $("summary").textContent = w.running;
  $("caption").textContent = w.caption;
  $("h-case").textContent = w.hCase;
  $("h-result").textContent = w.hResult;
  $("privacy").textContent = w.privacy;
}

/** One problem of a failing case, as text: the field, then what was expected and what came. */
function problem(p) {
  const li = el("li");
  if (p.kind !== "differs") {
    // The API's own message (English, naming the field), or the unknown field's name.
    const label = w.kinds[p.kind];
    if (label) li.append(label, " ", el("code", p.kind === "unknown" ? p.field : p.message, { class: "message", lang: "en" }));
    else li.append(el("code", text(p), { class: "message", lang: "en" }));
    return li;
  }
  li.append(el("code", p.field, { class: "field" }));
  const dl = el("dl");
  dl.append(el("dt", w.expected), el("dd", json(p.expected)), el("dt", w.got), el("dd", json(p.got)));
  li.append(dl);
  return li;
}

/** The rows of one case: its name and result; for a failure, a row with what differed. */
function rows(c, problems) {
  const ok = problems.length === 0;
  const tr = el("tr", "", { class: ok ? "pass" : "fail" });
  // The case names are the case files' own, in English.
  tr.append(el("th", c.name, { scope: "row", lang: "en" }));
  const result = el("td");
  result.append(el("span", ok ? w.pass : w.fail, { class: `result ${ok ? "pass" : "fail"}` }));
  tr.append(result);
  if (ok) return [tr];
  const detail = el("tr", "", { class: "differs" });
  const cell = el("td", "", { colspan: "2" });
  const list = el("ul", "", { class: "problems", "aria-label": `${w.differs} ${c.name}` });
  list.append(...problems.map(problem));
  cell.append(el("p", w.differs, { class: "differs-title" }), list);
  detail.append(cell);
  return [tr, detail];
}

/** One file's cases: a group of rows headed by the file's name and how many of its cases pass. */
function group(file, results) {
  const body = el("tbody", "", { "data-file": file });
  const head = el("th", "", { scope: "rowgroup", colspan: "2", class: "file" });
  const passed = results.filter((r) => r.problems.length === 0).length;
  head.append(el("code", file), " ", el("span", w.fileCount(passed, results.length), { class: "count" }));
  body.append(el("tr", "", { class: "file-row" }));
  body.rows[0].append(head);
  body.append(...results.flatMap((r) => rows(r.c, r.problems)));
  return body;
}

async function run() {
  chrome();
  const [cases] = await Promise.all([
    fetch(new URL("./cases.json", import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`cases.json: HTTP ${r.status}`);
      return r.json();
    }),
    init({ module_or_path: new URL("../pkg/mpn_eligibility_bg.wasm", import.meta.url) }),
  ]);
  const results = cases.map((c) => ({ c, problems: runCase(c, { check, describe }, lang) }));
  const passed = results.filter((r) => r.problems.length === 0).length;
  const files = [...new Set(cases.map((c) => c.file))];
  for (const body of [...$("results").tBodies]) body.remove();
  $("results").append(...files.map((f) => group(f, results.filter((r) => r.c.file === f))));
  $("results").hidden = false;
  try {
    const d = check({ request: { product: "azure" } });
    $("build").textContent = w.build(d);
    $("build").hidden = false;
  } catch { /* the line is a courtesy; the cases have spoken */ }
  const summary = $("summary");
  summary.textContent = w.summary(passed, cases.length);
  summary.classList.add(passed === cases.length ? "all-pass" : "some-fail");
  summary.dataset.done = "";
}

run().catch((err) => {
  const summary = $("summary");
  summary.textContent = w.cannotStart + (err && err.message ? err.message : String(err));
  summary.className = "summary-line fatal";
  summary.setAttribute("role", "alert");
  summary.dataset.done = "";
  console.error(err);
});
