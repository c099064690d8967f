/**
 * The job list: KPI tiles of the filtered scope, filters, a sortable table paged by the server (cursor),
 * inline editing of notes / rating / tags / failure reason, deleting (with confirmation), adding a
 * manual job, and the job detail dialog. A table on wide screens, a list of cards on a phone.
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";

import { errorFields, errorMessage, type PrintLoggerApi } from "../api";
import { loadLimits } from "../limits";
import { localize, type MessageKey } from "../localize";
import { define } from "../define";
import { EMPTY_FILTERS, STATUS_FILTERS, filterParams, summaryScope, type JobFilterState } from "../filters";
import {
  cssColour,
  fileName,
  formatDateTime,
  formatDuration,
  formatFilament,
  safeText,
  statusChip,
  type FormatOptions,
} from "../format";
import {
  icon,
  mdiChevronLeft,
  mdiChevronRight,
  mdiDelete,
  mdiFilterVariant,
  mdiPencil,
  mdiPlus,
  mdiRefresh,
} from "../icons";
import { baseStyles } from "../styles";
import {
  type Job,
  type JobChanges,
  type JobDetail,
  type JobListParams,
  type LiveEvent,
  type NewJob,
  type Printer,
  type SortKey,
  type Summary,
} from "../types";
import "./pl-dialog";
import "./pl-job-detail";
import "./pl-job-editor";
import "./pl-job-form";
import "./pl-kpis";
import "./pl-rating";

interface Column {
  key: string;
  /** The message key of the column's heading. */
  label: MessageKey;
  sort?: SortKey;
}

const COLUMNS: Column[] = [
  { key: "filename", label: "column.file", sort: "filename" },
  { key: "printer", label: "common.printer", sort: "printer" },
  { key: "status", label: "column.status", sort: "status" },
  { key: "start", label: "column.started", sort: "start" },
  { key: "print_duration", label: "kpi.print_time", sort: "print_duration" },
  { key: "filament", label: "kpi.filament", sort: "filament_used_mm" },
  { key: "rating", label: "rating.rating", sort: "rating" },
  { key: "tags", label: "column.tags" },
  { key: "notes", label: "column.notes" },
];

const PAGE_SIZES = [25, 50, 100, 200];

export class PlJobsView extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) options?: FormatOptions;
  @property({ attribute: false }) printers: Printer[] = [];
  @property({ type: Boolean }) admin = false;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private filters: JobFilterState = { ...EMPTY_FILTERS };
  @state() private showFilters = false;
  @state() private sort: SortKey = "start";
  @state() private order: "asc" | "desc" = "desc";
  @state() private limit = 50;
  @state() private cursors: (string | null)[] = [null];
  @state() private page = 0;
  @state() private jobs: Job[] = [];
  @state() private total = 0;
  @state() private nextCursor: string | null = null;
  @state() private loading = false;
  @state() private loaded = false;
  @state() private error = "";
  @state() private summary?: Summary;
  @state() private summaryLoading = false;
  @state() private editingId?: string;
  @state() private savingId?: string;
  @state() private editError = "";
  @state() private selected = new Set<string>();
  @state() private confirmJobs: Job[] = [];
  @state() private deleting = false;
  @state() private deleteError = "";
  @state() private detailId = "";
  @state() private adding = false;
  @state() private addBusy = false;
  @state() private addError = "";
  @state() private message = "";
  @state() private filamentTypes: string[] = [];

  private listToken = 0;
  private summaryToken = 0;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private messageTimer?: ReturnType<typeof setTimeout>;

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      section {
        margin-bottom: 16px;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        margin: 16px 0 8px;
      }
      .toolbar .search {
        flex: 1 1 220px;
        min-width: 160px;
      }
      .toolbar .spacer {
        flex: 1;
      }
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(170px, 1fr));
        gap: 8px 12px;
        padding: 12px;
        margin-bottom: 8px;
      }
      .filters label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 0.85em;
      }
      .filters .clear {
        align-self: end;
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
      thead th {
        font-weight: 500;
        color: var(--pl-muted);
        white-space: nowrap;
        position: sticky;
        top: 0;
        background: var(--pl-surface);
        z-index: 1;
      }
      th button.sort {
        border: none;
        background: none;
        padding: 4px 0;
        cursor: pointer;
        font-weight: 500;
        color: inherit;
        display: inline-flex;
        align-items: center;
        gap: 4px;
      }
      th[aria-sort] button.sort {
        color: var(--primary-text-color);
      }
      tbody tr:hover {
        background: rgba(127, 127, 127, 0.06);
      }
      tbody tr.selected {
        background: rgba(3, 169, 244, 0.08);
      }
      .file {
        border: none;
        background: none;
        padding: 0;
        color: var(--primary-color);
        cursor: pointer;
        text-align: left;
        min-width: 12ch;
        max-width: 320px;
        overflow-wrap: break-word;
        word-break: break-word;
        font: inherit;
      }
      .file:hover {
        text-decoration: underline;
      }
      .notes {
        max-width: 220px;
        min-width: 10ch;
        overflow: hidden;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow-wrap: anywhere;
      }
      td.notes {
        display: table-cell;
      }
      td.notes > span {
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .num {
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      td.actions {
        white-space: nowrap;
        text-align: right;
      }
      .editor-row td {
        background: var(--secondary-background-color, rgba(127, 127, 127, 0.06));
        padding: 12px;
      }
      .pager {
        display: flex;
        align-items: center;
        justify-content: flex-end;
        gap: 8px;
        padding: 8px 0;
        flex-wrap: wrap;
      }
      .pager label {
        font-size: 0.85em;
        display: flex;
        gap: 6px;
        align-items: center;
      }
      .empty {
        padding: 32px;
        text-align: center;
      }
      .message {
        position: fixed;
        bottom: 16px;
        left: 50%;
        transform: translateX(-50%);
        background: var(--primary-text-color, #333);
        color: var(--primary-background-color, #fff);
        padding: 10px 16px;
        border-radius: 8px;
        z-index: 10;
        max-width: 90vw;
      }
      ul.cards {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      ul.cards li {
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      ul.cards .head {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        align-items: flex-start;
      }
      ul.cards .line {
        font-size: 0.85em;
        color: var(--pl-muted);
      }
      ul.cards .row-actions {
        display: flex;
        gap: 4px;
        justify-content: flex-end;
        align-items: center;
      }
      .confirm-list {
        margin: 8px 0;
        padding-left: 20px;
        max-height: 200px;
        overflow: auto;
        overflow-wrap: anywhere;
      }
      .loading-bar {
        height: 3px;
        background: linear-gradient(90deg, transparent, var(--primary-color, #03a9f4), transparent);
        background-size: 200% 100%;
        animation: slide 1.2s linear infinite;
      }
      @keyframes slide {
        from {
          background-position: 200% 0;
        }
        to {
          background-position: -200% 0;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .loading-bar {
          animation: none;
        }
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("api") && this.api) {
      void this.reload();
      void this.loadFilamentTypes();
      void loadLimits(this.api);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.refreshTimer);
    clearTimeout(this.messageTimer);
  }

  // ------------------------------------------------------------------ data

  private get tz(): string | undefined {
    return this.options?.timeZone;
  }

  private params(): JobListParams {
    return filterParams(this.filters, this.tz);
  }

  /** Reload from the first page (filters or sort changed). */
  async reload(): Promise<void> {
    this.cursors = [null];
    this.page = 0;
    this.selected = new Set();
    await Promise.all([this.loadPage(), this.loadSummary()]);
  }

  private async loadPage(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const token = ++this.listToken;
    this.loading = true;
    this.error = "";
    try {
      const res = await api.listJobs({
        ...this.params(),
        sort: this.sort,
        order: this.order,
        limit: this.limit,
        cursor: this.cursors[this.page] ?? null,
      });
      if (token !== this.listToken) return;
      this.jobs = res.jobs;
      this.total = res.total;
      this.nextCursor = res.next_cursor;
      this.loaded = true;
    } catch (err) {
      if (token === this.listToken) this.error = errorMessage(err);
    } finally {
      if (token === this.listToken) this.loading = false;
    }
  }

  private async loadSummary(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const token = ++this.summaryToken;
    this.summaryLoading = true;
    try {
      const summary = await api.summary(summaryScope(this.params()));
      if (token === this.summaryToken) this.summary = summary;
    } catch (err) {
      if (token === this.summaryToken) this.error ||= errorMessage(err);
    } finally {
      if (token === this.summaryToken) this.summaryLoading = false;
    }
  }

  private async loadFilamentTypes(): Promise<void> {
    if (!this.api) return;
    try {
      const res = await this.api.breakdown({}, "filament_type");
      this.filamentTypes = res.rows
        .map((r) => r.label ?? (r.key === null ? "" : String(r.key)))
        .filter((t) => t)
        .sort((a, b) => a.localeCompare(b));
    } catch {
      // Only suggestions: the field works without them.
    }
  }

  /** React to a live change pushed by the server. */
  handleLiveEvent(event: LiveEvent): void {
    if (event.type === "job_changed") {
      const i = this.jobs.findIndex((j) => j.id === event.job.id);
      if (i >= 0) this.jobs = this.jobs.map((j) => (j.id === event.job.id ? { ...j, ...event.job } : j));
      this.renderRoot.querySelector("pl-job-detail")?.applyJob(event.job);
      // The list only when a new job may belong on the first page; the key figures always.
      this.scheduleRefresh(i >= 0 || this.page !== 0);
    } else if (event.type === "job_deleted") {
      if (this.jobs.some((j) => j.id === event.job_id)) {
        this.jobs = this.jobs.filter((j) => j.id !== event.job_id);
        this.total = Math.max(this.total - 1, 0);
      }
      if (this.detailId === event.job_id) this.detailId = "";
      this.scheduleRefresh(true);
    } else if (event.type === "jobs_changed") {
      this.scheduleRefresh();
    }
  }

  private pendingList = false;
  private scheduleRefresh(summaryOnly = false): void {
    if (!summaryOnly) this.pendingList = true;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      const list = this.pendingList;
      this.pendingList = false;
      if (list && !this.editingId) void this.loadPage();
      void this.loadSummary();
    }, 1500);
  }

  private notify(text: string): void {
    this.message = text;
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => (this.message = ""), 4000);
  }

  // ------------------------------------------------------------------ filters, sort, pages

  private setFilter(field: keyof JobFilterState, value: string, debounce = false): void {
    this.filters = { ...this.filters, [field]: value };
    clearTimeout(this.searchTimer);
    if (debounce) {
      this.searchTimer = setTimeout(() => void this.reload(), 300);
    } else {
      void this.reload();
    }
  }

  private clearFilters(): void {
    this.filters = { ...EMPTY_FILTERS };
    void this.reload();
  }

  private sortBy(key: SortKey): void {
    if (this.sort === key) {
      this.order = this.order === "desc" ? "asc" : "desc";
    } else {
      this.sort = key;
      this.order = key === "filename" || key === "printer" || key === "status" ? "asc" : "desc";
    }
    this.cursors = [null];
    this.page = 0;
    void this.loadPage();
  }

  private nextPage(): void {
    if (!this.nextCursor) return;
    this.cursors = [...this.cursors.slice(0, this.page + 1), this.nextCursor];
    this.page += 1;
    void this.loadPage();
  }

  private prevPage(): void {
    if (this.page === 0) return;
    this.page -= 1;
    void this.loadPage();
  }

  // ------------------------------------------------------------------ changes

  private async saveChanges(job: Job, changes: JobChanges): Promise<boolean> {
    if (!this.api) return false;
    if (!Object.keys(changes).length) return true;
    this.savingId = job.id;
    this.editError = "";
    try {
      const updated = await this.api.updateJob(job.id, changes);
      this.applyUpdated(updated);
      this.notify(localize("jobs.saved", { file: safeText(job.filename) }));
      return true;
    } catch (err) {
      this.editError = errorMessage(err);
      this.notify(localize("jobs.save_error", { error: this.editError }));
      return false;
    } finally {
      this.savingId = undefined;
    }
  }

  private applyUpdated(updated: Job | JobDetail): void {
    this.jobs = this.jobs.map((j) => (j.id === updated.id ? { ...j, ...stripDetail(updated) } : j));
  }

  private async onEditorSave(job: Job, ev: CustomEvent<{ changes: JobChanges }>): Promise<void> {
    if (await this.saveChanges(job, ev.detail.changes)) this.closeEditor(job.id);
  }

  private openEditor(job: Job): void {
    this.editError = "";
    this.editingId = job.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector("pl-job-editor")?.focus());
  }

  private closeEditor(jobId: string): void {
    this.editingId = undefined;
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector(`[data-edit="${CSS.escape(jobId)}"]`) as HTMLElement | null)?.focus(),
    );
  }

  private askDelete(jobs: Job[]): void {
    this.deleteError = "";
    this.confirmJobs = jobs;
  }

  private async confirmDelete(): Promise<void> {
    if (!this.api || !this.confirmJobs.length) return;
    const ids = this.confirmJobs.map((j) => j.id);
    this.deleting = true;
    this.deleteError = "";
    try {
      const deleted = await this.api.deleteJobs(ids);
      const gone = new Set(ids);
      this.jobs = this.jobs.filter((j) => !gone.has(j.id));
      this.total = Math.max(this.total - deleted, 0);
      this.selected = new Set([...this.selected].filter((id) => !gone.has(id)));
      if (gone.has(this.detailId)) this.detailId = "";
      this.confirmJobs = [];
      this.notify(localize("jobs.deleted", { count: deleted }));
      if (!this.jobs.length && this.page > 0) this.page -= 1;
      void this.loadPage();
      void this.loadSummary();
    } catch (err) {
      this.deleteError = errorMessage(err);
    } finally {
      this.deleting = false;
    }
  }

  private openAdd(): void {
    this.addError = "";
    this.adding = true;
    this.renderRoot.querySelector("pl-job-form")?.reset();
  }

  private async createJob(ev: CustomEvent<{ job: NewJob }>): Promise<void> {
    if (!this.api) return;
    this.addBusy = true;
    this.addError = "";
    try {
      const job = await this.api.createJob(ev.detail.job);
      this.adding = false;
      this.notify(localize("jobs.added", { file: safeText(job.filename) }));
      await this.reload();
    } catch (err) {
      this.addError = errorMessage(err);
      this.renderRoot.querySelector("pl-job-form")?.showErrors(errorFields(err));
    } finally {
      this.addBusy = false;
    }
  }

  private toggleSelected(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private toggleAll(on: boolean): void {
    this.selected = on ? new Set(this.jobs.map((j) => j.id)) : new Set();
  }

  /** Open a job's detail (from the live strip or a link). */
  showJob(jobId: string): void {
    this.detailId = jobId;
  }

  // ------------------------------------------------------------------ rendering

  override render() {
    const opts = this.options;
    return html`
      <section aria-label=${localize("jobs.key_figures")}>
        <pl-kpis .summary=${this.summary} .options=${opts} .loading=${this.summaryLoading}></pl-kpis>
      </section>
      ${this.renderToolbar()} ${this.showFilters ? this.renderFilters() : nothing}
      ${this.error
        ? html`<div class="error-banner" role="alert">
            <span>${localize("jobs.load_error", { error: this.error })}</span>
            <button class="btn" @click=${() => this.reload()}>${icon(mdiRefresh)} ${localize("common.retry")}</button>
          </div>`
        : nothing}
      <div class=${this.narrow ? "" : "card"}>
        ${this.loading ? html`<div class="loading-bar" role="progressbar" aria-label=${localize("jobs.loading")}></div>` : nothing}
        ${this.narrow ? this.renderCards() : this.renderTable()} ${this.renderPager()}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${this.message ? "message" : "sr-only"}>${this.message}</div>
    `;
  }

  private renderToolbar() {
    const active = Object.entries(this.filters).filter(([k, v]) => k !== "q" && v).length;
    return html`<div class="toolbar" role="search">
      <input
        class="search"
        type="search"
        placeholder=${localize("jobs.search")}
        aria-label=${localize("jobs.search")}
        .value=${this.filters.q}
        @input=${(e: Event) => this.setFilter("q", (e.target as HTMLInputElement).value, true)}
      />
      <button
        class="btn"
        aria-expanded=${this.showFilters ? "true" : "false"}
        aria-controls="filters"
        @click=${() => (this.showFilters = !this.showFilters)}
      >
        ${icon(mdiFilterVariant)} ${active ? localize("jobs.filters_n", { n: active }) : localize("jobs.filters")}
      </button>
      <span class="spacer"></span>
      ${this.admin && this.selected.size
        ? html`<button
            class="btn danger"
            @click=${() => this.askDelete(this.jobs.filter((j) => this.selected.has(j.id)))}
          >
            ${icon(mdiDelete)} ${localize("jobs.delete_n", { n: this.selected.size })}
          </button>`
        : nothing}
      ${this.admin
        ? html`<button class="btn primary" @click=${this.openAdd} ?disabled=${!this.printers.length}>
            ${icon(mdiPlus)} ${localize("jobs.add")}
          </button>`
        : nothing}
    </div>`;
  }

  private renderFilters() {
    const f = this.filters;
    const onChange = (field: keyof JobFilterState) => (e: Event) =>
      this.setFilter(field, (e.target as HTMLInputElement).value);
    return html`<div class="filters card" id="filters">
      <label
        >${localize("common.printer")}
        <select name="printer" @change=${onChange("printer")}>
          <option value="" ?selected=${!f.printer}>${localize("common.all_printers")}</option>
          ${this.printers.map((p) => html`<option value=${p.id} ?selected=${p.id === f.printer}>${p.name}</option>`)}
        </select>
      </label>
      <label
        >${localize("column.status")}
        <select name="status" @change=${onChange("status")}>
          ${STATUS_FILTERS.map((s) => html`<option value=${s.value} ?selected=${s.value === f.status}>${s.label}</option>`)}
        </select>
      </label>
      <label>${localize("jobs.from")} <input name="since" type="date" .value=${f.since} @change=${onChange("since")} /></label>
      <label>${localize("jobs.to")} <input name="until" type="date" .value=${f.until} @change=${onChange("until")} /></label>
      <label
        >${localize("jobs.filament_type")}
        <input
          name="filament"
          list="filament-types"
          .value=${f.filament}
          @input=${(e: Event) => this.setFilter("filament", (e.target as HTMLInputElement).value, true)}
        />
        <datalist id="filament-types">${this.filamentTypes.map((t) => html`<option value=${t}></option>`)}</datalist>
      </label>
      <label
        >${localize("jobs.tags_filter")}
        <input
          name="tags"
          .value=${f.tags}
          @input=${(e: Event) => this.setFilter("tags", (e.target as HTMLInputElement).value, true)}
        />
      </label>
      <button class="btn clear" @click=${this.clearFilters}>${localize("jobs.clear_filters")}</button>
    </div>`;
  }

  private renderTable() {
    const opts = this.options;
    if (!opts) return nothing;
    const allSelected = this.jobs.length > 0 && this.jobs.every((j) => this.selected.has(j.id));
    const colspan = COLUMNS.length + (this.admin ? 2 : 0);
    return html`<div class="table-wrap">
      <table aria-label=${localize("jobs.print_jobs")} aria-busy=${this.loading ? "true" : "false"} aria-rowcount=${this.total + 1}>
        <thead>
          <tr>
            ${this.admin
              ? html`<th scope="col">
                  <input
                    type="checkbox"
                    aria-label=${localize("jobs.select_all")}
                    .checked=${allSelected}
                    @change=${(e: Event) => this.toggleAll((e.target as HTMLInputElement).checked)}
                  />
                </th>`
              : nothing}
            ${COLUMNS.map((c) => {
              const sorted = c.sort && c.sort === this.sort;
              const ariaSort = sorted ? (this.order === "asc" ? "ascending" : "descending") : undefined;
              return html`<th scope="col" aria-sort=${ariaSort ?? nothing}>
                ${c.sort
                  ? html`<button class="sort" @click=${() => this.sortBy(c.sort!)}>
                      ${localize(c.label)}<span aria-hidden="true">${sorted ? (this.order === "asc" ? "▲" : "▼") : ""}</span>
                    </button>`
                  : localize(c.label)}
              </th>`;
            })}
            ${this.admin ? html`<th scope="col"><span class="sr-only">${localize("jobs.actions")}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.jobs,
            (j) => j.id,
            (job) => html`${this.renderRow(job, opts)}
            ${this.editingId === job.id
              ? html`<tr class="editor-row">
                  <td colspan=${colspan}>${this.renderEditor(job)}</td>
                </tr>`
              : nothing}`,
          )}
          ${this.loaded && !this.jobs.length
            ? html`<tr>
                <td class="empty muted" colspan=${colspan}>${localize("jobs.no_match")}</td>
              </tr>`
            : nothing}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(job: Job, opts: FormatOptions) {
    const colour = cssColour(job.filament_colour);
    return html`<tr data-job-id=${job.id} class=${this.selected.has(job.id) ? "selected" : ""}>
      ${this.admin
        ? html`<td>
            <input
              type="checkbox"
              aria-label=${localize("jobs.select", { file: safeText(job.filename) })}
              .checked=${this.selected.has(job.id)}
              @change=${(e: Event) => this.toggleSelected(job.id, (e.target as HTMLInputElement).checked)}
            />
          </td>`
        : nothing}
      <td>
        <button class="file" data-col="filename" @click=${() => this.showJob(job.id)} aria-haspopup="dialog">
          ${fileName(job.filename)}
        </button>
      </td>
      <td data-col="printer">${job.printer_name}</td>
      <td data-col="status">${statusChip(job.status)}</td>
      <td class="num" data-col="start" title=${formatDateTime(job.start, opts)}>${formatDateTime(job.start, opts, false)}</td>
      <td class="num" data-col="print_duration">${formatDuration(job.print_duration)}</td>
      <td class="num" data-col="filament">
        ${colour ? html`<span class="swatch" style=${`background:${colour}`}></span>` : nothing}
        ${formatFilament(job.filament_weight_g, job.filament_used_mm, opts)}
        <span class="muted">${job.filament_type ?? ""}</span>
      </td>
      <td data-col="rating">
        <pl-rating
          .value=${job.rating}
          .subject=${safeText(job.filename)}
          ?readonly=${!this.admin}
          ?disabled=${this.savingId === job.id}
          @value-changed=${(e: CustomEvent<{ value: number | null }>) => this.saveChanges(job, { rating: e.detail.value })}
        ></pl-rating>
      </td>
      <td data-col="tags">${job.tags.map((t) => html`<span class="tag">${t}</span>`)}</td>
      <td class="notes" data-col="notes" title=${job.notes ?? ""}>
        <span>${job.failure_reason ? html`<strong class="status-error">${job.failure_reason}</strong> ` : nothing}${job.notes ?? ""}</span>
      </td>
      ${this.admin ? html`<td class="actions">${this.renderActions(job)}</td>` : nothing}
    </tr>`;
  }

  /** The edit and delete buttons of a job (admins). */
  private renderActions(job: Job) {
    return html`<button
        class="icon-btn"
        data-edit=${job.id}
        aria-label=${localize("jobs.edit", { file: safeText(job.filename) })}
        aria-expanded=${this.editingId === job.id ? "true" : "false"}
        @click=${() => (this.editingId === job.id ? this.closeEditor(job.id) : this.openEditor(job))}
      >
        ${icon(mdiPencil)}
      </button>
      <button class="icon-btn" aria-label=${localize("jobs.delete", { file: safeText(job.filename) })} @click=${() => this.askDelete([job])}>
        ${icon(mdiDelete)}
      </button>`;
  }

  /** The inline editor of the job being edited. */
  private renderEditor(job: Job) {
    return html`<pl-job-editor
      .job=${job}
      .busy=${this.savingId === job.id}
      .error=${this.editError}
      @save=${(e: CustomEvent<{ changes: JobChanges }>) => this.onEditorSave(job, e)}
      @cancel=${() => this.closeEditor(job.id)}
    ></pl-job-editor>`;
  }

  private renderCards() {
    const opts = this.options;
    if (!opts) return nothing;
    if (this.loaded && !this.jobs.length) return html`<div class="empty muted">${localize("jobs.no_match")}</div>`;
    return html`<ul class="cards" aria-label=${localize("jobs.print_jobs")}>
      ${repeat(
        this.jobs,
        (j) => j.id,
        (job) => html`<li class="card" data-job-id=${job.id}>
          <div class="head">
            <button class="file" data-col="filename" @click=${() => this.showJob(job.id)} aria-haspopup="dialog">
              ${fileName(job.filename)}
            </button>
            ${statusChip(job.status)}
          </div>
          <div class="line">
            ${job.printer_name} · ${formatDateTime(job.start, opts)} · ${formatDuration(job.print_duration)} ·
            ${formatFilament(job.filament_weight_g, job.filament_used_mm, opts)}
          </div>
          ${job.tags.length ? html`<div>${job.tags.map((t) => html`<span class="tag">${t}</span>`)}</div>` : nothing}
          ${job.notes ? html`<div class="notes" data-col="notes">${job.notes}</div>` : nothing}
          <div class="row-actions">
            <pl-rating
              .value=${job.rating}
              .subject=${safeText(job.filename)}
              ?readonly=${!this.admin}
              @value-changed=${(e: CustomEvent<{ value: number | null }>) => this.saveChanges(job, { rating: e.detail.value })}
            ></pl-rating>
            <span style="flex:1"></span>
            ${this.admin ? this.renderActions(job) : nothing}
          </div>
          ${this.editingId === job.id ? this.renderEditor(job) : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderPager() {
    const first = this.page * this.limit + (this.jobs.length ? 1 : 0);
    const last = this.page * this.limit + this.jobs.length;
    return html`<nav class="pager" aria-label=${localize("jobs.pages")}>
      <label
        >${localize("jobs.rows_per_page")}
        <select
          @change=${(e: Event) => {
            this.limit = Number((e.target as HTMLSelectElement).value);
            void this.reload();
          }}
        >
          ${PAGE_SIZES.map((n) => html`<option value=${n} ?selected=${n === this.limit}>${n}</option>`)}
        </select>
      </label>
      <span class="muted" data-total=${this.total}>${localize("jobs.range", { first, last, total: this.total })}</span>
      <button class="icon-btn" aria-label=${localize("jobs.previous_page")} ?disabled=${this.page === 0 || this.loading} @click=${this.prevPage}>
        ${icon(mdiChevronLeft)}
      </button>
      <button class="icon-btn" aria-label=${localize("jobs.next_page")} ?disabled=${!this.nextCursor || this.loading} @click=${this.nextPage}>
        ${icon(mdiChevronRight)}
      </button>
    </nav>`;
  }

  private renderDialogs() {
    const count = this.confirmJobs.length;
    return html`
      <pl-dialog
        .heading=${localize("jobs.delete_heading", { count })}
        .open=${count > 0}
        @closed=${() => (this.confirmJobs = [])}
      >
        <p>${localize("jobs.delete_text", { count })}</p>
        <ul class="confirm-list">
          ${this.confirmJobs.slice(0, 20).map((j) => html`<li>${fileName(j.filename)} <span class="muted">(${j.printer_name})</span></li>`)}
          ${count > 20 ? html`<li class="muted">${localize("jobs.and_more", { n: count - 20 })}</li>` : nothing}
        </ul>
        ${this.deleteError ? html`<p class="status-error" role="alert">${this.deleteError}</p>` : nothing}
        <button slot="actions" class="btn" @click=${() => (this.confirmJobs = [])}>${localize("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${this.deleting} @click=${this.confirmDelete}>
          ${localize("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${localize("jobs.details")} wide .open=${!!this.detailId} @closed=${() => (this.detailId = "")}>
        ${this.detailId
          ? html`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${this.detailId}
              .admin=${this.admin}
              @job-updated=${(e: CustomEvent<{ job: JobDetail }>) => this.applyUpdated(e.detail.job)}
              @delete-jobs=${(e: CustomEvent<{ jobs: Job[] }>) => this.askDelete(e.detail.jobs)}
            ></pl-job-detail>`
          : nothing}
      </pl-dialog>
      <pl-dialog heading=${localize("jobs.add_heading")} .open=${this.adding} @closed=${() => (this.adding = false)}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.tz}
          .busy=${this.addBusy}
          .error=${this.addError}
          @create=${this.createJob}
          @cancel=${() => (this.adding = false)}
        ></pl-job-form>
      </pl-dialog>
    `;
  }
}

function stripDetail(job: Job | JobDetail): Job {
  const { details: _d, events: _e, metadata: _m, ...rest } = job as JobDetail;
  return rest;
}

define("pl-jobs-view", PlJobsView);

declare global {
  interface HTMLElementTagNameMap {
    "pl-jobs-view": PlJobsView;
  }
}
