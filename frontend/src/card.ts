/**
 * The Lovelace card's entry module, loaded on every page of Home Assistant (`add_extra_js_url`).
 *
 * Home Assistant may evaluate it before its own app, which installs a scoped custom element registry
 * polyfill: an element class defined before that polyfill is unknown to it, and constructing one later
 * (the panel's dialogs, shared with the card) throws "Illegal constructor". So this module imports
 * nothing: it loads the card, and with it Lit and the elements it shares with the panel, once
 * `<home-assistant>` is defined (at once where there is none, e.g. the component tests' page).
 */
const app = document.querySelector("home-assistant");
const ready =
  app !== null && customElements.get("home-assistant") === undefined
    ? customElements.whenDefined("home-assistant")
    : Promise.resolve();

void ready.then(() => import("./card-element"));
