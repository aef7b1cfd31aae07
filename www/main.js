// Loads the wasm module; its start function renders the checker into <main>.
import init from "./app/mpn_eligibility.js";

init().catch((err) => {
  // A panic during start has already shown its error state (src/ui/fatal.rs): keep it.
  if (document.getElementById("fatal")) return;
  // The page's language as the checker would choose it: ?lang=, else the browser's.
  const q = new URLSearchParams(location.search).get("lang");
  const pl = q ? q === "pl" : (navigator.language || "").toLowerCase().startsWith("pl");
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
