/**
 * A job's small picture (job list, card, live strip): its end photo's small copy, else the slicer's
 * thumbnail, else a printer icon. Fetched once the element is on screen (lazy), from a cache shared by
 * the page (thumbs.ts). Decorative: the job's file name next to it says which job it is.
 */

import { LitElement, css, html, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import type { PrintLoggerApi } from "../api";
import { define } from "../define";
import { icon, mdiPrinter3d } from "../icons";
import { thumbUrl } from "../thumbs";

export class PlPhotoThumb extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  /** The picture (thumbs.ts's `thumbKey`); "" shows the icon. */
  @property({ reflect: true }) key = "";
  @state() private url?: string | null;
  private observer?: IntersectionObserver;
  private visible = false;
  private loaded = "";

  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      flex: none;
      width: var(--pl-thumb-width, 40px);
      height: var(--pl-thumb-height, 30px);
      vertical-align: middle;
      border-radius: 4px;
      overflow: hidden;
      background: var(--secondary-background-color, #eee);
      color: var(--disabled-text-color, #9e9e9e);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    svg {
      width: 60%;
      height: 60%;
      fill: currentColor;
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new IntersectionObserver((entries) => {
      this.visible = entries.some((e) => e.isIntersecting);
      if (this.visible) void this.load();
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("key") && this.loaded !== this.key) {
      this.url = undefined;
      this.loaded = "";
      if (this.visible) void this.load();
    }
  }

  private async load(): Promise<void> {
    const key = this.key;
    if (!this.api || !key || this.loaded === key) return;
    this.loaded = key;
    const url = await thumbUrl(this.api, key);
    if (this.key === key) this.url = url;
  }

  override render() {
    if (this.url) return html`<img src=${this.url} alt="" data-loaded=${this.key} />`;
    return this.url === null || !this.key ? icon(mdiPrinter3d) : html``;
  }
}

define("pl-photo-thumb", PlPhotoThumb);

declare global {
  interface HTMLElementTagNameMap {
    "pl-photo-thumb": PlPhotoThumb;
  }
}
