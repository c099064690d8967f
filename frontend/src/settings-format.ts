/**
 * Slicer settings and file metadata as a person reads them: each value with its unit (chosen by the
 * key's name: "…_temp" is °C, "…_speed" mm/s, "…_height" mm, …), durations as hours and minutes,
 * booleans as yes / no, lists as lists, nested objects as nested rows; never raw JSON.
 */

import { css, html, type TemplateResult } from "lit";

import { colourName } from "./colours";
import {
  cssColour,
  formatCost,
  formatDateTime,
  formatDuration,
  formatGrams,
  formatLength,
  formatNumber,
  significantDigits,
  statusLabel,
  type FormatOptions,
} from "./format";
import { localize, type MessageKey } from "./localize";

/** How a setting's value is shown. */
export type SettingKind =
  | "mm"
  | "length_mm"
  | "celsius"
  | "mm_s"
  | "mm3_s"
  | "mm_s2"
  | "percent"
  | "duration"
  | "grams"
  | "cm3"
  | "g_cm3"
  | "cost"
  | "cost_per_kg"
  | "pixels"
  | "bytes"
  | "epoch"
  | "count"
  | "colour"
  | "text";

/** Keys whose kind their name does not tell (the parser's facts and Moonraker's metadata). */
const EXACT: Record<string, SettingKind> = {
  estimated_time: "duration",
  filament_used_mm: "length_mm",
  filament_total: "length_mm",
  filament_used_g: "grams",
  filament_weight_total: "grams",
  filament_used_cm3: "cm3",
  filament_density: "g_cm3",
  filament_cost_per_kg: "cost_per_kg",
  print_cost: "cost",
  infill_density: "percent",
  thumbnail_width: "pixels",
  thumbnail_height: "pixels",
  thumbnail_size: "bytes",
  size: "bytes",
  modified: "epoch",
  print_start_time: "epoch",
  filament_colour: "colour",
  filament_color: "colour",
  color_hex: "colour",
  wall_count: "count",
  total_layers: "count",
  layer_count: "count",
  job_id: "text",
  uuid: "text",
  gcode_start_byte: "count",
  gcode_end_byte: "count",
};

/** Name patterns, tried in order (the first that matches decides). */
const PATTERNS: [RegExp, SettingKind][] = [
  [/(^|_)(colou?r)(_|$)/, "colour"],
  [/fan.*(speed|percent)|speed.*fan|(^|_)fan(_|$)/, "percent"],
  [/volumetric|flow_rate|mm3_per_s/, "mm3_s"],
  [/accel|jerk_mm_per_s2/, "mm_s2"],
  [/speed|mm_per_s$/, "mm_s"],
  [/(^|_)(temp|temperature|temps)(_|$)/, "celsius"],
  [/percent|(^|_)(infill_density|sparse_infill_density|fill_density|overlap|ratio)$/, "percent"],
  [/(^|_)(time|duration)(_|$)|_time_s$|_seconds$/, "duration"],
  [/(^|_)(weight|grams)(_|$)|_g$/, "grams"],
  [/cm3$/, "cm3"],
  [/(^|_)(cost|price)(_|$)/, "cost"],
  [/(^|_)(layers|loops|count|lines|walls|perimeters|shells)$|^(num|number)_/, "count"],
  [/(^|_)(height|width|diameter|thickness|distance|length|offset|hop|gap|size_mm|z)(_|$)|_mm$/, "mm"],
];

/** The kind of a setting by its key (lower-cased; unknown: text). */
export function settingKind(key: string): SettingKind {
  const k = key.toLowerCase();
  const exact = EXACT[k];
  if (exact) return exact;
  for (const [pattern, kind] of PATTERNS) if (pattern.test(k)) return kind;
  return "text";
}

/** A key's name in the user's language ("nozzle_temp" → "Nozzle temperature"), else readable. */
export function settingLabel(key: string, group: "setting" | "speed" = "setting"): string {
  const message = `${group}.${key}` as MessageKey;
  const text = localize(message);
  return text === message ? readableKey(key) : text;
}

/** "first_layer_height" → "First layer height"; "3mf.plate_numbers" → "3mf plate numbers". */
export function readableKey(key: string): string {
  const text = key.replace(/[_.]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TRUE = /^(true|yes|on)$/i;
const FALSE = /^(false|no|off)$/i;

/** A number from a number or a plain numeric string ("0.2", "215"), else undefined. */
function numeric(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Decimals that show a setting of the kind without noise ("0.2 mm", "0.08 mm", "215 °C"). */
function digits(kind: SettingKind, n: number): number {
  switch (kind) {
    case "mm":
      return significantDigits(n, Math.abs(n) < 10 ? 2 : 1, 3);
    case "percent":
    case "mm_s":
    case "mm3_s":
      return significantDigits(n, Number.isInteger(n) ? 0 : 1, 2);
    case "g_cm3":
      return 2;
    case "cm3":
      return significantDigits(n, 1, 3);
    default:
      return significantDigits(n, 0, 2);
  }
}

/** One value (not a list or an object) of a setting as text, with its unit. */
export function settingText(key: string, value: unknown, opts: FormatOptions): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return localize(value ? "value.yes" : "value.no");
  const kind = settingKind(key);
  if (typeof value === "string" && kind !== "text" && kind !== "colour") {
    if (TRUE.test(value.trim())) return localize("value.yes");
    if (FALSE.test(value.trim())) return localize("value.no");
  }
  if (kind === "colour" && typeof value === "string") {
    const css = cssColour(value);
    return css ? colourName(css) : value;
  }
  const n = numeric(value);
  if (n === undefined) return typeof value === "string" ? value : String(value);
  const fmt = (unit: MessageKey): string => localize(unit, { n: formatNumber(n, opts, digits(kind, n)) });
  switch (kind) {
    case "mm":
      return fmt("unit.millimetres");
    case "length_mm":
      return formatLength(n, opts);
    case "celsius":
      return fmt("unit.celsius");
    case "mm_s":
      return fmt("unit.mm_per_s");
    case "mm3_s":
      return fmt("unit.mm3_per_s");
    case "mm_s2":
      return fmt("unit.mm_per_s2");
    case "percent":
      return fmt("unit.percent");
    case "duration":
      return formatDuration(n);
    case "grams":
      return formatGrams(n, opts);
    case "cm3":
      return fmt("unit.cm3");
    case "g_cm3":
      return fmt("unit.g_per_cm3");
    case "cost":
      return formatCost(n, opts);
    case "cost_per_kg":
      return localize("unit.per_kg", { cost: formatCost(n, opts) });
    case "pixels":
      return fmt("unit.pixels");
    case "bytes":
      return n >= 1_000_000
        ? localize("unit.megabytes", { n: formatNumber(n / 1_000_000, opts, 1) })
        : localize("unit.kilobytes", { n: formatNumber(n / 1000, opts, n < 10_000 ? 1 : 0) });
    case "epoch":
      return n > 0 ? formatDateTime(new Date(n * 1000).toISOString(), opts) : "—";
    case "count":
      return formatNumber(n, opts);
    default:
      return formatNumber(n, opts, significantDigits(n, 0, 3));
  }
}

/** A `;`-joined value of a multi-filament job ("PLA;PETG") as its items; one item otherwise. */
export function splitList(key: string, value: string): string[] {
  if (!/^filament_|_profile$/.test(key) || !value.includes(";")) return [value];
  return value
    .split(";")
    .map((v) => v.trim())
    .filter(Boolean);
}

/** A colour value: a swatch and its name (the hex in the title). */
function colourItem(value: string): TemplateResult | string {
  const css = cssColour(value);
  if (!css) return value;
  return html`<span class="setting-colour" title=${css.toUpperCase()}
    ><span class="swatch" style=${`background:${css}`}></span>${colourName(css)}</span
  >`;
}

/** One value of a setting, rendered: lists as lists, objects as nested rows, never JSON. */
export function settingValue(key: string, value: unknown, opts: FormatOptions, depth = 0): TemplateResult | string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (!value.length) return localize("value.none");
    // Moonraker's thumbnails: their width and height are pixels, their size bytes.
    if (/thumbnail/.test(key)) key = "thumbnail";
    if (value.every((v) => v === null || typeof v !== "object")) {
      return html`<ul class="setting-list">
        ${value.map((v) => html`<li>${settingValue(key, v, opts, depth + 1)}</li>`)}
      </ul>`;
    }
    return html`<ol class="setting-list">
      ${value.map((v) => html`<li>${settingValue(key, v, opts, depth + 1)}</li>`)}
    </ol>`;
  }
  if (typeof value === "object") {
    if (key === "extruders") return extrudersTable(value as Record<string, unknown>, opts);
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== "");
    if (!entries.length) return localize("value.none");
    const group = key === "speeds" ? "speed" : "setting";
    // The key a nested value is formatted by: a speed's is "…_speed", a thumbnail's "thumbnail_…".
    const inner = (k: string): string => (group === "speed" ? `${k}_speed` : key === "thumbnail" ? `thumbnail_${k}` : k);
    return html`<dl class="setting-nested">
      ${entries.map(
        ([k, v]) => html`<dt>${settingLabel(k, group)}</dt>
          <dd>${settingValue(inner(k), v, opts, depth + 1)}</dd>`,
      )}
    </dl>`;
  }
  if (typeof value === "string") {
    const items = splitList(key, value);
    if (items.length > 1) {
      return html`<ul class="setting-list">
        ${items.map((v) => html`<li>${settingKind(key) === "colour" ? colourItem(v) : v}</li>`)}
      </ul>`;
    }
    if (settingKind(key) === "colour") return colourItem(value);
  }
  return settingText(key, value, opts);
}

/**
 * The per-filament lists of a multi-filament job (`{filament_type: ["PLA", "PETG"], …}`) as a table:
 * one column per filament, one row per fact.
 */
function extrudersTable(extruders: Record<string, unknown>, opts: FormatOptions): TemplateResult | string {
  const rows = Object.entries(extruders).filter(([, v]) => Array.isArray(v)) as [string, unknown[]][];
  if (!rows.length) return "—";
  const count = Math.max(...rows.map(([, v]) => v.length));
  const columns = Array.from({ length: count }, (_v, i) => i);
  return html`<div class="setting-scroll">
    <table class="setting-extruders">
      <thead>
        <tr>
          <td></td>
          ${columns.map((i) => html`<th scope="col">${localize("value.item_n", { n: i + 1 })}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([k, values]) => html`<tr>
            <th scope="row">${settingLabel(k)}</th>
            ${columns.map((i) => html`<td>${settingValue(k, values[i], opts, 1)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * A timeline event's data as labelled values in the user's language: `{status: "completed",
 * message: "…"}` → [["Result", "Completed"], ["Message", "…"]].
 */
export function eventDataRows(data: Record<string, unknown>, opts: FormatOptions): [string, TemplateResult | string][] {
  return Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]): [string, TemplateResult | string] => {
      if (k === "status" && typeof v === "string") return [localize("event_data.status"), statusLabel(v)];
      if (k === "message") return [localize("event_data.message"), String(v)];
      if (k === "source" && typeof v === "string") {
        const key = `source.${v}` as MessageKey;
        const text = localize(key);
        return [readableKey(k), text === key ? readableKey(v) : text];
      }
      return [settingLabel(k), settingValue(k, v, opts)];
    });
}

/** The styles of the nested values (lists, nested rows, the per-filament table, colours). */
export const settingStyles = css`
  ul.setting-list,
  ol.setting-list {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  dl.setting-nested {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
  }
  dl.setting-nested dt {
    color: var(--pl-muted);
  }
  dl.setting-nested dd {
    margin: 0;
  }
  .setting-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table.setting-extruders {
    table-layout: auto;
  }
  table.setting-extruders th,
  table.setting-extruders td {
    width: auto;
    padding-inline-end: 8px;
  }
  table.setting-extruders td {
    white-space: nowrap;
  }
  .setting-colour {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
`;
