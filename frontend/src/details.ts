/** Presenting a job's slicer details and metadata as rows of text. */

/** Slicer details worth showing first, in this order; the rest follow alphabetically. */
const DETAIL_ORDER = [
  "slicer",
  "slicer_version",
  "printer_model",
  "print_profile",
  "filament_profile",
  "printer_profile",
  "layer_height",
  "first_layer_height",
  "nozzle_diameter",
  "nozzle_temp",
  "nozzle_temp_first_layer",
  "bed_temp",
  "bed_temp_first_layer",
  "filament_type",
  "filament_name",
  "filament_vendor",
  "filament_colour",
  "filament_diameter",
  "filament_density",
  "filament_cost_per_kg",
  "infill_density",
  "infill_pattern",
  "wall_count",
  "top_layers",
  "bottom_layers",
  "supports_enabled",
  "support_type",
  "brim_width",
  "skirt_loops",
  "total_layers",
  "object_height",
  "estimated_time",
  "filament_used_g",
  "filament_used_mm",
  "filament_used_cm3",
  "print_cost",
];

/** A value of the details or metadata as text (objects as indented JSON). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

/** The key/value rows of the slicer details: known keys first, no raw block, no thumbnail bytes. */
export function detailRows(details: Record<string, unknown> | null): [string, unknown][] {
  if (!details) return [];
  const hidden = new Set(["raw", "thumbnail", "thumbnail_format", "thumbnail_width", "thumbnail_height"]);
  const rows = Object.entries(details).filter(([k, v]) => !hidden.has(k) && v !== null && v !== "");
  const rank = (k: string): number => {
    const i = DETAIL_ORDER.indexOf(k);
    return i < 0 ? DETAIL_ORDER.length : i;
  };
  return rows.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

export function humanKey(key: string): string {
  const text = key.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

