/**
 * The job list's data: filters, sort, the server's cursor pages, the key figures of the filtered scope,
 * the selection and the refreshes live changes ask for. A Lit reactive controller of `pl-jobs-view`:
 * it loads, keeps the state and asks its host to render; it renders nothing itself.
 */

import type { ReactiveController, ReactiveControllerHost } from "lit";

import { errorMessage, type PrintLoggerApi } from "../../api";
import { EMPTY_FILTERS, activeFilterCount, filterParams, summaryScope, type JobFilterState } from "../../filters";
import { FIRST_LIMIT, FIRST_ORDER, FIRST_SORT } from "../../first-load";
import type { Job, JobDetail, JobListParams, MaintenanceLogEntry, SortKey, Summary } from "../../types";

export const PAGE_SIZES = [25, 50, 100, 200];


/** How long typing in a text filter waits before the list reloads (ms). */
const TYPING_DELAY = 300;
/** How long live changes are gathered before one refresh (ms). */
const REFRESH_DELAY = 1500;

/** The keys sorted A→Z first; the others (dates, amounts, ratings) largest first. */
const ASCENDING_FIRST: readonly SortKey[] = ["filename", "printer", "status"];

interface Host extends ReactiveControllerHost {
  api?: PrintLoggerApi;
}

export class JobsList implements ReactiveController {
  filters: JobFilterState = { ...EMPTY_FILTERS };
  sort: SortKey = FIRST_SORT;
  order: "asc" | "desc" = FIRST_ORDER;
  limit = FIRST_LIMIT;
  /** The cursor of each page seen so far (the first page's is null). */
  cursors: (string | null)[] = [null];
  page = 0;
  jobs: Job[] = [];
  total = 0;
  nextCursor: string | null = null;
  loading = false;
  loaded = false;
  error = "";
  /** A CSV export is being prepared (its address signed). */
  exporting = false;
  summary?: Summary;
  summaryLoading = false;
  selected = new Set<string>();
  /**
   * The maintenance log entries that fall between this page's jobs (newest first), shown between them
   * when the list shows one printer by start time; empty otherwise.
   */
  maintenance: MaintenanceLogEntry[] = [];
  /** The filament types recorded so far: suggestions of the filament filter. */
  filamentTypes: string[] = [];
  /** The spools and vendors of the stored jobs: the choices of the spool filter. */
  spoolChoices: { spools: { id: string; label: string }[]; vendors: string[] } = { spools: [], vendors: [] };

  private listToken = 0;
  private summaryToken = 0;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private pendingList = false;

  /**
   * @param host the view (its `api`)
   * @param timeZone the time zone of the date filters
   * @param listHeld whether a refresh must leave the rows alone for now (a row is being edited)
   */
  constructor(
    private readonly host: Host,
    private readonly timeZone: () => string | undefined,
    private readonly listHeld: () => boolean,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.searchTimer);
    clearTimeout(this.refreshTimer);
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  private params(): JobListParams {
    return filterParams(this.filters, this.timeZone());
  }

  // ------------------------------------------------------------------ loading

  /** Reload from the first page (filters or sort changed). */
  async reload(): Promise<void> {
    this.cursors = [null];
    this.page = 0;
    this.selected = new Set();
    this.changed();
    await Promise.all([this.loadPage(), this.loadSummary()]);
  }

  async loadPage(): Promise<void> {
    const api = this.host.api;
    if (!api) return;
    const token = ++this.listToken;
    this.loading = true;
    this.error = "";
    this.changed();
    try {
      const res = await api.listJobs({
        ...this.params(),
        sort: this.sort,
        order: this.order,
        limit: this.limit,
        cursor: this.cursors[this.page] ?? null,
      });
      const maintenance = await this.pageMaintenance(api, res.jobs, res.next_cursor);
      if (token !== this.listToken) return;
      this.jobs = res.jobs;
      this.maintenance = maintenance;
      this.total = res.total;
      this.nextCursor = res.next_cursor;
      this.loaded = true;
    } catch (err) {
      if (token === this.listToken) this.error = errorMessage(err);
    } finally {
      if (token === this.listToken) this.loading = false;
      this.changed();
    }
  }

  /**
   * The printer's maintenance log entries within this page's span of time (one printer, by start
   * time): from the page's oldest job (the beginning on the last page) to its newest (now on the first).
   */
  private async pageMaintenance(api: PrintLoggerApi, jobs: Job[], next: string | null): Promise<MaintenanceLogEntry[]> {
    if (!this.filters.printer || this.sort !== "start") return [];
    try {
      const { log } = await api.getMaintenance([this.filters.printer]);
      const starts = jobs.map((job) => Date.parse(job.start));
      const newest = this.page === 0 || !starts.length ? Infinity : Math.max(...starts);
      const oldest = next === null || !starts.length ? -Infinity : Math.min(...starts);
      const inSpan = log.filter((entry) => {
        const at = Date.parse(entry.done_at);
        return at <= newest && at >= oldest;
      });
      return this.order === "desc" ? inSpan : inSpan.reverse();
    } catch {
      return []; // the jobs are what the list is for; the maintenance is a bonus
    }
  }

  async loadSummary(): Promise<void> {
    const api = this.host.api;
    if (!api) return;
    const token = ++this.summaryToken;
    this.summaryLoading = true;
    this.changed();
    try {
      const summary = await api.summary(summaryScope(this.params()));
      if (token === this.summaryToken) this.summary = summary;
    } catch (err) {
      if (token === this.summaryToken) this.error ||= errorMessage(err);
    } finally {
      if (token === this.summaryToken) this.summaryLoading = false;
      this.changed();
    }
  }

  async loadSpoolChoices(): Promise<void> {
    const api = this.host.api;
    if (!api) return;
    try {
      const [spools, vendors] = await Promise.all([api.spoolBreakdown({}, "spool"), api.spoolBreakdown({}, "vendor")]);
      this.spoolChoices = {
        spools: spools.rows.filter((r) => r.key !== null).map((r) => ({ id: String(r.key), label: r.label })),
        vendors: vendors.rows.filter((r) => r.key !== null).map((r) => String(r.key)),
      };
      this.changed();
    } catch {
      // Only choices: the list works without them.
    }
  }

  async loadFilamentTypes(): Promise<void> {
    const api = this.host.api;
    if (!api) return;
    try {
      const res = await api.breakdown({}, "filament_type");
      this.filamentTypes = res.rows
        .map((r) => r.label ?? (r.key === null ? "" : String(r.key)))
        .filter((t) => t)
        .sort((a, b) => a.localeCompare(b));
      this.changed();
    } catch {
      // Only suggestions: the field works without them.
    }
  }

  /** Refresh after live changes, gathered: the key figures always, the rows unless `summaryOnly`. */
  scheduleRefresh(summaryOnly = false): void {
    if (!summaryOnly) this.pendingList = true;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      const list = this.pendingList;
      this.pendingList = false;
      if (list && !this.listHeld()) void this.loadPage();
      void this.loadSummary();
    }, REFRESH_DELAY);
  }

  // ------------------------------------------------------------------ filters, sort, pages

  setFilter(field: keyof JobFilterState, value: string, debounce = false): void {
    this.filters = { ...this.filters, [field]: value };
    this.changed();
    clearTimeout(this.searchTimer);
    if (debounce) {
      this.searchTimer = setTimeout(() => void this.reload(), TYPING_DELAY);
    } else {
      void this.reload();
    }
  }

  /** Download exactly the jobs the filters select, every page of them, as CSV (any user who may read). */
  async exportCsv(): Promise<void> {
    const api = this.host.api;
    if (!api || this.exporting) return;
    this.exporting = true;
    this.changed();
    try {
      const link = document.createElement("a");
      link.href = await api.exportUrl(this.params());
      link.download = "print_logger_jobs.csv";
      link.rel = "noopener";
      document.body.append(link);
      link.click();
      link.remove();
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.exporting = false;
      this.changed();
    }
  }

  clearFilters(): void {
    this.filters = { ...EMPTY_FILTERS };
    void this.reload();
  }

  /** How many filters besides the search are set. */
  get activeFilters(): number {
    return activeFilterCount(this.filters);
  }

  sortBy(key: SortKey): void {
    if (this.sort === key) {
      this.order = this.order === "desc" ? "asc" : "desc";
    } else {
      this.sort = key;
      this.order = ASCENDING_FIRST.includes(key) ? "asc" : "desc";
    }
    this.cursors = [null];
    this.page = 0;
    this.changed();
    void this.loadPage();
  }

  setLimit(limit: number): void {
    this.limit = limit;
    void this.reload();
  }

  nextPage(): void {
    if (!this.nextCursor) return;
    this.cursors = [...this.cursors.slice(0, this.page + 1), this.nextCursor];
    this.page += 1;
    this.changed();
    void this.loadPage();
  }

  prevPage(): void {
    if (this.page === 0) return;
    this.page -= 1;
    this.changed();
    void this.loadPage();
  }

  // ------------------------------------------------------------------ rows and selection

  /** Merge a changed job into its row; false when it is not on this page. */
  applyJob(job: Job | JobDetail): boolean {
    if (!this.jobs.some((j) => j.id === job.id)) return false;
    this.jobs = this.jobs.map((j) => (j.id === job.id ? { ...j, ...stripDetail(job) } : j));
    this.changed();
    return true;
  }

  /** A job deleted elsewhere: its row goes and the total drops. */
  dropJob(jobId: string): void {
    if (!this.jobs.some((j) => j.id === jobId)) return;
    this.jobs = this.jobs.filter((j) => j.id !== jobId);
    this.total = Math.max(this.total - 1, 0);
    this.changed();
  }

  /** Jobs deleted here: their rows and selection go, the page and the key figures reload. */
  removeJobs(ids: Set<string>, deleted: number): void {
    this.jobs = this.jobs.filter((j) => !ids.has(j.id));
    this.total = Math.max(this.total - deleted, 0);
    this.selected = new Set([...this.selected].filter((id) => !ids.has(id)));
    if (!this.jobs.length && this.page > 0) this.page -= 1;
    void this.loadPage();
    void this.loadSummary();
  }

  get selectedJobs(): Job[] {
    return this.jobs.filter((j) => this.selected.has(j.id));
  }

  get allSelected(): boolean {
    return this.jobs.length > 0 && this.jobs.every((j) => this.selected.has(j.id));
  }

  toggleSelected(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
    this.changed();
  }

  toggleAll(on: boolean): void {
    this.selected = on ? new Set(this.jobs.map((j) => j.id)) : new Set();
    this.changed();
  }
}

/** A job's row fields (a detail's extra fields left out). */
function stripDetail(job: Job | JobDetail): Job {
  const { details: _d, events: _e, metadata: _m, ...rest } = job as JobDetail;
  return rest;
}
