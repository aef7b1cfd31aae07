// Types for www/embed.js, the <mpn-eligibility> element (README "Embed it"). The request and
// decision are the JS API's own types (pkg/mpn_eligibility.d.ts, spec/api.md).
import type { CheckRequest, Decision } from "./pkg/mpn_eligibility.js";

export type { CheckRequest, Decision };

/** `event.detail`: the decision shown, or null once the answers were cleared. */
export type MpnEligibilityResultEvent = CustomEvent<Decision | null>;

export declare class MpnEligibility extends HTMLElement {
  static readonly observedAttributes: readonly ["lang", "product", "version", "as-of", "compact"];
  /** Resolves with the element once the checker is drawn (rejects if it could not start). */
  readonly ready: Promise<MpnEligibility>;
  /** The answers as a request (null before a product is chosen). Setting it sets every answer
   * (null: back to the presets) and throws an Error naming the field for a malformed request. */
  get request(): CheckRequest | null;
  set request(value: CheckRequest | null);
  /** The decision the last `result` event carried. */
  readonly decision: Decision | null;
  addEventListener<K extends keyof MpnEligibilityEventMap>(type: K,
    listener: (this: MpnEligibility, ev: MpnEligibilityEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions): void;
}

export interface MpnEligibilityEventMap extends HTMLElementEventMap {
  result: MpnEligibilityResultEvent;
}

declare global {
  interface HTMLElementTagNameMap {
    "mpn-eligibility": MpnEligibility;
  }
}
