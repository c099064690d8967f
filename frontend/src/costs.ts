/** The cost analysis's pure pieces: stacked month bars, a per-gram price, month names. */

import { formatCost, type FormatOptions } from "./format";
import type { CostRow } from "./types";

/** The parts a month's bar is stacked from, bottom to top. */
export const COST_PARTS = ["filament_cost", "electricity_cost", "machine_cost", "unsplit"] as const;
export type CostPart = (typeof COST_PARTS)[number];

export interface CostSegment {
  part: CostPart;
  value: number;
  /** Width in % of the widest bar (0–100). */
  pct: number;
}

export interface CostStack {
  key: string;
  label: string;
  total: number;
  segments: CostSegment[];
}

/**
 * Rows → stacked bars: filament, electricity, machine and what is not split into them (a total typed by
 * hand is not split: its parts need not add up to it). Widths are relative to the largest total, so the
 * widest bar fills the row; zero parts are left out.
 */
export function costStacks(rows: CostRow[]): CostStack[] {
  const stacks = rows.map((row) => {
    const parts = Math.max(0, row.filament_cost) + Math.max(0, row.electricity_cost) + Math.max(0, row.machine_cost);
    const values: Record<CostPart, number> = {
      filament_cost: Math.max(0, row.filament_cost),
      electricity_cost: Math.max(0, row.electricity_cost),
      machine_cost: Math.max(0, row.machine_cost),
      unsplit: Math.max(0, row.cost - parts),
    };
    return { row, values, total: Math.max(row.cost, parts) };
  });
  const widest = Math.max(0, ...stacks.map((s) => s.total));
  return stacks.map(({ row, values, total }) => ({
    key: row.key ?? "",
    label: row.label,
    total,
    segments: COST_PARTS.filter((part) => values[part] > 0).map((part) => ({
      part,
      value: values[part],
      pct: widest > 0 ? (values[part] / widest) * 100 : 0,
    })),
  }));
}

/**
 * A small price (per gram: a gram of PLA costs about 0.02) in the currency with up to 4 decimals, so
 * that it is not rounded to 0.02 or 0.00; without a currency (or an unknown one) as formatCost gives it.
 */
export function formatUnitCost(value: number | null | undefined, opts: FormatOptions): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (opts.currency) {
    try {
      return new Intl.NumberFormat(opts.numberLocale, {
        style: "currency",
        currency: opts.currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: 4,
      }).format(value);
    } catch {
      // An unknown currency code: as formatCost.
    }
  }
  return formatCost(value, opts);
}

/** A month's key (its first day, YYYY-MM-DD, local) as "Mar 2026" in the user's language. */
export function monthLabel(key: string | null, opts: FormatOptions): string {
  const match = /^(\d{4})-(\d{2})/.exec(key ?? "");
  if (!match) return key ?? "";
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(opts.dateLocale, { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}
