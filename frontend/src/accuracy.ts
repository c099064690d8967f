/**
 * The estimate-vs-actual report in words: how far the slicer's estimates of print time and filament are
 * from what completed jobs took (`print_logger/analytics/accuracy`), as a person says it ("the slicer
 * under-estimates print time by 8 %").
 */

import { formatNumber, formatPercent, formatUnit, type FormatOptions } from "./format";
import { localize } from "./localize";
import type { AccuracyPart } from "./types";

export type AccuracyKind = "time" | "filament";

/** Closer to the estimate than this (percent) reads as "right on average". */
export const EXACT_PCT = 0.5;

/**
 * How much more (positive) or less (negative) the jobs took than the slicer said, in percent of the
 * estimate: (ratio − 1) × 100; null without a ratio.
 */
export function deviationPct(ratio: number | null | undefined): number | null {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio) || ratio <= 0) return null;
  return (ratio - 1) * 100;
}

/** "under" (the jobs took more than estimated), "over" (less), "exact" or "none" (no jobs to compare). */
export function verdict(part: AccuracyPart | undefined): "under" | "over" | "exact" | "none" {
  const pct = part && part.jobs > 0 ? deviationPct(part.ratio) : null;
  if (pct === null) return "none";
  if (Math.abs(pct) < EXACT_PCT) return "exact";
  return pct > 0 ? "under" : "over";
}

/** A percentage a person reads at a glance: one decimal under 10 %, whole numbers from there ("8.3 %", "12 %"). */
export function formatPct(value: number, opts: FormatOptions): string {
  const abs = Math.abs(value);
  return formatPercent(abs >= 10 ? Math.round(abs) : Math.round(abs * 10) / 10, opts);
}

/** The headline: "The slicer under-estimates print time by 8 %: prints take longer than it says." */
export function accuracySentence(kind: AccuracyKind, part: AccuracyPart | undefined, opts: FormatOptions): string {
  const v = verdict(part);
  if (v === "none") return localize(kind === "time" ? "accuracy.time_none" : "accuracy.filament_none");
  if (v === "exact") return localize(kind === "time" ? "accuracy.time_exact" : "accuracy.filament_exact");
  const pct = formatPct(deviationPct(part!.ratio)!, opts);
  if (kind === "time") return localize(v === "under" ? "accuracy.time_under" : "accuracy.time_over", { pct });
  return localize(v === "under" ? "accuracy.filament_under" : "accuracy.filament_over", { pct });
}

/** A table cell's short text: "8 % longer", "3 % shorter", "8 % more", "as estimated", "—". */
export function deviationText(kind: AccuracyKind, part: AccuracyPart | undefined, opts: FormatOptions): string {
  const v = verdict(part);
  if (v === "none") return "—";
  if (v === "exact") return localize("accuracy.as_estimated");
  const pct = formatPct(deviationPct(part!.ratio)!, opts);
  if (kind === "time") return localize(v === "under" ? "accuracy.longer" : "accuracy.shorter", { pct });
  return localize(v === "under" ? "accuracy.more" : "accuracy.less", { pct });
}

/** How far a single job is off on average, either way: "a single job is off by 12 % on average". */
export function errorText(part: AccuracyPart | undefined, opts: FormatOptions): string {
  const error = part?.mean_abs_error_pct;
  if (!part || part.jobs === 0 || error === null || error === undefined || !Number.isFinite(error)) return "";
  return localize("accuracy.job_error", { pct: formatPct(error, opts) });
}

/** The totals compared: "Estimated 12.5 h, took 13.5 h (14 jobs)" / "Estimated 41.2 m, used 44.5 m (9 jobs)". */
export function totalsText(kind: AccuracyKind, part: AccuracyPart | undefined, opts: FormatOptions): string {
  if (!part || part.jobs === 0) return "";
  const n = formatNumber(part.jobs, opts);
  if (kind === "time") {
    return localize("accuracy.time_totals", {
      estimated: formatUnit(part.estimated_hours, "hours", opts, 1),
      actual: formatUnit(part.actual_hours, "hours", opts, 1),
      count: part.jobs,
      n,
    });
  }
  const metres = (mm: number | undefined): string => formatUnit(mm === undefined ? undefined : mm / 1000, "metres", opts, 1);
  return localize("accuracy.filament_totals", {
    estimated: metres(part.estimated_mm),
    actual: metres(part.actual_mm),
    count: part.jobs,
    n,
  });
}
