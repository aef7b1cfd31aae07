// The example docs page's own script: shows each result under its checker, and sizes the iframe
// from the messages it posts (the few lines README "Embed it" gives to copy).
const outcomeWords = {
  eligible: "Eligible", actionNeeded: "Eligible, after the steps listed",
  notEligible: "Not eligible", undetermined: "More answers needed",
};
const say = (id, decision) => {
  const line = document.getElementById(id);
  line.textContent = decision
    ? `Result: ${outcomeWords[decision.outcome] || decision.outcome}${decision.routes.length ? ` — ${decision.routes.map((r) => r.id).join(", ")}` : ""}.`
    : "Answer the questions to see the result here.";
};

document.getElementById("onprem").addEventListener("result", (e) => say("onprem-result", e.detail));

// The iframe: its height and results come as messages from its window.
window.addEventListener("message", (e) => {
  if (e.origin !== location.origin) return;
  const frame = [...document.querySelectorAll("iframe.mpn-eligibility-frame")]
    .find((f) => f.contentWindow === e.source);
  if (!frame || !e.data) return;
  if (e.data.type === "mpn-eligibility:height") frame.style.height = `${e.data.height}px`;
  if (e.data.type === "mpn-eligibility:result") say("frame-result", e.data.decision);
});
