/** The job list's filter state and its translation into the API's list filters. */

import { parseTags, statusLabel, zonedToUtcIso } from "./format";
import { FAILED_STATUSES, type AnalyticsScope, type JobListParams, type JobStatus } from "./types";

export interface JobFilterState {
  printer: string;
  status: string;
  since: string;
  until: string;
  q: string;
  filament: string;
  tags: string;
}

export const EMPTY_FILTERS: JobFilterState = {
  printer: "",
  status: "",
  since: "",
  until: "",
  q: "",
  filament: "",
  tags: "",
};

/** The status choices of the filter: groups first, then each status. */
export const STATUS_FILTERS: { value: string; label: string; statuses: JobStatus[] }[] = [
  { value: "", label: "All statuses", statuses: [] },
  { value: "completed", label: "Completed", statuses: ["completed"] },
  { value: "failed", label: "Failed (any)", statuses: [...FAILED_STATUSES] },
  { value: "cancelled", label: "Cancelled", statuses: ["cancelled"] },
  { value: "in_progress", label: "In progress", statuses: ["in_progress"] },
  ...FAILED_STATUSES.map((s) => ({ value: `only:${s}`, label: `— ${statusLabel(s)}`, statuses: [s] })),
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
  return params;
}

/** The summary scope matching the list filters the summary understands (printer and dates). */
export function summaryScope(params: JobListParams): AnalyticsScope {
  const scope: AnalyticsScope = {};
  if (params.printer_ids) scope.printer_ids = params.printer_ids;
  if (params.since) scope.since = params.since;
  if (params.until) scope.until = params.until;
  return scope;
}

