// Loads the wasm module; its start function renders the checker into <main>.
import init from "./pkg/mpn_eligibility.js";

init().catch((err) => {
  const main = document.getElementById("app");
  const p = document.createElement("p");
  p.className = "fatal";
  p.setAttribute("role", "alert");
  p.textContent = "The checker could not start: " + (err && err.message ? err.message : String(err));
  main.replaceChildren(p);
  console.error(err);
});
