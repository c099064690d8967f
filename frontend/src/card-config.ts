/** The card's configuration: defaults and validation. */

import { PERIODS, isPeriodId, type PeriodId } from "./analytics";

export interface CardConfig {
  type: string;
  title?: string;
  /** Only this printer (all printers when empty). */
  printer_id?: string;
  show_current?: boolean;
  show_recent?: boolean;
  recent_count?: number;
  show_stats?: boolean;
  stats_period?: PeriodId;
}

export const DEFAULT_CONFIG: Required<Omit<CardConfig, "type" | "printer_id" | "title">> = {
  show_current: true,
  show_recent: true,
  recent_count: 5,
  show_stats: true,
  stats_period: "30d",
};

/** Validate a card configuration (Lovelace shows the error in place of the card). */
export function validateConfig(config: unknown): CardConfig {
  if (!config || typeof config !== "object") throw new Error("Invalid configuration");
  const c = config as Record<string, unknown>;
  const out: CardConfig = { type: String(c.type ?? "custom:print-logger-card") };
  if (c.title !== undefined && c.title !== null) {
    if (typeof c.title !== "string") throw new Error("title must be text");
    out.title = c.title;
  }
  if (c.printer_id !== undefined && c.printer_id !== null && c.printer_id !== "") {
    if (typeof c.printer_id !== "string") throw new Error("printer_id must be text");
    out.printer_id = c.printer_id;
  }
  for (const key of ["show_current", "show_recent", "show_stats"] as const) {
    if (c[key] !== undefined) {
      if (typeof c[key] !== "boolean") throw new Error(`${key} must be true or false`);
      out[key] = c[key];
    }
  }
  if (c.recent_count !== undefined) {
    const n = Number(c.recent_count);
    if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error("recent_count must be a whole number from 1 to 20");
    out.recent_count = n;
  }
  if (c.stats_period !== undefined) {
    if (typeof c.stats_period !== "string" || !isPeriodId(c.stats_period)) {
      throw new Error(`stats_period must be one of ${PERIODS.map((p) => p.id).join(", ")}`);
    }
    out.stats_period = c.stats_period;
  }
  return out;
}

