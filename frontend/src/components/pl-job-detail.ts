/**
 * One job in full: thumbnail (fetched with the user's token), figures, slicer settings, the event
 * timeline and Moonraker's metadata; admins can edit and delete it. Fires `job-updated` ({job}) and
 * `delete-jobs` ({jobs}).
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import { errorMessage, type PrintLoggerApi } from "../api";
import { localize, type MessageKey } from "../localize";
import { define, fire } from "../define";
import { loadLimits } from "../limits";
import { detailRows, humanKey, valueText } from "../details";
import {
  cssColour,
  fileName,
  formatCost,
  formatDateTime,
  formatDuration,
  formatFilament,
  formatNumber,
  safeText,
  statusChip,
  type FormatOptions,
} from "../format";
import { icon, mdiDelete, mdiPencil, mdiPrinter3d } from "../icons";
import { baseStyles } from "../styles";
import { failureReasonText } from "../failure";
import type { JobChanges, JobDetail, Photo } from "../types";
import "./pl-climate-chart";
import "./pl-job-cost";
import "./pl-job-editor";
import "./pl-job-photos";
import "./pl-rating";
import { spoolStyles, spoolTable } from "../spools";

export class PlJobDetail extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) options?: FormatOptions;
  @property() jobId = "";
  @property({ type: Boolean }) admin = false;
  @state() private job?: JobDetail;
  @state() private error = "";
  @state() private editing = false;
  @state() private saving = false;
  @state() private saveError = "";
  @state() private thumbnailUrl?: string;
  @state() private thumbnailState: "none" | "loading" | "error" | "ok" = "none";
  @state() private copied = false;
  private loadToken = 0;

  static override styles = [
    baseStyles,
    spoolStyles,
    css`
      :host {
        display: block;
      }
      .top {
        display: grid;
        grid-template-columns: 180px 1fr;
        gap: 16px;
        align-items: start;
      }
      .thumb {
        width: 180px;
        height: 180px;
        border-radius: 8px;
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.12));
        display: flex;
        align-items: center;
        justify-content: center;
        overflow: hidden;
      }
      .thumb img {
        max-width: 100%;
        max-height: 100%;
        object-fit: contain;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 16px;
        margin: 0;
      }
      dt {
        color: var(--pl-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      h3 {
        margin: 20px 0 8px;
        font-size: 1rem;
        font-weight: 500;
      }
      .actions {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin-top: 12px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9em;
      }
      th,
      td {
        text-align: left;
        padding: 4px 8px 4px 0;
        border-bottom: var(--pl-border);
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      th {
        color: var(--pl-muted);
        font-weight: normal;
        width: 40%;
      }
      ol.timeline {
        list-style: none;
        margin: 0;
        padding: 0 0 0 14px;
        border-left: 2px solid var(--divider-color, #ddd);
      }
      ol.timeline li {
        position: relative;
        padding: 0 0 10px 8px;
      }
      ol.timeline li::before {
        content: "";
        position: absolute;
        left: -21px;
        top: 5px;
        width: 10px;
        height: 10px;
        border-radius: 50%;
        background: var(--primary-color, #03a9f4);
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-size: 0.85em;
        margin: 0;
      }
      dd.notes {
        white-space: pre-wrap;
      }
      details summary {
        cursor: pointer;
        padding: 4px 0;
      }
      .job-id code {
        font-size: 0.85em;
        overflow-wrap: anywhere;
        user-select: all;
      }
      .job-id .copy {
        margin-left: 6px;
        font-size: 0.8em;
        padding: 2px 6px;
      }
      .filename {
        font-size: 1.1em;
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      @media (max-width: 600px) {
        .top {
          grid-template-columns: 1fr;
        }
        .thumb {
          width: 100%;
          height: 200px;
        }
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("api") && this.api) void loadLimits(this.api);
    if ((changed.has("jobId") || changed.has("api")) && this.jobId && this.api) {
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokeThumbnail();
  }

  private revokeThumbnail(): void {
    if (this.thumbnailUrl) URL.revokeObjectURL(this.thumbnailUrl);
    this.thumbnailUrl = undefined;
  }

  private async load(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const token = ++this.loadToken;
    this.job = undefined;
    this.error = "";
    this.editing = false;
    this.revokeThumbnail();
    this.thumbnailState = "none";
    try {
      const job = await api.getJob(this.jobId);
      if (token !== this.loadToken) return;
      this.job = job;
      if (job.has_thumbnail) {
        this.thumbnailState = "loading";
        try {
          const blob = await api.thumbnail(job.id);
          if (token !== this.loadToken) return;
          if (blob) {
            this.thumbnailUrl = URL.createObjectURL(blob);
            this.thumbnailState = "ok";
          } else {
            this.thumbnailState = "none";
          }
        } catch {
          if (token === this.loadToken) this.thumbnailState = "error";
        }
      }
    } catch (err) {
      if (token === this.loadToken) this.error = errorMessage(err);
    }
  }

  /** Take a newer version of the job (a live update) without reloading the thumbnail. */
  applyJob(job: Partial<JobDetail> & { id: string }): void {
    if (this.job && this.job.id === job.id) this.job = { ...this.job, ...job };
  }

  override render() {
    if (this.error) {
      return html`<div class="error-banner" role="alert">
        <span>${this.error}</span><button class="btn" @click=${() => this.load()}>${localize("common.retry")}</button>
      </div>`;
    }
    const job = this.job;
    const opts = this.options;
    if (!job || !opts) return html`<p class="muted" aria-busy="true">${localize("common.loading")}</p>`;
    const colour = cssColour(job.filament_colour);
    return html`
      <div class="top">
        <div class="thumb">
          ${this.thumbnailState === "ok"
            ? html`<img src=${this.thumbnailUrl ?? ""} alt=${localize("detail.thumbnail_of", { file: safeText(job.filename) })} />`
            : html`<span class="muted"
                >${this.thumbnailState === "loading"
                  ? localize("common.loading")
                  : this.thumbnailState === "error"
                    ? localize("detail.thumbnail_unavailable")
                    : localize("detail.no_thumbnail")}</span
              >`}
        </div>
        <div>
          <div class="filename">${fileName(job.filename)}</div>
          <p>${statusChip(job.status)} <span class="muted">${labelOf("source", job.source)}</span></p>
          <dl>
            <dt>${localize("common.printer")}</dt>
            <dd>${job.printer_name}</dd>
            <dt>${localize("detail.job_id")}</dt>
            <dd class="job-id">
              <code>${job.id}</code>
              <button
                type="button"
                class="icon-btn copy"
                aria-label=${localize("detail.copy_id")}
                title=${localize("detail.copy_id_title")}
                @click=${() => void this.copyId(job.id)}
              >
                ${this.copied ? localize("detail.copied") : localize("detail.copy")}
              </button>
            </dd>
            <dt>${localize("column.started")}</dt>
            <dd>${formatDateTime(job.start, opts)}</dd>
            <dt>${localize("detail.ended")}</dt>
            <dd>${formatDateTime(job.end, opts)}</dd>
            <dt>${localize("kpi.print_time")}</dt>
            <dd>
              ${formatDuration(job.print_duration)}
              ${job.estimated_time ? html`<span class="muted">(${localize("detail.estimated", { time: formatDuration(job.estimated_time) })})</span>` : nothing}
            </dd>
            <dt>${localize("detail.total_time")}</dt>
            <dd>${formatDuration(job.total_duration)}</dd>
            ${job.pause_count
              ? html`<dt>${localize("detail.pauses")}</dt>
                  <dd>${job.pause_count} (${formatDuration(job.paused_duration)})</dd>`
              : nothing}
            <dt>${localize("kpi.filament")}</dt>
            <dd>
              ${colour ? html`<span class="swatch" style=${`background:${colour}`}></span>` : nothing}
              ${formatFilament(job.filament_weight_g, job.filament_used_mm, opts)}
              ${job.filament_type ?? ""}
              <span class="muted">${formatNumber(job.filament_used_mm / 1000, opts, 2)} m</span>
            </dd>
            <dt>${localize("kpi.cost")}</dt>
            <dd>${formatCost(job.cost ?? job.costs?.total_cost, opts)}</dd>
            ${job.error_message
              ? html`<dt>${localize("status.error")}</dt>
                  <dd>${job.error_message}</dd>`
              : nothing}
          </dl>
        </div>
      </div>

      ${job.spools?.length
        ? html`<h3>${localize("spools.title")}</h3>
            ${spoolTable(job.spools, job.spool_filament_cost, opts)}`
        : nothing}

      <pl-job-cost .api=${this.api} .options=${opts} .job=${job}></pl-job-cost>

      <h3>${localize("detail.notes_rating")}</h3>
      ${this.editing
        ? html`<pl-job-editor
            .job=${job}
            .busy=${this.saving}
            .error=${this.saveError}
            @save=${this.onSave}
            @cancel=${() => (this.editing = false)}
          ></pl-job-editor>`
        : html`<dl>
              <dt>${localize("rating.rating")}</dt>
              <dd><pl-rating readonly .value=${job.rating}></pl-rating></dd>
              <dt>${localize("column.tags")}</dt>
              <dd>${job.tags.length ? job.tags.map((t) => html`<span class="tag">${t}</span>`) : "—"}</dd>
              <dt>${localize("detail.failure_reason")}</dt>
              <dd>${failureReasonText(job.failure_reason) || "—"}</dd>
              <dt>${localize("column.notes")}</dt>
              <dd class="notes">${job.notes || "—"}</dd>
            </dl>
            ${job.file_id
              ? html`<div class="actions">
                  <button class="btn" @click=${() => fire(this, "show-file", { fileId: job.file_id })}>
                    ${localize("files.open_record")}
                  </button>
                  ${this.admin
                    ? html`<button
                        class="btn"
                        @click=${() => fire(this, "print-again", { filename: job.filename, printerId: job.printer_id })}
                      >
                        ${icon(mdiPrinter3d)} ${localize("reprint.action")}
                      </button>`
                    : nothing}
                </div>`
              : nothing}
            ${this.admin
              ? html`<div class="actions">
                  <button class="btn" @click=${this.startEdit}>${icon(mdiPencil)} ${localize("common.edit")}</button>
                  <button class="btn danger" @click=${() => fire(this, "delete-jobs", { jobs: [job] })}>
                    ${icon(mdiDelete)} ${localize("common.delete")}
                  </button>
                </div>`
              : nothing}`}

      <h3>${localize("photos.title")}</h3>
      <pl-job-photos
        .api=${this.api}
        .options=${opts}
        .photos=${job.photos ?? []}
        .jobId=${job.id}
        ?admin=${this.admin}
        @photos-changed=${(e: CustomEvent<{ photos: Photo[] }>) => {
          if (this.job) this.job = { ...this.job, photos: e.detail.photos };
        }}
      ></pl-job-photos>

      ${job.climate?.length
        ? html`<h3>${localize("climate.title")}</h3>
            <pl-climate-chart
              .sensors=${job.climate}
              .events=${job.events}
              .start=${job.start}
              .duration=${job.total_duration}
              .options=${opts}
            ></pl-climate-chart>`
        : nothing}

      <h3>${localize("detail.slicer")}</h3>
      ${this.renderDetails(job)}

      <h3>${localize("detail.timeline")}</h3>
      ${job.events.length
        ? html`<ol class="timeline">
            ${job.events.map(
              (e) => html`<li>
                <strong>${labelOf("event", e.type)}</strong>
                <span class="muted">${formatDateTime(e.at, opts)}</span>
                ${e.data && Object.keys(e.data).length
                  ? html`<div class="muted">
                      ${Object.entries(e.data).map(([k, v]) => html`<span>${humanKey(k)}: ${valueText(v)}</span> `)}
                    </div>`
                  : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${localize("detail.no_events")}</p>`}

      <h3>${localize("detail.metadata")}</h3>
      ${job.metadata && Object.keys(job.metadata).length
        ? html`<details>
            <summary>${localize("detail.fields", { count: Object.keys(job.metadata).length })}</summary>
            <table>
              <tbody>
                ${Object.entries(job.metadata).map(
                  ([k, v]) => html`<tr>
                    <th scope="row">${k}</th>
                    <td><pre>${valueText(v)}</pre></td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </details>`
        : html`<p class="muted">${localize("detail.no_metadata")}</p>`}
    `;
  }

  private renderDetails(job: JobDetail) {
    const rows = detailRows(job.details);
    if (!rows.length) return html`<p class="muted">${localize("detail.no_slicer")}</p>`;
    return html`<table>
      <tbody>
        ${rows.map(
          ([k, v]) => html`<tr>
            <th scope="row">${humanKey(k)}</th>
            <td>${typeof v === "object" ? html`<pre>${valueText(v)}</pre>` : valueText(v)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Copy the job id to the clipboard (the selection API where the clipboard is not offered). */
  private async copyId(id: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(id);
    } catch {
      const code = this.renderRoot.querySelector(".job-id code");
      const range = document.createRange();
      if (code) range.selectNodeContents(code);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.execCommand("copy");
    }
    this.copied = true;
    window.setTimeout(() => (this.copied = false), 2000);
  }

  private startEdit(): void {
    this.saveError = "";
    this.editing = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector("pl-job-editor")?.focus());
  }

  private async onSave(ev: CustomEvent<{ changes: JobChanges }>): Promise<void> {
    if (!this.api || !this.job) return;
    const changes = ev.detail.changes;
    if (!Object.keys(changes).length) {
      this.editing = false;
      return;
    }
    this.saving = true;
    this.saveError = "";
    try {
      const job = await this.api.updateJob(this.job.id, changes);
      this.job = { ...this.job, ...job };
      this.editing = false;
      fire(this, "job-updated", { job });
    } catch (err) {
      this.saveError = errorMessage(err);
    } finally {
      this.saving = false;
    }
  }
}

define("pl-job-detail", PlJobDetail);

declare global {
  interface HTMLElementTagNameMap {
    "pl-job-detail": PlJobDetail;
  }
}

/** A stored value's name in the user's language ("event.paused"), or the value readable when new. */
function labelOf(group: "event" | "source", value: string): string {
  const key = `${group}.${value}` as MessageKey;
  const text = localize(key);
  return text === key ? humanKey(value) : text;
}
