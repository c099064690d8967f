/** Register a custom element once (the panel and the card bundles may both be loaded on a page). */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}

/** Fire a DOM event that crosses shadow roots (as Home Assistant's own fireEvent does). */
export function fire<T>(node: EventTarget, type: string, detail?: T): void {
  node.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
