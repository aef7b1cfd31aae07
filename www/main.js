// Loads the page's wasm build in the page's language (one language per load: www/app/en/ or
// www/app/pl/); its start function renders the checker into <main>. The language switch
// reloads the page in the other language.
const BUILDS = { en: "./app/en/mpn_eligibility.js", pl: "./app/pl/mpn_eligibility.js" };

// The page's language as the checker chooses it: ?lang=, else the browser's.
const q = new URLSearchParams(location.search).get("lang");
const pl = q === "pl" || q === "en" ? q === "pl" : (navigator.language || "").toLowerCase().startsWith("pl");

import(pl ? BUILDS.pl : BUILDS.en)
  .then((m) => m.default())
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
