/**
 * What an admin changes in the job list: inline edits (notes, rating, tags, failure reason, cost),
 * deleting one or the selected jobs (after a confirmation), adding a manual job; plus the job shown in
 * the detail dialog and the short message announcing the result. A Lit reactive controller of
 * `pl-jobs-view`, working on the list's rows through `JobsList`.
 */

import type { ReactiveController, ReactiveControllerHost } from "lit";

import { errorFields, errorMessage, type PrintLoggerApi } from "../../api";
import { safeText } from "../../format";
import { localize } from "../../localize";
import type { Job, JobChanges, NewJob } from "../../types";
import type { JobsList } from "./jobs-list";

/** How long the message of a change stays (ms). */
const MESSAGE_TIME = 4000;

interface Host extends ReactiveControllerHost {
  api?: PrintLoggerApi;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class JobChangesController implements ReactiveController {
  /** The job whose inline editor is open. */
  editingId?: string;
  /** The job being saved (its rating and editor are disabled meanwhile). */
  savingId?: string;
  editError = "";
  /** The jobs the delete confirmation asks about (none: closed). */
  confirmJobs: Job[] = [];
  deleting = false;
  deleteError = "";
  /** The job shown in the detail dialog ("" closed). */
  detailId = "";
  adding = false;
  addBusy = false;
  addError = "";
  /** The last change's message (announced politely, shown a few seconds). */
  message = "";

  private messageTimer?: ReturnType<typeof setTimeout>;

  constructor(
    readonly host: Host,
    private readonly list: JobsList,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.messageTimer);
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  private notify(text: string): void {
    this.message = text;
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => {
      this.message = "";
      this.changed();
    }, MESSAGE_TIME);
    this.changed();
  }

  // ------------------------------------------------------------------ edits

  /** Save a job's changed fields; true when saved (or nothing changed). */
  async save(job: Job, changes: JobChanges): Promise<boolean> {
    const api = this.host.api;
    if (!api) return false;
    if (!Object.keys(changes).length) return true;
    this.savingId = job.id;
    this.editError = "";
    this.changed();
    try {
      const updated = await api.updateJob(job.id, changes);
      this.list.applyJob(updated);
      this.notify(localize("jobs.saved", { file: safeText(job.filename) }));
      return true;
    } catch (err) {
      this.editError = errorMessage(err);
      this.notify(localize("jobs.save_error", { error: this.editError }));
      return false;
    } finally {
      this.savingId = undefined;
      this.changed();
    }
  }

  /** The inline editor's save: closes it once saved. */
  async saveEditor(job: Job, changes: JobChanges): Promise<void> {
    if (await this.save(job, changes)) this.closeEditor(job.id);
  }

  openEditor(job: Job): void {
    this.editError = "";
    this.editingId = job.id;
    this.changed();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector("pl-job-editor")?.focus());
  }

  /** Close the editor and give the focus back to the job's edit button. */
  closeEditor(jobId: string): void {
    this.editingId = undefined;
    this.changed();
    void this.host.updateComplete.then(() =>
      (this.host.renderRoot.querySelector(`[data-edit="${CSS.escape(jobId)}"]`) as HTMLElement | null)?.focus(),
    );
  }

  toggleEditor(job: Job): void {
    if (this.editingId === job.id) this.closeEditor(job.id);
    else this.openEditor(job);
  }

  // ------------------------------------------------------------------ deleting

  askDelete(jobs: Job[]): void {
    this.deleteError = "";
    this.confirmJobs = jobs;
    this.changed();
  }

  cancelDelete(): void {
    this.confirmJobs = [];
    this.changed();
  }

  async confirmDelete(): Promise<void> {
    const api = this.host.api;
    if (!api || !this.confirmJobs.length) return;
    const ids = this.confirmJobs.map((j) => j.id);
    this.deleting = true;
    this.deleteError = "";
    this.changed();
    try {
      const deleted = await api.deleteJobs(ids);
      const gone = new Set(ids);
      if (gone.has(this.detailId)) this.detailId = "";
      this.confirmJobs = [];
      this.list.removeJobs(gone, deleted);
      this.notify(localize("jobs.deleted", { count: deleted }));
    } catch (err) {
      this.deleteError = errorMessage(err);
    } finally {
      this.deleting = false;
      this.changed();
    }
  }

  /** A job deleted elsewhere: its detail dialog closes. */
  jobDeleted(jobId: string): void {
    if (this.detailId !== jobId) return;
    this.detailId = "";
    this.changed();
  }

  // ------------------------------------------------------------------ details, adding

  showJob(jobId: string): void {
    this.detailId = jobId;
    this.changed();
  }

  closeJob(): void {
    this.detailId = "";
    this.changed();
  }

  openAdd(): void {
    this.addError = "";
    this.adding = true;
    this.changed();
    this.host.renderRoot.querySelector("pl-job-form")?.reset();
  }

  closeAdd(): void {
    this.adding = false;
    this.changed();
  }

  async create(job: NewJob): Promise<void> {
    const api = this.host.api;
    if (!api) return;
    this.addBusy = true;
    this.addError = "";
    this.changed();
    try {
      const created = await api.createJob(job);
      this.adding = false;
      this.notify(localize("jobs.added", { file: safeText(created.filename) }));
      await this.list.reload();
    } catch (err) {
      this.addError = errorMessage(err);
      this.host.renderRoot.querySelector("pl-job-form")?.showErrors(errorFields(err));
    } finally {
      this.addBusy = false;
      this.changed();
    }
  }
}

