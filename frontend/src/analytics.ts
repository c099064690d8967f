/** Pure helpers of the analytics view: periods, buckets, histogram bins, heatmap matrices. */

import { formatNumber, formatUnit, zonedDate, zonedToUtcIso, type FormatOptions } from "./format";
import { localize, type MessageKey } from "./localize";
import type { AnalyticsScope, BreakdownRow, Bucket, TimeseriesPoint } from "./types";

export const PERIODS = [
  { id: "7d", days: 7 },
  { id: "30d", days: 30 },
  { id: "90d", days: 90 },
  { id: "365d", days: 365 },
  { id: "all", days: 0 },
] as const;
export type PeriodId = (typeof PERIODS)[number]["id"];

/** A period's name in the user's language ("Last 30 days"). */
export function periodLabel(id: PeriodId): string {
  return localize(`period.${id}` as MessageKey);
}

export function isPeriodId(value: string): value is PeriodId {
  return PERIODS.some((p) => p.id === value);
}

/**
 * The analytics scope of a period ending now: `since` is midnight (in `timeZone`) of the first day, so
 * "last 7 days" is today and the 6 days before it.
 */
export function periodScope(
  period: PeriodId,
  printerIds: string[],
  now: Date,
  timeZone: string | undefined,
): AnalyticsScope {
  const scope: AnalyticsScope = {};
  if (printerIds.length) scope.printer_ids = [...printerIds];
  const def = PERIODS.find((p) => p.id === period);
  if (def && def.days > 0) {
    const first = new Date(now.getTime() - (def.days - 1) * 86_400_000);
    const since = zonedToUtcIso(zonedDate(first, timeZone), "00:00", timeZone);
    if (since) scope.since = since;
  }
  return scope;
}

/** The bucket that gives a readable number of bars for a period. */
export function defaultBucket(period: PeriodId): Bucket {
  switch (period) {
    case "7d":
    case "30d":
      return "day";
    case "90d":
      return "week";
    default:
      return "month";
  }
}

/** "2026-11-01" / "2026-W45" / "2026-11" / full ISO → seconds since the epoch (UTC), or NaN. */
export function bucketTime(bucket: string): number {
  const week = /^(\d{4})-W(\d{2})$/.exec(bucket);
  if (week) {
    // ISO week: the Monday of week 1 is the Monday on or before January 4th.
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return (monday1 + (Number(week[2]) - 1) * 7 * 86_400_000) / 1000;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(bucket);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]) - 1, 1) / 1000;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(bucket);
  if (day) return Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) / 1000;
  const parsed = Date.parse(bucket);
  return Number.isNaN(parsed) ? Number.NaN : parsed / 1000;
}

/** Timeseries points → uPlot's aligned data ([x seconds], [y]), sorted, unparseable buckets dropped. */
export function seriesData(points: TimeseriesPoint[]): [number[], number[]] {
  const rows = points
    .map((p) => [bucketTime(p.bucket), Number(p.value) || 0] as [number, number])
    .filter(([x]) => Number.isFinite(x))
    .sort((a, b) => a[0] - b[0]);
  return [rows.map((r) => r[0]), rows.map((r) => r[1])];
}

/**
 * A bucket's start (seconds, UTC wall-clock date) as a short axis label: "Nov 3" or "Nov 2026";
 * `withYear` for days and weeks of an axis that spans years ("Nov 3, 25": no two labels alike).
 */
export function bucketLabel(seconds: number, bucket: Bucket, locale: string | undefined, withYear = false): string {
  const date = new Date(seconds * 1000);
  return new Intl.DateTimeFormat(
    locale,
    bucket === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : bucket === "month"
        ? { month: "short", year: "numeric", timeZone: "UTC" }
        : withYear
          ? { month: "short", day: "numeric", year: "2-digit", timeZone: "UTC" }
          : { month: "short", day: "numeric", timeZone: "UTC" },
  ).format(date);
}

/** Whether a time axis' buckets (seconds) fall in more than one year (its labels then say the year). */
export function spansYears(xs: number[]): boolean {
  if (xs.length < 2) return false;
  const year = (x: number): number => new Date(x * 1000).getUTCFullYear();
  return year(xs[0]!) !== year(xs[xs.length - 1]!);
}

/** At most `max` evenly spaced entries of `xs` (always the first), for readable axis labels. */
export function thinTicks(xs: number[], max: number): number[] {
  if (xs.length <= max) return [...xs];
  const step = Math.ceil(xs.length / Math.max(max, 1));
  return xs.filter((_x, i) => i % step === 0);
}

/** The width of one bucket in seconds (for bar widths on a time axis). */
export function bucketSeconds(bucket: Bucket): number {
  return bucket === "day" ? 86_400 : bucket === "week" ? 7 * 86_400 : bucket === "month" ? 30 * 86_400 : 365 * 86_400;
}

/** A bin's bound as the user reads it: a whole number of minutes or hours. */
export interface BinBound {
  n: number;
  unit: "minutes" | "hours";
}

export interface DurationBin {
  /** The lower bound shown (undefined: the first bin, "<to"). */
  from: BinBound | undefined;
  /** The upper bound shown (undefined: the last bin, "≥from"). */
  to: BinBound | undefined;
  /** Inclusive lower bound, seconds. */
  min: number;
  /** Inclusive upper bound, seconds (undefined: no bound). */
  max: number | undefined;
}

const HOUR = 3600;
const minutes = (n: number): BinBound => ({ n, unit: "minutes" });
const hours = (n: number): BinBound => ({ n, unit: "hours" });
const seconds = (b: BinBound): number => b.n * (b.unit === "hours" ? HOUR : 60);

/**
 * Print-duration bins of the histogram. Each `min` is the key of the server's `duration` breakdown row
 * for the bin (store/rollups.py DURATION_BINS: from `min` up to the next bin's, exclusive). `max` is the
 * bin as the job list's inclusive duration filter takes it: just below the next bin's lower bound.
 */
export const DURATION_BINS: DurationBin[] = [
  [undefined, minutes(15)],
  [minutes(15), minutes(30)],
  [minutes(30), hours(1)],
  [hours(1), hours(2)],
  [hours(2), hours(4)],
  [hours(4), hours(8)],
  [hours(8), hours(16)],
  [hours(16), undefined],
].map(([from, to]) => ({
  from,
  to,
  min: from ? seconds(from) : 0,
  max: to ? seconds(to) - 1e-3 : undefined,
}));

/**
 * A bin's label in the user's language and number format: "<15 min", "15–30 min", "30 min–1 h",
 * "1–2 h", "≥16 h" (German "1–2 h", Dutch "1–2 u"); the unit once when both bounds share it.
 */
export function durationBinLabel(bin: DurationBin, opts: FormatOptions): string {
  const bound = (b: BinBound): string => formatUnit(b.n, b.unit, opts);
  const { from, to } = bin;
  if (!from) return to ? localize("unit.under", { limit: bound(to) }) : "";
  if (!to) return localize("unit.at_least", { limit: bound(from) });
  const start = from.unit === to.unit ? formatNumber(from.n, opts) : bound(from);
  return localize("unit.range", { from: start, to: bound(to) });
}

/**
 * The jobs per DURATION_BINS bin from the server's `duration` breakdown, whose keys are each bin's lower
 * bound in seconds (its "Unknown" row, the jobs without a duration, is left out).
 */
export function histogramFromBreakdown(rows: BreakdownRow[]): number[] {
  return DURATION_BINS.map((bin) => rows.find((row) => row.key === bin.min)?.jobs ?? 0);
}

/** The short weekday names (Monday first) in `locale`. */
export function weekdayNames(locale: string | undefined): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_v, d) => format.format(new Date(Date.UTC(2024, 0, 1 + d))));
}

/** The weekday indexes (0 = Monday) in display order, from `first` (0 = Monday … 6 = Sunday). */
export function weekdayOrder(first: number): number[] {
  return Array.from({ length: 7 }, (_v, i) => (first + i) % 7);
}

/**
 * The 7 × 24 matrix (weekday 0 = Monday, hour) of job counts from the server's `weekday_hour` breakdown,
 * whose keys are hours of the week (weekday × 24 + hour, local to Home Assistant's time zone).
 */
export function heatmapFromBreakdown(rows: BreakdownRow[]): number[][] {
  const matrix = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const row of rows) {
    const key = row.key;
    if (typeof key !== "number" || !Number.isInteger(key) || key < 0 || key >= 7 * 24) continue;
    matrix[Math.floor(key / 24)]![key % 24] = row.jobs;
  }
  return matrix;
}

export function matrixMax(matrix: number[][]): number {
  let max = 0;
  for (const row of matrix) for (const v of row) if (v > max) max = v;
  return max;
}

/** Sort breakdown rows by a measure, largest first, keeping at most `limit` (the rest summed as "Other"). */
export function topRows(
  rows: BreakdownRow[],
  measure: "jobs" | "hours" | "filament_g",
  limit: number,
): BreakdownRow[] {
  const sorted = [...rows].sort((a, b) => (b[measure] ?? 0) - (a[measure] ?? 0));
  if (sorted.length <= limit) return sorted;
  const head = sorted.slice(0, limit - 1);
  const tail = sorted.slice(limit - 1);
  const other: BreakdownRow = {
    key: "__other__",
    label: localize("common.other_n", { n: tail.length }),
    jobs: tail.reduce((s, r) => s + r.jobs, 0),
    hours: tail.reduce((s, r) => s + r.hours, 0),
    filament_g: tail.reduce((s, r) => s + r.filament_g, 0),
    success_rate: null,
  };
  return [...head, other];
}
