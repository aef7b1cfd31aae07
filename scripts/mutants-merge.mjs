// make mutants' bookkeeping (scripts/mutants.sh).
//   node scripts/mutants-merge.mjs GROUP                folds GROUP/mutants.out/outcomes.json into
//                                                       GROUP/merged.json (the latest outcome of
//                                                       every mutant), before a --iterate run
//                                                       moves mutants.out aside
//   node scripts/mutants-merge.mjs --summary GROUP...   each group's and the total caught share of
//                                                       viable mutants; exits 1 below 95 %
// Timeouts count as caught (the tests did not pass); unviable mutants (they do not build) are not
// viable.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : null);
function latest(group) {
  const merged = read(`${group}/merged.json`) ?? {};
  for (const o of read(`${group}/mutants.out/outcomes.json`)?.outcomes ?? []) {
    const name = o.scenario?.Mutant?.name;
    if (name) merged[name] = o.summary;
  }
  return merged;
}

if (process.argv[2] !== "--summary") {
  const group = process.argv[2];
  writeFileSync(`${group}/merged.json`, JSON.stringify(latest(group), null, 1));
  process.exit(0);
}
let caught = 0, missed = 0;
for (const g of process.argv.slice(3)) {
  const all = Object.entries(latest(g));
  const n = (s) => all.filter(([, v]) => v === s).length;
  const c = n("CaughtMutant") + n("Timeout"), m = n("MissedMutant");
  caught += c; missed += m;
  console.log(`mutants: ${g}: ${c} caught (${n("Timeout")} by timeout), ${m} missed, ${n("Unviable")} unviable`);
  for (const [name, v] of all) if (v === "MissedMutant") console.log(`  missed: ${name}`);
}
const share = (100 * caught) / Math.max(1, caught + missed);
console.log(`mutants: ${caught} of ${caught + missed} viable mutants caught (${share.toFixed(1)} %; target 95 %)`);
process.exit(share >= 95 ? 0 : 1);
