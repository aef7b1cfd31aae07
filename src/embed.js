// <mpn-eligibility>: the checker as a custom element for documentation sites (the source of
// www/embed.js, which the build minifies from it).
//   <script type="module" src="https://checker.example/embed.js"></script>
//   <mpn-eligibility lang="en" product="sql-server" version="2019" compact></mpn-eligibility>
// It draws into its own shadow root (the host page's CSS neither leaks in nor out), loads its
// lean build in the element's language (embed/en/ or embed/pl/: the form and a request in, a
// decision out, no more) relative to this file, once per page however many elements there are,
// and dispatches `result` (detail: the decision, or null) whenever the answer changes.
// Attributes: lang, product, version, as-of, compact (and theme, in CSS only). README "Embed it".
const BASE = new URL("./", import.meta.url);
const ATTRIBUTES = ["lang", "product", "version", "as-of", "compact"];
const WORDS = {
  en: { loading: "Loading the checker…", failed: "The checker could not start: " },
  pl: { loading: "Wczytywanie narzędzia…", failed: "Nie udało się uruchomić narzędzia: " },
};

// The promise of each language's initialised build, shared by every element on the page.
const builds = {};
function load(lang) {
  builds[lang] ??= import(new URL(`embed/${lang}/mpn_eligibility.js`, BASE).href).then(async (m) => {
    await m.default({ module_or_path: new URL(`embed/${lang}/mpn_eligibility_bg.wasm`, BASE) });
    return m;
  });
  return builds[lang];
}

// The article's words a build quotes (embed/<lang>/quotes.js, not in its wasm): a list of
// strings, or none when the file could not be read (the reasons then say so).
const words = (m) => (Array.isArray(m.default) && m.default.every((t) => typeof t === "string") ? m.default : []);

/** "pl" or "en": the element's `lang`, else the nearest ancestor's, else the browser's. */
function langOf(el) {
  const l = (el.getAttribute("lang") || el.parentElement?.closest("[lang]")?.getAttribute("lang")
    || navigator.language || "en").toLowerCase();
  return l.startsWith("pl") ? "pl" : "en";
}

/** A stylesheet in the shadow root, resolved against this file; settles when it is applied. */
function sheet(root, name) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL(name, BASE).href;
  const done = new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });
  });
  root.append(link);
  return done;
}

export class MpnEligibility extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #view = null;
  #lang = null; // the language of the build #view comes from
  #applied = null; // the presets #view was last configured with
  #container;
  #pending; // a request set before the wasm loaded
  #decision = null;
  #queued = false;
  #ready;
  // The elements drawn, and each language's quotes once asked for (shared by the page's elements).
  static #drawn = new Set();
  static #quotes = {};
  #askedWords = false;
  #connect; // resolves #connected: the build is chosen once the element is in the page

  constructor() {
    super();
    // A `request` set on the element before embed.js defined it is an own property that would
    // hide the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, "request")) {
      this.#pending = this.request;
      delete this.request;
    }
    const root = this.attachShadow({ mode: "open" });
    // style.css and embed.css, minified into one by the build.
    const styled = sheet(root, "embed/checker.css");
    this.#container = document.createElement("div");
    this.#container.className = "mpn-embed";
    this.#container.setAttribute("part", "container");
    const loading = document.createElement("p");
    loading.className = "loading";
    loading.textContent = WORDS[langOf(this)].loading;
    this.#container.append(loading);
    root.append(this.#container);
    for (const type of ["input", "change", "toggle"]) root.addEventListener(type, () => this.#words(), { capture: true });
    // Resolves once the checker is drawn (rejects if it could not start). The build is loaded
    // when the element is first connected: only then is its language known (an element made by
    // script gets its `lang`, or its ancestors, after the constructor ran).
    const connected = new Promise((resolve) => { this.#connect = resolve; });
    this.#ready = Promise.all([styled, connected]).then(() => this.#build());
    this.#ready.catch(() => {});
  }

  /** Resolves when the checker is drawn, so `request` can be set with errors thrown at once. */
  get ready() {
    return this.#ready.then(() => this);
  }

  /** The build in the element's language now (another one when `lang` changed meanwhile). */
  #build() {
    return load(langOf(this));
  }

  connectedCallback() {
    this.#connect();
    this.#ready.then(async () => {
      const m = await this.#build();
      if (!this.isConnected) return;
      if (!this.#view) this.#open(m);
      this.#configure();
      if (this.#pending !== undefined) {
        const r = this.#pending;
        this.#pending = undefined;
        try {
          this.#view.setRequest(r);
          this.#words();
        } catch (e) {
          console.error("<mpn-eligibility> request:", e.message);
        }
      }
    }, (err) => this.#failed(err));
  }

  disconnectedCallback() {
    this.#view?.destroy();
    MpnEligibility.#drawn.delete(this);
  }

  attributeChangedCallback() {
    // Several attributes set in a row redraw once.
    if (!this.#view || this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#configure();
    });
  }

  /** The article's words of the element's build, fetched once per language when an element is
   *  first used (an answer given, "Why?" opened); then every element in that language redraws. */
  #words() {
    const lang = this.#lang;
    if (!this.#view || !lang) return;
    this.#askedWords = true;
    MpnEligibility.#quotes[lang] ??= Promise.all([load(lang),
      import(new URL(`embed/${lang}/quotes.js`, BASE).href).then(words, () => [])]).then(([m, list]) => {
      m.quotes(list);
      for (const el of MpnEligibility.#drawn) if (el.#lang === lang) el.#view?.redraw();
    });
  }

  /** A view from build `m` (in its language), drawn into the container. */
  #open(m) {
    // The wasm keeps this callback: a weak reference lets a removed element be collected.
    const self = new WeakRef(this);
    this.#lang = langOf(this);
    this.#view = new m.EmbedView(this.shadowRoot, this.#container, BASE.href,
      (d) => { const el = self.deref(); if (el) MpnEligibility.#deliver(el, d); });
    MpnEligibility.#drawn.add(this);
    // A language whose words came already (another element), or were asked for by this
    // element in its previous language, has them at once.
    if (this.#askedWords || MpnEligibility.#quotes[this.#lang]) this.#words();
  }

  /** A new `lang`: the other language's build takes over, with the answers given so far (the
   *  new view learns the presets they were given under, so changed presets apply as usual). */
  async #switch() {
    const answers = this.#view.request();
    const applied = this.#applied;
    const m = await this.#build();
    if (!this.isConnected || this.#lang === langOf(this)) return;
    this.#view.destroy();
    this.#open(m);
    this.#view.configure(this.#lang, applied.product, applied.version, applied.asOf, applied.compact);
    if (answers !== null) this.#view.setRequest(answers);
    this.#configure();
  }

  /** The answers as a request in the JS API's shape (spec/api.md), or null with no product. */
  get request() {
    if (this.#view) return this.#view.request();
    return this.#pending ?? null;
  }

  /** Sets every answer (null: back to the presets). Throws an Error naming the field. */
  set request(value) {
    if (this.#view) {
      this.#view.setRequest(value);
      this.#words();
    } else this.#pending = value;
  }

  /** The decision shown, as the last `result` event gave it (null before a product is chosen). */
  get decision() {
    return this.#decision;
  }

  #configure() {
    if (this.#lang !== langOf(this)) {
      this.#switch().catch((err) => this.#failed(err));
      return;
    }
    this.#applied = { product: this.getAttribute("product"), version: this.getAttribute("version"),
      asOf: this.getAttribute("as-of"), compact: this.hasAttribute("compact") };
    const a = this.#applied;
    this.#view.configure(langOf(this), a.product, a.version, a.asOf, a.compact);
  }

  /** Each new decision from the wasm: kept, and sent as a `result` event. */
  static #deliver(el, decision) {
    el.#decision = decision;
    el.dispatchEvent(new CustomEvent("result", { detail: decision, bubbles: true, composed: true }));
  }

  #failed(err) {
    const p = document.createElement("p");
    p.className = "fatal";
    p.setAttribute("role", "alert");
    p.textContent = WORDS[langOf(this)].failed + (err && err.message ? err.message : String(err));
    this.#container.replaceChildren(p);
    console.error(err);
  }
}

if (!customElements.get("mpn-eligibility")) customElements.define("mpn-eligibility", MpnEligibility);
