/** The analytics view's breakdowns by slicer and by layer height, as bars. */

import type { BarItem } from "./bars";
import { formatNumber, formatPercent, type FormatOptions } from "./format";
import { localize } from "./localize";
import type { BreakdownRow } from "./types";

const layerFormats = new Map<string, Intl.NumberFormat>();

/**
 * A layer height in millimetres as slicers write it: two decimals, a third when it has one
 * ("0.20 mm", "0.12 mm", "0.125 mm"; "0,20 mm" in German).
 */
export function formatLayerHeight(mm: number, opts: FormatOptions): string {
  const key = opts.numberLocale ?? "";
  let format = layerFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(opts.numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 3 });
    layerFormats.set(key, format);
  }
  return localize("analytics.layer_height_value", { n: format.format(mm) });
}

/** Breakdown rows → bars of their jobs, each with its success rate ("83 % succeeded"). */
function jobBars(rows: BreakdownRow[], opts: FormatOptions, label: (row: BreakdownRow) => string): BarItem[] {
  return rows.map((row) => {
    const item: BarItem = {
      key: row.key === null || row.key === undefined ? "" : String(row.key),
      label: row.key === null || row.key === undefined ? localize("common.unknown") : label(row),
      value: row.jobs,
      display: localize("common.n_jobs", { count: row.jobs, n: formatNumber(row.jobs, opts) }),
    };
    if (row.success_rate !== null && row.success_rate !== undefined) {
      item.note = localize("analytics.succeeded", { pct: formatPercent(row.success_rate, opts) });
    }
    return item;
  });
}

/** The jobs per slicer (most first, as the server sorts them). */
export function slicerBars(rows: BreakdownRow[], opts: FormatOptions): BarItem[] {
  return jobBars(rows, opts, (row) => row.label || String(row.key));
}

/** The jobs per layer height (by height, as the server sorts them), each height in the user's number format. */
export function layerHeightBars(rows: BreakdownRow[], opts: FormatOptions): BarItem[] {
  return jobBars(rows, opts, (row) =>
    typeof row.key === "number" && Number.isFinite(row.key) ? formatLayerHeight(row.key, opts) : row.label || String(row.key),
  );
}
