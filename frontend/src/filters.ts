/** The job list's filter state and its translation into the API's list filters. */

import { durationBinLabel, type DurationBin } from "./analytics";
import { parseTags, statusLabel, zonedToUtcIso, type FormatOptions } from "./format";
import { limits } from "./limits";
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
  /**
   * The print duration: "" (any), a preset's value ("lt1h", "1to4h", "ge4h") or "custom:<min>:<max>"
   * (whole seconds, either side empty for no bound).
   */
  duration: string;
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
  duration: "",
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
  const duration = durationBounds(f.duration ?? "");
  if (duration.valid) {
    if (duration.min !== undefined && duration.min > 0) params.min_duration = duration.min;
    if (duration.max !== undefined) params.max_duration = duration.max;
  }
  return params;
}

/** How many filters besides the search are set (a custom duration without a bound is none). */
export function activeFilterCount(f: JobFilterState): number {
  return Object.entries(f).filter(([k, v]) => {
    if (k === "q" || !v) return false;
    if (k === "duration") {
      const d = durationBounds(String(v));
      return d.min !== undefined || d.max !== undefined;
    }
    return true;
  }).length;
}

// ------------------------------------------------------------------ the print duration filter

const HOUR = 3600;
/** The longest print duration the API takes as a bound until the store's limits are read (365 days). */
export const MAX_DURATION_SECONDS = 365 * 86_400;

/** The longest print duration the API takes as a bound (the store's `max_duration` limit). */
export function maxDurationSeconds(): number {
  return limits()?.numbers["max_duration"]?.max ?? MAX_DURATION_SECONDS;
}

/**
 * The duration filter's presets, as the histogram's bins (the same labels: "<1 h", "1–4 h", "≥4 h").
 * The API's bounds are inclusive: an upper bound is a millisecond below the next preset's lower one.
 */
export const DURATION_PRESETS: (DurationBin & { value: string })[] = [
  { value: "lt1h", from: undefined, to: { n: 1, unit: "hours" }, min: 0, max: HOUR - 1e-3 },
  { value: "1to4h", from: { n: 1, unit: "hours" }, to: { n: 4, unit: "hours" }, min: HOUR, max: 4 * HOUR - 1e-3 },
  { value: "ge4h", from: { n: 4, unit: "hours" }, to: undefined, min: 4 * HOUR, max: undefined },
];

/** A preset's label in the user's language and number format ("<1 h", "1–4 h", "≥4 h"). */
export function durationPresetLabel(value: string, opts: FormatOptions): string {
  const preset = DURATION_PRESETS.find((p) => p.value === value);
  return preset ? durationBinLabel(preset, opts) : "";
}

export interface DurationBounds {
  /** "" (any), a preset's value or "custom". */
  choice: string;
  /** Inclusive lower bound, seconds. */
  min?: number;
  /** Inclusive upper bound, seconds. */
  max?: number;
  /** False when the upper bound is below the lower one (no job could match: not applied). */
  valid: boolean;
}

/** A whole number of seconds within the API's bounds, or undefined (empty, not a number). */
function bound(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) return undefined;
  return Math.min(Math.max(Math.round(n), 0), maxDurationSeconds());
}

/** The duration filter's value → its bounds in seconds. */
export function durationBounds(value: string): DurationBounds {
  if (!value) return { choice: "", valid: true };
  const preset = DURATION_PRESETS.find((p) => p.value === value);
  if (preset) {
    const out: DurationBounds = { choice: preset.value, valid: true };
    if (preset.min > 0) out.min = preset.min;
    if (preset.max !== undefined) out.max = preset.max;
    return out;
  }
  const custom = /^custom:([^:]*):([^:]*)$/.exec(value);
  if (!custom) return { choice: "", valid: true };
  const out: DurationBounds = { choice: "custom", valid: true };
  const min = bound(custom[1]);
  const max = bound(custom[2]);
  if (min !== undefined && min > 0) out.min = min;
  if (max !== undefined) out.max = max;
  if (out.min !== undefined && out.max !== undefined && out.max < out.min) out.valid = false;
  return out;
}

/** A custom duration filter's value from its bounds in seconds (undefined: no bound). */
export function customDuration(min: number | undefined, max: number | undefined): string {
  const text = (n: number | undefined): string => (n === undefined ? "" : String(bound(String(n)) ?? ""));
  return `custom:${text(min)}:${text(max)}`;
}

/** Hours and minutes typed by a person → seconds within the API's bounds; undefined when both are empty. */
export function hoursMinutes(hours: string, minutes: string): number | undefined {
  const h = hours.trim() === "" ? undefined : Number(hours.replace(",", "."));
  const m = minutes.trim() === "" ? undefined : Number(minutes.replace(",", "."));
  if (h === undefined && m === undefined) return undefined;
  const total = (h !== undefined && Number.isFinite(h) ? h : 0) * HOUR + (m !== undefined && Number.isFinite(m) ? m : 0) * 60;
  return Math.min(Math.max(Math.round(total), 0), maxDurationSeconds());
}

/** Seconds → the whole hours and the minutes left, as the inputs show them ("" for no bound). */
export function splitHoursMinutes(seconds: number | undefined): { hours: string; minutes: string } {
  if (seconds === undefined) return { hours: "", minutes: "" };
  const total = Math.round(seconds / 60);
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
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

