/**
 * The Files view: every file printed (a name with one slice of it; a re-slice is a new version) with
 * its track record — prints, success rate, last result and date, mean time and filament, cost,
 * estimate accuracy, on which printers — of the farm or of one printer; searched, sorted and paged on
 * the server. A file opens its record (each printer's figures, the other versions); an administrator
 * can print it again (the panel's reprint dialog, `print-again` event).
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import { errorMessage, type PrintLoggerApi } from "../api";
import { define, fire } from "../define";
import {
  fileName,
  formatCost,
  formatDateTime,
  formatDuration,
  formatFilament,
  formatNumber,
  formatPercent,
  statusChip,
  type FormatOptions,
} from "../format";
import { icon, mdiChevronLeft, mdiChevronRight, mdiPrinter3d, mdiRefresh } from "../icons";
import { localize, type MessageKey } from "../localize";
import { baseStyles } from "../styles";
import { FILE_SORTS, type FileSort, type FileStats, type Printer, type PrintFile } from "../types";
import "./pl-dialog";

const PAGE = 25;
const SEARCH_DELAY_MS = 300;

export class PlFilesView extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) options?: FormatOptions;
  @property({ attribute: false }) printers: Printer[] = [];
  @property({ type: Boolean }) admin = false;
  @property({ type: Boolean }) active = false;

  @state() private files: PrintFile[] = [];
  @state() private total = 0;
  @state() private offset = 0;
  @state() private q = "";
  @state() private printerId = "";
  @state() private sort: FileSort = "last_start";
  @state() private order: "asc" | "desc" = "desc";
  @state() private loading = false;
  @state() private error = "";
  @state() private thumbnails: Record<string, string> = {};
  @state() private record?: { file: PrintFile; versions: PrintFile[] };
  @state() private recordError = "";

  private loadToken = 0;
  private loaded = false;
  private searchTimer?: ReturnType<typeof setTimeout>;

  static override styles = [
    baseStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: end;
        margin-bottom: 12px;
      }
      .toolbar label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 0.85em;
        color: var(--pl-muted);
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.92em;
      }
      th,
      td {
        text-align: left;
        padding: 6px 8px;
        border-bottom: var(--pl-border);
        vertical-align: middle;
      }
      th {
        font-weight: 500;
        color: var(--pl-muted);
        white-space: nowrap;
      }
      td.num,
      th.num {
        text-align: right;
        white-space: nowrap;
      }
      .thumb {
        width: 40px;
        height: 40px;
        object-fit: contain;
        border-radius: 4px;
        background: var(--secondary-background-color, #eee);
        display: block;
      }
      button.file {
        border: none;
        background: none;
        padding: 0;
        cursor: pointer;
        text-align: left;
        color: var(--primary-color, #03a9f4);
      }
      .version {
        font-size: 0.8em;
        margin-left: 6px;
      }
      .pager {
        display: flex;
        align-items: center;
        justify-content: flex-end;
        gap: 8px;
        margin-top: 8px;
      }
      .printers {
        font-size: 0.85em;
        color: var(--pl-muted);
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has("active") || changed.has("api")) && this.active && this.api && !this.loaded) {
      this.loaded = true;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    for (const url of Object.values(this.thumbnails)) URL.revokeObjectURL(url);
  }

  /** Reload after a job changed (a print ended, a job was edited or deleted). */
  refresh(): void {
    if (this.loaded) void this.load();
  }

  /** Open a file's record (the job detail's link). */
  async showFile(fileId: string): Promise<void> {
    if (!this.api) return;
    this.recordError = "";
    try {
      this.record = await this.api.getFile(fileId);
    } catch (err) {
      this.record = undefined;
      this.recordError = errorMessage(err);
    }
  }

  private async load(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const token = ++this.loadToken;
    this.loading = true;
    try {
      const page = await api.listFiles({
        printer_id: this.printerId || undefined,
        q: this.q || undefined,
        sort: this.sort,
        order: this.order,
        limit: PAGE,
        offset: this.offset,
      });
      if (token !== this.loadToken) return;
      this.files = page.files;
      this.total = page.total;
      this.error = "";
      void this.loadThumbnails(page.files);
    } catch (err) {
      if (token === this.loadToken) this.error = errorMessage(err);
    } finally {
      if (token === this.loadToken) this.loading = false;
    }
  }

  private async loadThumbnails(files: PrintFile[]): Promise<void> {
    const api = this.api;
    if (!api) return;
    for (const file of files) {
      const jobId = file.thumbnail_job_id;
      if (!jobId || this.thumbnails[jobId]) continue;
      try {
        const blob = await api.thumbnail(jobId);
        if (blob) this.thumbnails = { ...this.thumbnails, [jobId]: URL.createObjectURL(blob) };
      } catch {
        // No picture: the row shows none.
      }
    }
  }

  private change(update: () => void): void {
    update();
    this.offset = 0;
    void this.load();
  }

  private onSearch(value: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.change(() => (this.q = value.trim())), SEARCH_DELAY_MS);
  }

  private printAgain(file: PrintFile): void {
    fire(this, "print-again", { filename: file.filename, printerId: file.printers[0]?.printer_id ?? "" });
  }

  private renderStats(stats: FileStats) {
    const opts = this.options;
    if (!opts) return nothing;
    return html`<td class="num">${formatNumber(stats.prints, opts)}</td>
      <td class="num">${formatPercent(stats.success_rate === null ? null : stats.success_rate * 100, opts)}</td>
      <td>${statusChip(stats.last_status)}<br /><span class="muted">${formatDateTime(stats.last_start, opts, false)}</span></td>
      <td class="num">${formatDuration(stats.mean_print_duration)}</td>
      <td class="num">${formatFilament(null, stats.mean_filament_mm, opts)}</td>
      <td class="num">${formatCost(stats.cost, opts)}</td>
      <td class="num">
        ${stats.estimate_ratio === null ? "—" : formatPercent(stats.estimate_ratio * 100, opts)}
      </td>`;
  }

  private renderRow(file: PrintFile) {
    const thumb = file.thumbnail_job_id ? this.thumbnails[file.thumbnail_job_id] : undefined;
    return html`<tr data-file=${file.id}>
      <td>${thumb ? html`<img class="thumb" src=${thumb} alt="" />` : html`<span class="thumb"></span>`}</td>
      <td>
        <button class="file" aria-haspopup="dialog" @click=${() => this.showFile(file.id)}>${fileName(file.filename)}</button>
        ${file.versions > 1
          ? html`<span class="chip version">${localize("files.version", { n: file.version, count: file.versions })}</span>`
          : nothing}
        <div class="printers">
          ${file.printers.map((p) => `${p.printer_name ?? p.printer_id} (${p.prints})`).join(", ")}
        </div>
      </td>
      ${this.renderStats(file.stats)}
      ${this.admin
        ? html`<td>
            <button class="btn" @click=${() => this.printAgain(file)}>${icon(mdiPrinter3d)} ${localize("reprint.action")}</button>
          </td>`
        : nothing}
    </tr>`;
  }

  private renderRecord() {
    const record = this.record;
    const opts = this.options;
    if (!record || !opts) return nothing;
    const file = record.file;
    return html`<h3>${localize("files.per_printer")}</h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>${localize("common.printer")}</th>
              ${this.statHeaders()}
            </tr>
          </thead>
          <tbody>
            ${[...file.printers, file.stats].map(
              (stats) => html`<tr>
                <td>${stats.printer_id === null ? html`<strong>${localize("files.farm")}</strong>` : stats.printer_name}</td>
                ${this.renderStats(stats)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${record.versions.length > 1
        ? html`<h3>${localize("files.versions")}</h3>
            <ul>
              ${record.versions.map(
                (v) => html`<li>
                  ${localize("files.version", { n: v.version, count: v.versions })}:
                  ${localize("common.n_jobs", { count: v.stats.prints, n: v.stats.prints })},
                  ${formatDateTime(v.stats.first_start, opts, false)}
                  ${v.id === file.id ? html`<span class="muted">(${localize("files.this_version")})</span>` : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}
      ${this.admin
        ? html`<button slot="actions" class="btn primary" @click=${() => this.printAgain(file)}>
            ${icon(mdiPrinter3d)} ${localize("reprint.action")}
          </button>`
        : nothing}`;
  }

  private statHeaders() {
    const th = (key: MessageKey, num = true) => html`<th class=${num ? "num" : ""}>${localize(key)}</th>`;
    return html`${th("files.prints")}${th("files.success_rate")}${th("files.last_result", false)}${th("files.mean_time")}${th(
      "files.mean_filament",
    )}${th("files.cost")}${th("files.estimate")}`;
  }

  override render() {
    if (!this.options) return nothing;
    const last = Math.min(this.offset + PAGE, this.total);
    return html`
      <div class="toolbar" role="search">
        <label
          >${localize("files.search")}
          <input type="search" .value=${this.q} @input=${(e: Event) => this.onSearch((e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${localize("common.printer")}
          <select @change=${(e: Event) => this.change(() => (this.printerId = (e.target as HTMLSelectElement).value))}>
            <option value="" ?selected=${!this.printerId}>${localize("common.all_printers")}</option>
            ${this.printers.map((p) => html`<option value=${p.id} ?selected=${p.id === this.printerId}>${p.name}</option>`)}
          </select></label
        >
        <label
          >${localize("files.sort")}
          <select @change=${(e: Event) => this.change(() => (this.sort = (e.target as HTMLSelectElement).value as FileSort))}>
            ${FILE_SORTS.map(
              (key) => html`<option value=${key} ?selected=${key === this.sort}>${localize(`files.sort.${key}` as MessageKey)}</option>`,
            )}
          </select></label
        >
        <label
          >${localize("files.order")}
          <select
            @change=${(e: Event) => this.change(() => (this.order = (e.target as HTMLSelectElement).value as "asc" | "desc"))}
          >
            <option value="desc" ?selected=${this.order === "desc"}>${localize("files.order.desc")}</option>
            <option value="asc" ?selected=${this.order === "asc"}>${localize("files.order.asc")}</option>
          </select></label
        >
        <button class="icon-btn" aria-label=${localize("common.refresh")} @click=${() => this.load()}>${icon(mdiRefresh)}</button>
      </div>
      ${this.error
        ? html`<div class="error-banner" role="alert">
            <span>${this.error}</span><button class="btn" @click=${() => this.load()}>${localize("common.retry")}</button>
          </div>`
        : nothing}
      <div class="card table-wrap" aria-busy=${this.loading ? "true" : "false"}>
        <table>
          <thead>
            <tr>
              <th><span class="sr-only">${localize("files.thumbnail")}</span></th>
              <th>${localize("files.file")}</th>
              ${this.statHeaders()}
              ${this.admin ? html`<th><span class="sr-only">${localize("reprint.action")}</span></th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${this.files.map((file) => this.renderRow(file))}
          </tbody>
        </table>
        ${!this.loading && !this.files.length ? html`<p class="muted">${localize("files.none")}</p>` : nothing}
      </div>
      <div class="pager">
        <span class="muted">${localize("files.range", { from: this.total ? this.offset + 1 : 0, to: last, total: this.total })}</span>
        <button
          class="icon-btn"
          aria-label=${localize("files.previous")}
          ?disabled=${this.offset === 0}
          @click=${() => {
            this.offset = Math.max(0, this.offset - PAGE);
            void this.load();
          }}
        >
          ${icon(mdiChevronLeft)}
        </button>
        <button
          class="icon-btn"
          aria-label=${localize("files.next")}
          ?disabled=${last >= this.total}
          @click=${() => {
            this.offset += PAGE;
            void this.load();
          }}
        >
          ${icon(mdiChevronRight)}
        </button>
      </div>
      <pl-dialog
        wide
        .heading=${this.record ? this.record.file.filename : localize("files.record")}
        .open=${!!this.record || !!this.recordError}
        @closed=${() => {
          this.record = undefined;
          this.recordError = "";
        }}
      >
        ${this.recordError ? html`<p class="status-error" role="alert">${this.recordError}</p>` : this.renderRecord()}
      </pl-dialog>
    `;
  }
}

define("pl-files-view", PlFilesView);

declare global {
  interface HTMLElementTagNameMap {
    "pl-files-view": PlFilesView;
  }
}
