/**
 * The Lovelace card's entry module, loaded on every page of Home Assistant (`add_extra_js_url`).
 *
 * Home Assistant may evaluate it before its own app, which installs a scoped custom element registry
 * polyfill: an element class defined before that polyfill is unknown to it, and constructing one later
 * (the panel's dialogs, shared with the card) throws "Illegal constructor". So this module imports
 * nothing that defines or extends an element: it loads the card, and with it Lit and the elements it
 * shares with the panel, once `<home-assistant>` is defined (at once where there is none, e.g. the
 * component tests' page).
 *
 * On the panel's page it also has the browser fetch the panel's module at once (a module preload:
 * fetched and compiled, not run — Home Assistant runs it when its app shows the panel).
 */
import { onPanelPage } from "./define";

if (onPanelPage()) {
  const panelModule = import.meta.url.replace(/print-logger-card\.js(\?.*)?$/, "print-logger-panel.js");
  if (panelModule !== import.meta.url) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = panelModule;
    document.head.append(link);
  }
}

const app = document.querySelector("home-assistant");
const ready =
  app !== null && customElements.get("home-assistant") === undefined
    ? customElements.whenDefined("home-assistant")
    : Promise.resolve();

void ready.then(() => import("./card-element"));
