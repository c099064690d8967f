/** Register a custom element once (the panel and the card bundles may both be loaded on a page). */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}

/** Fire a DOM event that crosses shadow roots (as Home Assistant's own fireEvent does). */
export function fire<T>(node: EventTarget, type: string, detail?: T): void {
  node.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** The panel's address (panel.py's PANEL_URL_PATH). */
export const PANEL_PATH = "/print-log";

/** Whether the page is the panel's (opened at its address: a bookmark, a reload, the card's link). */
export function onPanelPage(): boolean {
  const path = window.location.pathname;
  return path === PANEL_PATH || path.startsWith(`${PANEL_PATH}/`);
}
