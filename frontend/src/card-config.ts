/** The card's configuration: defaults and validation. */

import { PERIODS, isPeriodId, type PeriodId } from "./analytics";
import { localizeIn, type MessageKey } from "./localize";

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
  /** Offer "print again" on the recent jobs (administrators only). */
  show_reprint?: boolean;
}

export const DEFAULT_CONFIG: Required<Omit<CardConfig, "type" | "printer_id" | "title">> = {
  show_current: true,
  show_recent: true,
  recent_count: 5,
  show_stats: true,
  stats_period: "30d",
  show_reprint: false,
};

/**
 * Validate a card configuration (Lovelace shows the error in place of the card), the errors in the
 * language `lang` (a language tag; the current language when its texts are not loaded).
 */
export function validateConfig(config: unknown, lang?: string): CardConfig {
  const fail = (key: MessageKey, params?: Record<string, string | number>): Error =>
    new Error(localizeIn(lang, key, params));
  if (!config || typeof config !== "object") throw fail("config.invalid");
  const c = config as Record<string, unknown>;
  const out: CardConfig = { type: String(c.type ?? "custom:print-logger-card") };
  if (c.title !== undefined && c.title !== null) {
    if (typeof c.title !== "string") throw fail("config.text", { option: "title" });
    out.title = c.title;
  }
  if (c.printer_id !== undefined && c.printer_id !== null && c.printer_id !== "") {
    if (typeof c.printer_id !== "string") throw fail("config.text", { option: "printer_id" });
    out.printer_id = c.printer_id;
  }
  for (const key of ["show_current", "show_recent", "show_stats", "show_reprint"] as const) {
    if (c[key] !== undefined) {
      if (typeof c[key] !== "boolean") throw fail("config.boolean", { option: key });
      out[key] = c[key];
    }
  }
  if (c.recent_count !== undefined) {
    const n = Number(c.recent_count);
    if (!Number.isInteger(n) || n < 1 || n > 20) throw fail("config.whole_number", { option: "recent_count", min: 1, max: 20 });
    out.recent_count = n;
  }
  if (c.stats_period !== undefined) {
    if (typeof c.stats_period !== "string" || !isPeriodId(c.stats_period)) {
      throw fail("config.one_of", { option: "stats_period", values: PERIODS.map((p) => p.id).join(", ") });
    }
    out.stats_period = c.stats_period;
  }
  return out;
}

