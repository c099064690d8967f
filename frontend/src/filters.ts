/** The job list's filter state and its translation into the API's list filters. */

import { parseTags, statusLabel, zonedToUtcIso } from "./format";
import { localize } from "./localize";
import { FAILED_STATUSES, type JobListParams, type JobStatus, type SummaryScope } from "./types";

export interface JobFilterState {
  printer: string;
  status: string;
  since: string;
  until: string;
  q: string;
  filament: string;
  tags: string;
  /** "id:<spool id>", "vendor:<vendor>" or "" (any). */
  spool: string;
}

export const EMPTY_FILTERS: JobFilterState = {
  printer: "",
  status: "",
  since: "",
  until: "",
  q: "",
  filament: "",
  tags: "",
  spool: "",
};

/** The status choices of the filter: groups first, then each status. */
export const STATUS_FILTERS: { value: string; readonly label: string; statuses: JobStatus[] }[] = [
  {
    value: "",
    get label() {
      return localize("filter.all_statuses");
    },
    statuses: [],
  },
  ...(["completed", "failed", "cancelled", "in_progress"] as const).map((value) => ({
    value,
    get label() {
      return value === "failed" ? localize("filter.failed_any") : statusLabel(value);
    },
    statuses: value === "failed" ? [...FAILED_STATUSES] : [value],
  })),
  ...FAILED_STATUSES.map((s) => ({
    value: `only:${s}`,
    get label() {
      return `— ${statusLabel(s)}`;
    },
    statuses: [s],
  })),
];

/** Filter state → the API's list filters. `until` is the day after the chosen date (exclusive bound). */
export function filterParams(f: JobFilterState, timeZone: string | undefined): JobListParams {
  const params: JobListParams = {};
  if (f.printer) params.printer_ids = [f.printer];
  const statuses = STATUS_FILTERS.find((s) => s.value === f.status)?.statuses ?? [];
  if (statuses.length) params.statuses = [...statuses];
  const since = f.since ? zonedToUtcIso(f.since, "00:00", timeZone) : undefined;
  if (since) params.since = since;
  if (f.until) {
    const d = new Date(`${f.until}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) {
      d.setUTCDate(d.getUTCDate() + 1);
      const until = zonedToUtcIso(d.toISOString().slice(0, 10), "00:00", timeZone);
      if (until) params.until = until;
    }
  }
  if (f.q.trim()) params.q = f.q.trim();
  if (f.filament.trim()) params.filament_type = f.filament.trim();
  const tags = parseTags(f.tags);
  if (tags.length) params.tags = tags;
  const spoolId = /^id:(\d{1,9})$/.exec(f.spool ?? "");
  if (spoolId) params.spool_id = Number(spoolId[1]);
  else if (f.spool?.startsWith("vendor:") && f.spool.length > 7) params.spool_vendor = f.spool.slice(7);
  return params;
}

/** The summary scope of the list filters: every filter, so the tiles describe exactly the listed rows. */
export function summaryScope(params: JobListParams): SummaryScope {
  const scope: SummaryScope = {};
  if (params.printer_ids) scope.printer_ids = params.printer_ids;
  if (params.statuses) scope.statuses = params.statuses;
  if (params.since) scope.since = params.since;
  if (params.until) scope.until = params.until;
  if (params.q) scope.q = params.q;
  if (params.filament_type) scope.filament_type = params.filament_type;
  if (params.tags) scope.tags = params.tags;
  if (params.min_duration !== undefined) scope.min_duration = params.min_duration;
  if (params.max_duration !== undefined) scope.max_duration = params.max_duration;
  if (params.spool_id !== undefined) scope.spool_id = params.spool_id;
  if (params.spool_vendor) scope.spool_vendor = params.spool_vendor;
  return scope;
}

