/** Breakdown rows as bars (label, value, text). */

import { cssColour, formatNumber, formatPercent, formatUnit, formatWeight, type FormatOptions } from "./format";
import { localize } from "./localize";
import type { BreakdownRow } from "./types";

export interface BarItem {
  key: string;
  label: string;
  value: number;
  /** Text shown for the value. */
  display: string;
  /** Extra text after the value (e.g. "12 jobs"). */
  note?: string;
  /** A CSS colour for the bar (filament colours); the theme's primary colour otherwise. */
  colour?: string;
}

/** Breakdown rows → bars of a measure. */
export function barItems(
  rows: BreakdownRow[],
  measure: "jobs" | "hours" | "filament_g" | "success_rate",
  opts: FormatOptions,
  colours = false,
): BarItem[] {
  return rows.map((r) => {
    const key = r.key === null || r.key === undefined ? "" : String(r.key);
    const label = r.label || key || localize("common.unknown");
    const value = Number(r[measure] ?? 0);
    let display: string;
    let note: string | undefined;
    if (measure === "success_rate") {
      display = formatPercent(r.success_rate, opts);
      note = localize("common.n_jobs", { count: r.jobs, n: formatNumber(r.jobs, opts) });
    } else if (measure === "filament_g") {
      display = formatWeight(value, opts, 0);
      note = localize("common.n_jobs", { count: r.jobs, n: formatNumber(r.jobs, opts) });
    } else if (measure === "hours") {
      display = formatUnit(value, "hours", opts, 1);
    } else {
      display = formatNumber(value, opts);
    }
    const item: BarItem = { key, label, value, display };
    if (note) item.note = note;
    if (colours) {
      const c = cssColour(key) ?? cssColour(r.label);
      if (c) item.colour = c;
    }
    return item;
  });
}

