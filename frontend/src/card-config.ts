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


// ------------------------------------------------------------------ the visual editor (ha-form)

/** The printer choice meaning "all printers" (not a printer id: those are letters, digits, _ and -). */
export const ALL_PRINTERS = "*";

/** The options the card knows; any other key of a configuration (e.g. a dashboard's `grid_options`) is kept as it is. */
const CARD_OPTIONS = new Set(["type", "title", "printer_id", ...Object.keys(DEFAULT_CONFIG)]);

/** One field of Home Assistant's `ha-form`: a selector, or a grid of fields. */
export interface FormField {
  name: string;
  type?: "grid";
  required?: boolean;
  selector?: Record<string, unknown>;
  schema?: FormField[];
}

/** The editor's fields for a configuration: the count, "print again" and the period only when they apply. */
export function editorSchema(
  config: CardConfig,
  printers: { id: string; name: string }[],
  allPrinters: string,
  periodName: (id: PeriodId) => string,
): FormField[] {
  const c = { ...DEFAULT_CONFIG, ...config };
  const choices = [{ value: ALL_PRINTERS, label: allPrinters }, ...printers.map((p) => ({ value: p.id, label: p.name }))];
  // A printer configured but not (or not yet) loaded: still shown as the choice it is.
  if (c.printer_id && !printers.some((p) => p.id === c.printer_id)) choices.push({ value: c.printer_id, label: c.printer_id });
  const boolean = (name: string): FormField => ({ name, selector: { boolean: {} } });
  return [
    { name: "title", selector: { text: {} } },
    { name: "printer_id", required: true, selector: { select: { mode: "dropdown", options: choices } } },
    boolean("show_current"),
    boolean("show_recent"),
    ...(c.show_recent
      ? [
          { name: "recent_count", required: true, selector: { number: { min: 1, max: 20, step: 1, mode: "box" } } },
          boolean("show_reprint"),
        ]
      : []),
    boolean("show_stats"),
    ...(c.show_stats
      ? [
          {
            name: "stats_period",
            required: true,
            selector: { select: { mode: "dropdown", options: PERIODS.map((p) => ({ value: p.id, label: periodName(p.id) })) } },
          },
        ]
      : []),
  ];
}

/** The form's data of a configuration: every option with its value or default ("all printers" as a choice). */
export function editorData(config: CardConfig): Record<string, unknown> {
  const c = { ...DEFAULT_CONFIG, ...config };
  return { ...c, title: config.title ?? "", printer_id: config.printer_id ?? ALL_PRINTERS };
}

/**
 * The configuration after a change in the form: `value` (the form's data) over `previous` (the card's
 * configuration as Lovelace gave it, other keys kept); an empty title and "all printers" left out, the
 * number of recent jobs kept within its bounds. Throws as `validateConfig` when the result is invalid.
 */
export function configFromForm(previous: Record<string, unknown>, value: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...previous, ...value };
  if (next.printer_id === ALL_PRINTERS || next.printer_id === "") delete next.printer_id;
  if (typeof next.title !== "string" || next.title === "") delete next.title;
  if (next.recent_count === undefined || next.recent_count === null || next.recent_count === "") {
    delete next.recent_count;
  } else {
    const n = Math.round(Number(next.recent_count));
    next.recent_count = Number.isFinite(n) ? Math.min(20, Math.max(1, n)) : DEFAULT_CONFIG.recent_count;
  }
  const valid = validateConfig(next) as unknown as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries(previous).filter(([k]) => !CARD_OPTIONS.has(k)));
  return { ...kept, ...valid };
}

// ------------------------------------------------------------------ the key figures' tiles

/**
 * The tiles per row for `n` tiles when `fit` fit side by side: as few rows as fit, their tiles spread
 * evenly (5 → 3 + 2, 7 → 3 + 2 + 2), never one tile alone beside an empty space (with room for only
 * two side by side, an odd number is one column).
 */
export function tileRows(n: number, fit: number): number[] {
  if (n <= 0) return [];
  const perRow = Math.max(1, Math.floor(fit));
  if (perRow >= n) return [n];
  const rows = Math.ceil(n / perRow);
  const base = Math.floor(n / rows);
  if (base < 2) return new Array<number>(n).fill(1);
  const extra = n % rows;
  return Array.from({ length: rows }, (_v, i) => base + (i < extra ? 1 : 0));
}

/** How many tiles of `minWidth` fit side by side in `width` with `gap` between them (at least one). */
export function tilesThatFit(width: number, minWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
}
