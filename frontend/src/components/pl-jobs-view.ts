/**
 * The job list: KPI tiles of the filtered scope, filters, a sortable table paged by the server (cursor),
 * inline editing of notes / rating / tags / failure reason, deleting (with confirmation), adding a
 * manual job, and the job detail dialog. A table on wide screens, a list of cards on a phone.
 *
 * The element composes the parts in jobs/: the list's data (`JobsList`: filters, sort, pages, key
 * figures, selection, live refreshes), an admin's changes (`JobChangesController`: edits, deleting,
 * adding, the detail dialog), the toolbar and filter templates, the table / cards / pager templates and
 * the styles. All render into this element's shadow root.
 */

import { LitElement, html, nothing, type PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";

import type { PrintLoggerApi } from "../api";
import { define, fire } from "../define";
import { fileName, type FormatOptions } from "../format";
import { icon, mdiRefresh } from "../icons";
import { loadLimits } from "../limits";
import { localize } from "../localize";
import { baseStyles } from "../styles";
import type { Job, JobDetail, LiveEvent, NewJob, Printer } from "../types";
import { JobChangesController } from "./jobs/jobs-changes";
import { durationFilterStyles, jobsFilters, jobsToolbar } from "./jobs/jobs-filters";
import { JobsList } from "./jobs/jobs-list";
import { jobsViewStyles } from "./jobs/jobs-styles";
import { jobCards, jobsPager, jobsTable, type JobRows } from "./jobs/jobs-table";
import "./pl-dialog";
import "./pl-job-editor";
import "./pl-job-form";
import "./pl-kpis";
import "./pl-rating";
import { spoolStyles } from "../spools";

/** Load the job detail's element (once; a failure is tried again on the next job opened). */
let detail: Promise<unknown> | undefined;
export function loadDetail(): Promise<unknown> {
  detail ??= import("./pl-job-detail").catch((err: unknown) => {
    detail = undefined;
    console.warn("print_logger: the job detail did not load:", err);
  });
  return detail;
}

/** How many of the jobs to delete the confirmation names. */
const CONFIRM_NAMED = 20;

export class PlJobsView extends LitElement {
  @property({ attribute: false }) api?: PrintLoggerApi;
  @property({ attribute: false }) options?: FormatOptions;
  @property({ attribute: false }) printers: Printer[] = [];
  @property({ type: Boolean }) admin = false;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private showFilters = false;
  private choicesLoaded = false;
  /** Whether the first page has been shown (the panel then loads its other views). */
  private shown = false;

  private readonly list: JobsList = new JobsList(
    this,
    (): string | undefined => this.options?.timeZone,
    // Live refreshes leave the rows alone while one of them is being edited.
    (): boolean => !!this.changes.editingId,
  );
  private readonly changes: JobChangesController = new JobChangesController(this, this.list);

  static override styles = [baseStyles, jobsViewStyles, spoolStyles, durationFilterStyles];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("api") && this.api) {
      const api = this.api;
      // The rows and key figures first: the database works one query at a time. The forms' bounds
      // after them; the filters' choices (aggregates over every job, a second or more with 100k jobs,
      // which would hold up the rows' pictures) when the filters are first shown.
      this.choicesLoaded = false;
      void this.list.reload().then(() => loadLimits(api));
    }
    if (this.showFilters) this.loadChoices();
    // The job's detail (photos, climate chart): a chunk of its own, loaded when a job is opened.
    if (this.changes.detailId) void loadDetail();
  }

  /** The filters' choices: filament types and spools (once per connection). */
  private loadChoices(): void {
    if (this.choicesLoaded || !this.api) return;
    this.choicesLoaded = true;
    void this.list.loadFilamentTypes();
    void this.list.loadSpoolChoices();
  }

  protected override updated(): void {
    if (!this.shown && this.list.loaded && !this.list.summaryLoading) {
      this.shown = true;
      fire(this, "jobs-rendered");
    }
  }

  /** Reload from the first page. */
  async reload(): Promise<void> {
    await this.list.reload();
  }

  /** Open a job's detail (from the live strip or a link). */
  showJob(jobId: string): void {
    this.changes.showJob(jobId);
  }

  /** React to a live change pushed by the server. */
  handleLiveEvent(event: LiveEvent): void {
    if (event.type === "job_changed") {
      const shown = this.list.applyJob(event.job);
      if (customElements.get("pl-job-detail")) this.renderRoot.querySelector("pl-job-detail")?.applyJob(event.job);
      // The list only when a new job may belong on the first page; the key figures always.
      this.list.scheduleRefresh(shown || this.list.page !== 0);
    } else if (event.type === "job_deleted") {
      this.list.dropJob(event.job_id);
      this.changes.jobDeleted(event.job_id);
      this.list.scheduleRefresh(true);
    } else if (event.type === "jobs_changed") {
      this.list.scheduleRefresh();
    }
  }

  // ------------------------------------------------------------------ rendering

  override render() {
    const { list, changes } = this;
    const rows: JobRows | undefined = this.options
      ? { list, changes, admin: this.admin, options: this.options, printers: this.printers }
      : undefined;
    return html`
      <section aria-label=${localize("jobs.key_figures")}>
        <pl-kpis .summary=${list.summary} .options=${this.options} .loading=${list.summaryLoading}></pl-kpis>
      </section>
      ${jobsToolbar({
        list,
        changes,
        admin: this.admin,
        printers: this.printers,
        showFilters: this.showFilters,
        toggleFilters: () => (this.showFilters = !this.showFilters),
      })}
      ${this.showFilters ? jobsFilters(list, this.printers, this.options) : nothing}
      ${list.error
        ? html`<div class="error-banner" role="alert">
            <span>${localize("jobs.load_error", { error: list.error })}</span>
            <button class="btn" @click=${() => this.reload()}>${icon(mdiRefresh)} ${localize("common.retry")}</button>
          </div>`
        : nothing}
      <div class=${this.narrow ? "" : "card"}>
        ${list.loading ? html`<div class="loading-bar" role="progressbar" aria-label=${localize("jobs.loading")}></div>` : nothing}
        ${rows ? (this.narrow ? jobCards(rows) : jobsTable(rows)) : nothing} ${jobsPager(list)}
      </div>
      ${this.renderDialogs()}
      <div aria-live="polite" class=${changes.message ? "message" : "sr-only"}>${changes.message}</div>
    `;
  }

  /** The delete confirmation, the job's detail and the manual job's form. */
  private renderDialogs() {
    const changes = this.changes;
    const count = changes.confirmJobs.length;
    return html`
      <pl-dialog .heading=${localize("jobs.delete_heading", { count })} .open=${count > 0} @closed=${() => changes.cancelDelete()}>
        <p>${localize("jobs.delete_text", { count })}</p>
        <ul class="confirm-list">
          ${changes.confirmJobs
            .slice(0, CONFIRM_NAMED)
            .map((j) => html`<li>${fileName(j.filename)} <span class="muted">(${j.printer_name})</span></li>`)}
          ${count > CONFIRM_NAMED ? html`<li class="muted">${localize("jobs.and_more", { n: count - CONFIRM_NAMED })}</li>` : nothing}
        </ul>
        ${changes.deleteError ? html`<p class="status-error" role="alert">${changes.deleteError}</p>` : nothing}
        <button slot="actions" class="btn" @click=${() => changes.cancelDelete()}>${localize("common.cancel")}</button>
        <button slot="actions" class="btn danger primary" ?disabled=${changes.deleting} @click=${() => changes.confirmDelete()}>
          ${localize("common.delete")}
        </button>
      </pl-dialog>
      <pl-dialog heading=${localize("jobs.details")} wide .open=${!!changes.detailId} @closed=${() => changes.closeJob()}>
        ${changes.detailId
          ? html`<pl-job-detail
              .api=${this.api}
              .options=${this.options}
              .jobId=${changes.detailId}
              .admin=${this.admin}
              @job-updated=${(e: CustomEvent<{ job: JobDetail }>) => this.list.applyJob(e.detail.job)}
              @delete-jobs=${(e: CustomEvent<{ jobs: Job[] }>) => changes.askDelete(e.detail.jobs)}
            ></pl-job-detail>`
          : nothing}
      </pl-dialog>
      <pl-dialog heading=${localize("jobs.add_heading")} .open=${changes.adding} @closed=${() => changes.closeAdd()}>
        <pl-job-form
          .printers=${this.printers}
          .timeZone=${this.options?.timeZone}
          .busy=${changes.addBusy}
          .error=${changes.addError}
          @create=${(e: CustomEvent<{ job: NewJob }>) => changes.create(e.detail.job)}
          @cancel=${() => changes.closeAdd()}
        ></pl-job-form>
      </pl-dialog>
    `;
  }
}

define("pl-jobs-view", PlJobsView);

declare global {
  interface HTMLElementTagNameMap {
    "pl-jobs-view": PlJobsView;
  }
}
