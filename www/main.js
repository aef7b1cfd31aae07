// Loads the page's wasm build in the page's language (one language per load: www/app/en/ or
// www/app/pl/); `run` renders the checker into <main>. The article's words the page quotes
// (quotes.js: they are not in the page's wasm) follow when first needed; without them (a
// failed load) the checker still answers, and its reasons say the words are missing. The language switch reloads the page
// in the other language.
const BUILDS = { en: "./app/en/mpn_eligibility.js", pl: "./app/pl/mpn_eligibility.js" };
const QUOTES = { en: "./app/en/quotes.js", pl: "./app/pl/quotes.js" };

// The page's language as the checker chooses it: ?lang=, else the browser's.
const q = new URLSearchParams(location.search).get("lang");
const pl = q === "pl" || q === "en" ? q === "pl" : (navigator.language || "").toLowerCase().startsWith("pl");

const words = (m) => (Array.isArray(m.default) && m.default.every((t) => typeof t === "string") ? m.default : []);
import(pl ? BUILDS.pl : BUILDS.en)
  .then(async (m) => {
    await m.default();
    m.run();
    // The article's words, fetched once when first needed: as soon as an answer is on screen
    // (a link or stored answers), at the first answer given, or when "Why?" or print opens them.
    let asked = false;
    const quotes = () => {
      if (asked) return;
      asked = true;
      import(pl ? QUOTES.pl : QUOTES.en).then(words, () => []).then((list) => m.quotes(list));
    };
    if (document.getElementById("why")) quotes();
    for (const type of ["input", "change", "toggle"]) document.addEventListener(type, quotes, { capture: true });
    addEventListener("beforeprint", quotes);
  })
  .catch((err) => {
    // A panic during start has already shown its error state (src/ui/fatal.rs): keep it.
    if (document.getElementById("fatal")) return;
    const main = document.getElementById("app");
    const p = document.createElement("p");
    p.className = "fatal";
    p.setAttribute("role", "alert");
    p.lang = pl ? "pl" : "en";
    p.textContent = (pl ? "Nie udało się uruchomić narzędzia: " : "The checker could not start: ")
      + (err && err.message ? err.message : String(err));
    main.replaceChildren(p);
    console.error(err);
  });
