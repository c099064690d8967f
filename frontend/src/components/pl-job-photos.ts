/**
 * A job's photos as a strip (fetched with the user's token), the full view on click, and for admins
 * an upload (file picker; on a phone, its camera) and a delete. Fires `photos-changed` ({photos}).
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import { errorMessage, type PrintLoggerApi } from "../api";
import { define, fire } from "../define";
import { formatDateTime, type FormatOptions } from "../format";
import { localize, type MessageKey } from "../localize";
import { baseStyles } from "../styles";
import type { Photo } from "../types";

export class PlJobPhotos extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) options?: FormatOptions;
  @property({ attribute: false }) photos: Photo[] = [];
  @property() jobId = "";
  @property({ type: Boolean }) admin = false;
  @state() private urls: Record<string, string> = {};
  @state() private open?: Photo;
  @state() private busy = false;
  @state() private error = "";

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .strip {
        display: flex;
        gap: 8px;
        overflow-x: auto;
        padding-bottom: 4px;
        align-items: flex-start;
      }
      figure {
        margin: 0;
        flex: none;
        width: 128px;
      }
      figure button {
        padding: 0;
        border: 1px solid var(--divider-color, #ddd);
        border-radius: 6px;
        background: var(--secondary-background-color, #f5f5f5);
        cursor: zoom-in;
        width: 128px;
        height: 96px;
        overflow: hidden;
        display: block;
      }
      figure img {
        width: 100%;
        height: 100%;
        object-fit: cover;
        display: block;
      }
      figcaption {
        font-size: 12px;
        color: var(--secondary-text-color);
      }
      .upload input {
        display: none;
      }
      .viewer {
        position: fixed;
        inset: 0;
        background: rgba(0, 0, 0, 0.85);
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        z-index: 10;
        gap: 8px;
        color: #fff;
      }
      .viewer img {
        max-width: 95vw;
        max-height: 80vh;
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("photos")) void this.loadImages();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of Object.values(this.urls)) URL.revokeObjectURL(url);
    this.urls = {};
  }

  private async loadImages(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const wanted = new Set(this.photos.map((p) => p.id));
    const kept: Record<string, string> = {};
    for (const [id, url] of Object.entries(this.urls)) {
      if (wanted.has(id)) kept[id] = url;
      else URL.revokeObjectURL(url);
    }
    this.urls = kept;
    for (const photo of this.photos) {
      if (this.urls[photo.id]) continue;
      try {
        const blob = await api.photo(photo.id);
        if (blob) this.urls = { ...this.urls, [photo.id]: URL.createObjectURL(blob) };
      } catch {
        // Left without an image: the caption still says what it was.
      }
    }
  }

  private async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (!file || !this.api) return;
    this.busy = true;
    this.error = "";
    try {
      const photo = await this.api.uploadPhoto(this.jobId, file);
      this.photos = [...this.photos, photo];
      fire(this, "photos-changed", { photos: this.photos });
    } catch (err) {
      this.error = localize("photos.upload_failed", { error: errorMessage(err) });
    } finally {
      this.busy = false;
    }
  }

  private async deletePhoto(photo: Photo): Promise<void> {
    if (!this.api) return;
    this.error = "";
    try {
      await this.api.deletePhoto(photo.id);
      this.open = undefined;
      this.photos = this.photos.filter((p) => p.id !== photo.id);
      fire(this, "photos-changed", { photos: this.photos });
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  override render() {
    const opts = this.options;
    const caption = (photo: Photo) =>
      html`${localize(`photos.kind.${photo.kind}` as MessageKey)}${opts ? html`<br />${formatDateTime(photo.taken_at, opts)}` : nothing}`;
    return html`
      <div class="strip" role="list" aria-label=${localize("photos.title")}>
        ${this.photos.length === 0 ? html`<span class="muted">${localize("photos.none")}</span>` : nothing}
        ${this.photos.map(
          (photo) => html`<figure role="listitem">
            <button type="button" @click=${() => (this.open = photo)} aria-label=${localize("photos.open")}>
              ${this.urls[photo.id] ? html`<img src=${this.urls[photo.id]} alt=${localize(`photos.kind.${photo.kind}` as MessageKey)} />` : nothing}
            </button>
            <figcaption>${caption(photo)}</figcaption>
          </figure>`,
        )}
      </div>
      ${this.admin
        ? html`<div class="actions upload">
            <label class="btn">
              ${this.busy ? localize("photos.uploading") : localize("photos.add")}
              <input type="file" accept="image/*" capture="environment" ?disabled=${this.busy} @change=${this.upload} />
            </label>
          </div>`
        : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.open
        ? html`<div class="viewer" role="dialog" aria-modal="true" @click=${() => (this.open = undefined)}>
            <img src=${this.urls[this.open.id] ?? ""} alt=${localize(`photos.kind.${this.open.kind}` as MessageKey)} />
            <div>${caption(this.open)}</div>
            <div class="actions" @click=${(e: Event) => e.stopPropagation()}>
              <button class="btn" @click=${() => (this.open = undefined)}>${localize("photos.close")}</button>
              ${this.admin
                ? html`<button class="btn danger" @click=${() => this.open && void this.deletePhoto(this.open)}>
                    ${localize("common.delete")}
                  </button>`
                : nothing}
            </div>
          </div>`
        : nothing}
    `;
  }
}

define("pl-job-photos", PlJobPhotos);

declare global {
  interface HTMLElementTagNameMap {
    "pl-job-photos": PlJobPhotos;
  }
}
