/**
 * A job's end photo, small (the job list): its `size=thumb` copy, fetched with the user's token once
 * the row is on screen, and released when it leaves the page.
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import type { PrintLoggerApi } from "../api";
import { define } from "../define";
import { localize } from "../localize";

export class PlPhotoThumb extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property() photoId = "";
  @state() private url?: string;
  private observer?: IntersectionObserver;
  private visible = false;
  private loaded = "";

  static override styles = css`
    :host {
      display: inline-block;
      width: 40px;
      height: 30px;
      margin-right: 8px;
      vertical-align: middle;
      border-radius: 4px;
      overflow: hidden;
      background: var(--secondary-background-color, #eee);
    }
    img {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
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
    this.release();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("photoId") && this.loaded && this.loaded !== this.photoId) {
      this.release();
      if (this.visible) void this.load();
    }
  }

  private release(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
    this.loaded = "";
  }

  private async load(): Promise<void> {
    const id = this.photoId;
    if (!this.api || !id || this.loaded === id) return;
    this.loaded = id;
    try {
      const blob = await this.api.photo(id, true);
      if (blob && this.photoId === id && this.isConnected) this.url = URL.createObjectURL(blob);
    } catch {
      // No picture: the file name says which job it is.
    }
  }

  override render() {
    return this.url ? html`<img src=${this.url} alt=${localize("photos.kind.end")} />` : nothing;
  }
}

define("pl-photo-thumb", PlPhotoThumb);

declare global {
  interface HTMLElementTagNameMap {
    "pl-photo-thumb": PlPhotoThumb;
  }
}
