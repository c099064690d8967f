/** The websocket commands of docs/api.md, typed, on top of Home Assistant's `hass` connection. */

import { localize } from "./localize";
import type {
  Accuracy,
  AnalyticsScope,
  Breakdown,
  BreakdownBy,
  CostAnalysis,
  CostBy,
  ExpensiveJob,
  Bucket,
  HomeAssistant,
  JobChanges,
  JobDetail,
  JobPower,
  JobFilters,
  JobListParams,
  JobPage,
  LiveEvent,
  Maintenance,
  MaintenanceLogEntry,
  MaintenanceTask,
  MaintenanceTaskInput,
  Metric,
  NewJob,
  Limits,
  Photo,
  Printer,
  FileListParams,
  FilePage,
  PrintFile,
  PrintStarted,
  Summary,
  SpoolBreakdown,
  SpoolBy,
  SummaryScope,
  Timeseries,
} from "./types";

const PREFIX = "print_logger";

/** Drop undefined, null, empty strings and empty lists: the API treats a missing filter as "any". */
export function compact<T extends object>(params: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as Partial<T>;
}

/** The field-level messages of an `invalid_format` error (`{field: message}`), empty otherwise. */
export function errorFields(err: unknown): Record<string, string> {
  if (err && typeof err === "object") {
    const fields = (err as { errors?: unknown }).errors;
    if (fields && typeof fields === "object") {
      return Object.fromEntries(
        Object.entries(fields as Record<string, unknown>).filter(
          (entry): entry is [string, string] => typeof entry[1] === "string",
        ),
      );
    }
  }
  return {};
}

/** The reason a refusal gives (`translation_key` of a websocket error: start_print's refusals). */
export function errorReason(err: unknown): string | undefined {
  if (err && typeof err === "object") {
    const key = (err as { translation_key?: unknown }).translation_key;
    if (typeof key === "string") return key;
  }
  return undefined;
}

/** A websocket error as Home Assistant delivers it (`{code, message}`), or anything thrown. */
export function errorMessage(err: unknown): string {
  if (err && typeof err === "object") {
    const e = err as { message?: unknown; code?: unknown; error?: unknown };
    if (typeof e.message === "string" && e.message) return e.message;
    if (typeof e.error === "string" && e.error) return e.error;
    if (typeof e.code === "string" && e.code) return e.code;
  }
  if (typeof err === "string") return err;
  return localize("common.unknown_error");
}

/** What Home Assistant's start-up script exposes before its app runs: its websocket connection. */
interface EarlyConnection {
  conn: { sendMessagePromise<T>(message: Record<string, unknown>): Promise<T> };
}

/** How long an early answer may wait for the panel that asks for it (ms). */
const EARLY_LIFETIME = 20_000;
/** Answers asked for before the panel existed, by message: each used once, by the first identical call. */
const early = new Map<string, { at: number; answer: Promise<unknown> }>();

function message(type: string, params: object): Record<string, unknown> {
  return { type: `${PREFIX}/${type}`, ...compact(params) };
}

/**
 * Send calls over Home Assistant's connection as soon as it is open, before its frontend has started
 * (`window.hassConnection`, made by its start-up script); the first identical `PrintLoggerApi` call takes
 * the answer instead of asking again. False when the connection is not there to use.
 */
export function callEarly(calls: [type: string, params: object][]): boolean {
  const pending = (window as unknown as { hassConnection?: Promise<EarlyConnection> }).hassConnection;
  if (!pending) return false;
  for (const [type, params] of calls) {
    const msg = message(type, params);
    const answer = pending.then(({ conn }) => conn.sendMessagePromise(msg));
    answer.catch(() => undefined); // a failure is the panel's to see, when it asks again
    early.set(JSON.stringify(msg), { at: Date.now(), answer });
  }
  return true;
}

/** The early answer to `msg` (once), unless it is too old or failed. */
function takeEarly<T>(msg: Record<string, unknown>): Promise<T> | undefined {
  const key = JSON.stringify(msg);
  const hit = early.get(key);
  if (!hit) return undefined;
  early.delete(key);
  if (Date.now() - hit.at > EARLY_LIFETIME) return undefined;
  return hit.answer as Promise<T>;
}

export class PrintLoggerApi {
  constructor(private readonly hass: HomeAssistant) {}

  private call<T>(type: string, params: object = {}): Promise<T> {
    const msg = message(type, params);
    const answer = early.size ? takeEarly<T>(msg) : undefined;
    // A failed early call is asked again, on the page's own connection.
    return answer ? answer.catch(() => this.hass.callWS<T>(msg)) : this.hass.callWS<T>(msg);
  }

  getMaintenance(printerIds: string[]): Promise<Maintenance> {
    return this.call("maintenance/get", { printer_ids: printerIds });
  }

  createTask(task: MaintenanceTaskInput & { printer_id: string }): Promise<{ task: MaintenanceTask }> {
    return this.hass.callWS({ type: `${PREFIX}/maintenance/tasks/create`, ...task });
  }

  updateTask(taskId: string, task: MaintenanceTaskInput): Promise<{ task: MaintenanceTask }> {
    return this.hass.callWS({ type: `${PREFIX}/maintenance/tasks/update`, task_id: taskId, ...task });
  }

  deleteTask(taskId: string): Promise<{ deleted: boolean; archived: boolean }> {
    return this.call("maintenance/tasks/delete", { task_id: taskId });
  }

  logMaintenance(entry: {
    task_id?: string;
    printer_id?: string;
    name?: string;
    notes?: string;
    cost?: number;
  }): Promise<{ entry: MaintenanceLogEntry }> {
    return this.call("maintenance/log/create", entry);
  }

  deleteLogEntry(entryId: string): Promise<{ deleted: number }> {
    return this.call("maintenance/log/delete", { entry_id: entryId });
  }

  listPrinters(): Promise<{ printers: Printer[] }> {
    return this.call("printers/list");
  }

  listJobs(params: JobListParams): Promise<JobPage> {
    return this.call("jobs/list", params);
  }

  /**
   * A signed address (valid a minute) of the CSV export of exactly the jobs the filters select, for any
   * user who may read the log: Home Assistant signs the path with its query, so a download link needs no
   * token and the filters cannot be changed in it.
   */
  async exportUrl(filters: JobFilters): Promise<string> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(compact(filters))) {
      if (value === undefined || value === null || value === "") continue;
      query.set(key, Array.isArray(value) ? value.join(",") : String(value));
    }
    const qs = query.toString();
    const { path } = await this.hass.callWS<{ path: string }>({
      type: "auth/sign_path",
      path: `/api/${PREFIX}/export.csv${qs ? `?${qs}` : ""}`,
      expires: 60,
    });
    return path;
  }

  async getJob(jobId: string): Promise<JobDetail> {
    return (await this.call<{ job: JobDetail }>("jobs/get", { job_id: jobId })).job;
  }

  /** The job's power curve from Home Assistant's recorder (its printer's plug sensor). */
  jobPower(jobId: string): Promise<JobPower> {
    return this.call("jobs/power", { job_id: jobId });
  }

  async createJob(job: NewJob): Promise<JobDetail> {
    return (await this.call<{ job: JobDetail }>("jobs/create", job)).job;
  }

  async updateJob(jobId: string, changes: JobChanges): Promise<JobDetail> {
    // Not compacted: null and "" are meaningful here (clear the rating, empty the notes).
    const res = await this.hass.callWS<{ job: JobDetail }>({
      type: `${PREFIX}/jobs/update`,
      job_id: jobId,
      ...changes,
    });
    return res.job;
  }

  async deleteJobs(jobIds: string[]): Promise<number> {
    return (await this.call<{ deleted: number }>("jobs/delete", { job_ids: jobIds })).deleted;
  }

  listFiles(params: FileListParams): Promise<FilePage> {
    return this.call("files/list", params);
  }

  getFile(fileId: string): Promise<{ file: PrintFile; versions: PrintFile[] }> {
    return this.call("files/get", { file_id: fileId });
  }

  /** Start a file on a printer (`copy`: from another printer of the farm; `confirm`: another model). */
  startPrint(printerId: string, filename: string, copy = false, confirm = false): Promise<PrintStarted> {
    return this.call("print/start", { printer_id: printerId, filename, copy, confirm });
  }

  /** The bounds of what a person can write (read once: they are the store's). */
  limits(): Promise<Limits> {
    return this.call("limits");
  }

  summary(scope: SummaryScope): Promise<Summary> {
    return this.call("analytics/summary", scope);
  }

  timeseries(scope: AnalyticsScope, bucket: Bucket, metric: Metric): Promise<Timeseries> {
    return this.call("analytics/timeseries", { ...scope, bucket, metric });
  }

  breakdown(scope: AnalyticsScope, by: BreakdownBy | string): Promise<Breakdown> {
    return this.call("analytics/breakdown", { ...scope, by });
  }

  /** Slicer estimates against what completed jobs took: overall, per printer, per material. */
  accuracy(scope: AnalyticsScope): Promise<Accuracy> {
    return this.call("analytics/accuracy", scope);
  }

  /** Filament and cost by spool, filament, vendor or material (with the job list's filters). */
  spoolBreakdown(scope: SummaryScope, by: SpoolBy): Promise<SpoolBreakdown> {
    return this.call("analytics/spools", { ...scope, by });
  }

  /** What the jobs cost by printer, material or local month. */
  costs(scope: AnalyticsScope, by: CostBy): Promise<CostAnalysis> {
    return this.call("analytics/costs", { ...scope, by });
  }

  /** The ``limit`` (1–100) jobs that cost the most. */
  expensiveJobs(scope: AnalyticsScope, limit = 10): Promise<{ jobs: ExpensiveJob[] }> {
    return this.call("analytics/expensive_jobs", { ...scope, limit });
  }

  /** Subscribe to live changes; resolves to the unsubscribe function. */
  subscribe(callback: (event: LiveEvent) => void): Promise<() => Promise<void>> {
    return this.hass.connection.subscribeMessage<LiveEvent>(callback, {
      type: `${PREFIX}/subscribe`,
    });
  }

  /** A request to the REST API with the user's token. */
  private fetch(path: string, init: RequestInit = {}): Promise<Response> {
    if (this.hass.fetchWithAuth) return this.hass.fetchWithAuth(path, init);
    const token = this.hass.auth?.data?.access_token;
    const base = this.hass.auth?.data?.hassUrl ?? "";
    return fetch(base + path, {
      ...init,
      headers: { ...(init.headers ?? {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  }

  /** Fetch a job's thumbnail with the user's token; null when it has none. */
  async thumbnail(jobId: string): Promise<Blob | null> {
    const response = await this.fetch(`/api/${PREFIX}/jobs/${encodeURIComponent(jobId)}/thumbnail`);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`thumbnail: HTTP ${response.status}`);
    return response.blob();
  }

  /** Fetch a photo (JPEG; its small copy with `thumb`) with the user's token; null when it is gone. */
  async photo(photoId: string, thumb = false): Promise<Blob | null> {
    const query = thumb ? "?size=thumb" : "";
    const response = await this.fetch(`/api/${PREFIX}/photos/${encodeURIComponent(photoId)}${query}`);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`photo: HTTP ${response.status}`);
    return response.blob();
  }

  /** Upload a photo to a job (admins); the server's message when it refuses it. */
  async uploadPhoto(jobId: string, file: Blob): Promise<Photo> {
    const form = new FormData();
    form.append("file", file, file instanceof File ? file.name : "photo.jpg");
    const response = await this.fetch(`/api/${PREFIX}/jobs/${encodeURIComponent(jobId)}/photos`, {
      method: "POST",
      body: form,
    });
    const body = (await response.json().catch(() => ({}))) as {
      photo?: Photo;
      message?: string;
      errors?: Record<string, string>;
    };
    if (!response.ok || !body.photo) {
      const detail = body.errors ? Object.values(body.errors).join("; ") : "";
      throw new Error(detail || body.message || `HTTP ${response.status}`);
    }
    return body.photo;
  }

  async deletePhoto(photoId: string): Promise<number> {
    return (await this.call<{ deleted: number }>("photos/delete", { photo_id: photoId })).deleted;
  }
}

/**
 * A live subscription of a component (the panel, the card): `start` replaces any previous one; `stop`
 * ends it, also while it is still being set up. A failed subscription goes to `onError`.
 */
export class LiveSubscription {
  private pending?: Promise<(() => Promise<void>) | undefined>;

  get active(): boolean {
    return this.pending !== undefined;
  }

  start(api: PrintLoggerApi, callback: (event: LiveEvent) => void, onError?: (err: unknown) => void): void {
    this.stop();
    this.pending = api.subscribe(callback).catch((err: unknown) => {
      onError?.(err);
      return undefined;
    });
  }

  stop(): void {
    const pending = this.pending;
    this.pending = undefined;
    void pending?.then((unsubscribe) => unsubscribe?.()).catch(() => undefined);
  }
}
