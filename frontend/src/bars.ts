/** Breakdown rows as bars (label, value, text). */

import { colourName, hexKey } from "./colours";
import { cssColour, formatNumber, formatPercent, formatUnit, formatWeight, type FormatOptions } from "./format";
import { localize } from "./localize";
import type { BreakdownRow, SpoolBreakdownRow } from "./types";

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
  /** A muted detail after the label (a colour's hex value). */
  hint?: string;
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


/**
 * Filament by colour as bars named in words: the filament's name (its vendor's and its own, from the
 * spools of that colour) when known, else the nearest named colour ("Dark grey"); the hex as a hint.
 */
export function colourBarItems(rows: BreakdownRow[], opts: FormatOptions, spools: SpoolBreakdownRow[]): BarItem[] {
  const names = new Map<string, string>();
  for (const spool of spools) {
    const hex = hexKey(spool.color_hex);
    // The spool breakdown's label is "#3 Polymaker Galaxy Silk": the filament's part.
    const name = spool.label?.replace(/^#\d+\s*/, "").trim();
    if (hex && name && !names.has(hex)) names.set(hex, name);
  }
  return barItems(rows, "filament_g", opts, true).map((item) => {
    const hex = hexKey(item.colour ?? item.key);
    if (!hex) return item;
    return { ...item, label: names.get(hex) ?? colourName(`#${hex}`), hint: `#${hex}` };
  });
}
