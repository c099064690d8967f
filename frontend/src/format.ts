/** Formatting of numbers, durations and dates following the user's Home Assistant profile. */

import { html, type TemplateResult } from "lit";

import { localize, resolveLanguage, type Language, type MessageKey } from "./localize";
import type { HomeAssistant, JobStatus } from "./types";

export interface FormatOptions {
  /** BCP 47 locale for numbers (undefined: the browser's). */
  numberLocale: string | undefined;
  /** BCP 47 locale for dates. */
  dateLocale: string | undefined;
  /** IANA time zone for dates (undefined: the browser's). */
  timeZone: string | undefined;
  hour12: boolean | undefined;
  currency: string | undefined;
  /** The language of the texts (a catalogue's). */
  language: Language;
  /** The first day of the week, 0 = Monday … 6 = Sunday (the heatmap's first row). */
  firstWeekday: number;
}

const WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** The first day of the week of a locale (0 = Monday … 6 = Sunday); Monday when the browser cannot say. */
export function localeFirstWeekday(locale: string | undefined): number {
  try {
    const loc = new Intl.Locale(locale ?? "en") as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay - 1;
  } catch {
    // An invalid tag: Monday.
  }
  return 0;
}

/** Home Assistant's profile settings → Intl options (number_format, time_format, time_zone). */
export function formatOptions(hass: HomeAssistant | undefined): FormatOptions {
  const language = hass?.locale?.language || hass?.language || undefined;
  let numberLocale: string | undefined = language;
  switch (hass?.locale?.number_format) {
    case "comma_decimal":
      numberLocale = "en-US";
      break;
    case "decimal_comma":
      numberLocale = "de-DE";
      break;
    case "space_comma":
      numberLocale = "fr-FR";
      break;
    case "system":
      numberLocale = undefined;
      break;
    default:
      break;
  }
  const timeFormat = hass?.locale?.time_format;
  const hour12 = timeFormat === "12" ? true : timeFormat === "24" ? false : undefined;
  const timeZone =
    hass?.locale?.time_zone === "server" && hass.config?.time_zone ? hass.config.time_zone : undefined;
  const named = WEEKDAY_NAMES.indexOf(hass?.locale?.first_weekday ?? "");
  const firstWeekday = named >= 0 ? named : localeFirstWeekday(language);
  return {
    numberLocale,
    dateLocale: language,
    timeZone,
    hour12,
    currency: hass?.config?.currency,
    language: resolveLanguage(language),
    firstWeekday,
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.NumberFormat (building one is far slower than formatting with it). */
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify([locale ?? null, options]);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A cached Intl.DateTimeFormat. */
function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale ?? null, options]);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number | null | undefined, opts: FormatOptions, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return numberFormat(opts.numberLocale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
}

export function formatPercent(value: number | null | undefined, opts: FormatOptions): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${formatNumber(value, opts, 1)} %`;
}

export function formatCost(value: number | null | undefined, opts: FormatOptions): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (opts.currency) {
    try {
      return numberFormat(opts.numberLocale, {
        style: "currency",
        currency: opts.currency,
      }).format(value);
    } catch {
      // An unknown currency code: fall through to a plain number.
    }
  }
  return formatNumber(value, opts, 2);
}

/** The units of measure the panel shows, each a `{n} symbol` message of the user's language. */
export type Unit = "seconds" | "minutes" | "hours" | "milligrams" | "grams" | "kilograms" | "metres";

/** A formatted number with its unit in the user's language ("410,5 h", "3,5 u", "12 g"). */
export function withUnit(n: string, unit: Unit): string {
  return localize(`unit.${unit}`, { n });
}

/** A number (`digits` decimals at most) in the user's number format, with its unit. */
export function formatUnit(value: number | null | undefined, unit: Unit, opts: FormatOptions, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return withUnit(formatNumber(value, opts, digits), unit);
}

/** 3725 → "1 h 02 min"; 59 → "59 s"; 0 → "0 s". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return "—";
  const s = Math.round(seconds);
  if (s < 60) return withUnit(String(s), "seconds");
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return withUnit(String(minutes), "minutes");
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 24) return localize("duration.hours_minutes", { h: String(hours), min: String(rest).padStart(2, "0") });
  const days = Math.floor(hours / 24);
  return localize("duration.days_hours", { d: String(days), h: String(hours % 24) });
}

/**
 * The decimals that show `value` with at least two significant digits (at most `max`): 0.0006 → 4,
 * 0.6 → 2, 1.23 → 1, 12.3 → `min`. Never fewer than `min`.
 */
export function significantDigits(value: number, min: number, max = 6): number {
  const a = Math.abs(value);
  if (!Number.isFinite(a) || a === 0 || a >= 10) return min;
  return Math.max(min, Math.min(max, 1 - Math.floor(Math.log10(a))));
}

/**
 * A weight in the unit that reads best: kilograms (2 decimals) from 1000 g, grams (`gramDigits`
 * decimals, more for small amounts: "1.2 g", never "0 g" for a few milligrams), milligrams below 1 g.
 */
export function formatWeight(grams: number, opts: FormatOptions, gramDigits = 1): string {
  if (!Number.isFinite(grams)) return "—";
  if (grams >= 1000) return formatUnit(grams / 1000, "kilograms", opts, 2);
  if (grams > 0 && grams < 1) {
    const mg = grams * 1000;
    return formatUnit(mg, "milligrams", opts, significantDigits(mg, 0, 3));
  }
  return formatUnit(grams, "grams", opts, significantDigits(grams, gramDigits));
}

/**
 * A job's filament weight always in grams (one unit down a column, "1,234 g"), small amounts with
 * two significant digits ("0.0006 g", "0.6 g", "1.2 g", "12 g"); at least `minDigits` decimals.
 */
export function formatGrams(grams: number | null | undefined, opts: FormatOptions, minDigits = 0): string {
  if (grams === null || grams === undefined || !Number.isFinite(grams) || grams < 0) return "—";
  return formatUnit(grams, "grams", opts, significantDigits(grams, minDigits));
}

/** A filament length in metres ("12.34 m"; short lengths with more decimals: "0.05 m"). */
export function formatLength(mm: number | null | undefined, opts: FormatOptions): string {
  if (mm === null || mm === undefined || !Number.isFinite(mm) || mm < 0) return "—";
  return formatUnit(mm / 1000, "metres", opts, significantDigits(mm / 1000, 2, 4));
}

/** Filament: grams when known, else metres of filament. */
export function formatFilament(
  grams: number | null | undefined,
  mm: number | null | undefined,
  opts: FormatOptions,
): string {
  if (grams !== null && grams !== undefined && Number.isFinite(grams) && grams > 0) {
    return formatWeight(grams, opts);
  }
  if (mm !== null && mm !== undefined && Number.isFinite(mm) && mm > 0) {
    return formatLength(mm, opts);
  }
  return "—";
}

/** Date and time; the year only when it is not the current one (`now`), unless `full`. */
export function formatDateTime(
  iso: string | null | undefined,
  opts: FormatOptions,
  full = true,
  now: Date = new Date(),
): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  const year = dateTimeFormat("en", { year: "numeric", timeZone: opts.timeZone });
  const sameYear = year.format(date) === year.format(now);
  return dateTimeFormat(opts.dateLocale, {
    year: full || !sameYear ? "numeric" : undefined,
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: opts.hour12,
    timeZone: opts.timeZone,
  }).format(date);
}

const STATUS_KEYS: Record<JobStatus, MessageKey> = {
  in_progress: "status.in_progress",
  completed: "status.completed",
  cancelled: "status.cancelled",
  error: "status.error",
  klippy_shutdown: "status.klippy_shutdown",
  klippy_disconnect: "status.klippy_disconnect",
  interrupted: "status.interrupted",
  server_exit: "status.server_exit",
};

export function statusLabel(status: string): string {
  const key = STATUS_KEYS[status as JobStatus];
  return key ? localize(key) : status.replace(/_/g, " ");
}

/** The colour class of a status chip: ok, warn, error, active. */
export function statusKind(status: string): "ok" | "warn" | "error" | "active" {
  if (status === "completed") return "ok";
  if (status === "cancelled") return "warn";
  if (status === "in_progress") return "active";
  return "error";
}

/** A job's status as a coloured chip. */
export function statusChip(status: string): TemplateResult {
  return html`<span class=${`chip status-${statusKind(status)}`}>${statusLabel(status)}</span>`;
}

/** The offset (ms) of `timeZone` from UTC at `date`. */
function timeZoneOffset(date: Date, timeZone: string | undefined): number {
  if (!timeZone) return -date.getTimezoneOffset() * 60_000;
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * A wall-clock date and time in `timeZone` ("2026-11-01", optional "10:30") → the UTC instant as ISO 8601.
 * Returns undefined for an empty or invalid input.
 */
export function zonedToUtcIso(
  date: string,
  time: string | undefined,
  timeZone: string | undefined,
): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return undefined;
  const t = /^(\d{2}):(\d{2})$/.exec((time ?? "00:00").trim());
  if (!t) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  // Reject what Date.UTC would roll over (month 13, February 30th, 24:00).
  if (
    Number.isNaN(wall) ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    return undefined;
  }
  // Two passes: the offset at the guessed instant, then at the corrected one (DST edges).
  let utc = wall - timeZoneOffset(new Date(wall), timeZone);
  utc = wall - timeZoneOffset(new Date(utc), timeZone);
  return new Date(utc).toISOString();
}

/** The wall-clock date ("YYYY-MM-DD") of an instant in `timeZone`. */
export function zonedDate(instant: Date, timeZone: string | undefined): string {
  const shifted = new Date(instant.getTime() + timeZoneOffset(instant, timeZone));
  return shifted.toISOString().slice(0, 10);
}

/** A CSS colour for a filament colour value, or undefined when it is not a plain hex colour. */
export function cssColour(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  return /^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(v) || /^#?[0-9a-fA-F]{3}$/.test(v)
    ? v.startsWith("#")
      ? v
      : `#${v}`
    : undefined;
}

/** Parse a tag list typed as "a, b ,c" into ["a", "b", "c"] (trimmed, unique, no empties). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  // "," and ";" separate tags; the store refuses them inside a tag (they could not round-trip).
  for (const raw of text.split(/[,;]/)) {
    const tag = raw.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/**
 * Bidirectional control characters (embeddings, overrides, isolates, marks): in a file name they can
 * make `‮edoc.gcode` read as "edocg.code". They are kept in the stored name and shown as a visible
 * marker here.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A file name (or any user text) for display: every bidi control as a visible `[U+202E]` marker. */
export function safeText(text: string): string {
  return text.replace(
    BIDI_CONTROLS,
    (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`,
  );
}

/**
 * Where a file name may wrap: after "_", "-", "." and "+", and between a lower-case letter and an
 * upper-case one ("MyPart" → "My|Part"); never inside a word otherwise.
 */
const NAME_BREAKS = /(?<=[_\-.+])(?=.)|(?<=\p{Ll})(?=\p{Lu})/u;

/** A name's pieces between the points where it may wrap ("benchy_v2.gcode" → ["benchy_", "v2.", "gcode"]). */
export function nameSegments(name: string): string[] {
  return name.split(NAME_BREAKS);
}

/**
 * A file name to show: isolated from the surrounding text (`<bdi>`) with its bidi controls visible,
 * and a `<wbr>` at each point where it may wrap (the text stays the same).
 */
export function fileName(name: string): TemplateResult {
  const segments = nameSegments(safeText(name));
  return html`<bdi class="fname" dir="auto">${segments.map((s, i) => (i ? html`<wbr />${s}` : s))}</bdi>`;
}
