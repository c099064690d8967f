/** The formatters of values with units and words (issue #20 points 5 and 6): settings, weights, colours, names. */
import { nothing } from "lit";
import { afterEach, describe, expect, it } from "vitest";

import { bucketLabel, spansYears } from "../src/analytics";
import { colourBarItems } from "../src/bars";
import { colourName, hexKey, nearestColour, parseHex } from "../src/colours";
import { distinctLabels, niceSteps } from "../src/components/pl-chart";
import {
  fileName,
  formatFilament,
  formatGrams,
  formatLength,
  formatWeight,
  nameSegments,
  significantDigits,
  type FormatOptions,
} from "../src/format";
import { kpis } from "../src/kpis";
import { setLanguage } from "../src/localize";
import { eventDataRows, settingKind, settingLabel, settingText, settingValue, splitList } from "../src/settings-format";
import type { BreakdownRow, Summary } from "../src/types";

const EN: FormatOptions = {
  numberLocale: "en-US",
  dateLocale: "en-US",
  timeZone: "UTC",
  hour12: false,
  currency: "EUR",
  language: "en",
  firstWeekday: 0,
};
const DE: FormatOptions = { ...EN, numberLocale: "de-DE", dateLocale: "de-DE", language: "de" };

afterEach(async () => {
  await setLanguage("en");
});

/** A template's markup with its values filled in (lit's TemplateResult: strings and values). */
function markup(value: unknown): string {
  if (value === null || value === undefined || value === nothing) return "";
  if (Array.isArray(value)) return value.map(markup).join("");
  if (typeof value === "object" && "strings" in value && "values" in value) {
    const t = value as { strings: readonly string[]; values: unknown[] };
    return t.strings.map((s, i) => s + (i < t.values.length ? markup(t.values[i]) : "")).join("");
  }
  return String(value);
}

/** The text a template shows (no markup). */
function text(value: unknown): string {
  return markup(value)
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The texts of the `<li>` items of a template. */
function items(value: unknown): string[] {
  return [...markup(value).matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]));
}

describe("weights and lengths", () => {
  it("keeps two significant digits of small amounts", () => {
    expect(significantDigits(0.0006, 0)).toBe(5);
    expect(significantDigits(0.6, 0)).toBe(2);
    expect(significantDigits(1.23, 0)).toBe(1);
    expect(significantDigits(12.3, 0)).toBe(0);
    expect(significantDigits(12.3, 1)).toBe(1);
  });

  it("never shows 0 g for a few milligrams nor 0.00 kg for a gram", () => {
    expect(formatWeight(0.0006, EN, 0)).toBe("0.6 mg");
    expect(formatWeight(0.6, EN, 0)).toBe("600 mg");
    expect(formatWeight(1, EN, 0)).toBe("1 g");
    expect(formatWeight(1.25, EN, 0)).toBe("1.3 g");
    expect(formatWeight(12.8, EN)).toBe("12.8 g");
    expect(formatWeight(2500, EN)).toBe("2.5 kg");
    expect(formatWeight(0, EN, 0)).toBe("0 g");
    expect(formatFilament(0.0006, null, EN)).toBe("0.6 mg");
  });

  it("shows a job's filament in grams only (one unit down the column)", () => {
    expect(formatGrams(0.0006, EN)).toBe("0.0006 g");
    expect(formatGrams(0.6, EN)).toBe("0.6 g");
    expect(formatGrams(12.34, EN)).toBe("12 g");
    expect(formatGrams(1234.5, EN)).toBe("1,235 g");
    expect(formatGrams(1234.5, DE)).toBe("1.235 g");
    expect(formatGrams(null, EN)).toBe("—");
  });

  it("shows lengths in metres, short ones with more decimals", () => {
    expect(formatLength(12345, EN)).toBe("12.35 m");
    expect(formatLength(5, EN)).toBe("0.005 m");
    expect(formatLength(null, EN)).toBe("—");
  });
});

describe("slicer settings", () => {
  it("knows the unit of a key by its name", () => {
    expect(settingKind("layer_height")).toBe("mm");
    expect(settingKind("nozzle_diameter")).toBe("mm");
    expect(settingKind("brim_width")).toBe("mm");
    expect(settingKind("nozzle_temp_first_layer")).toBe("celsius");
    expect(settingKind("first_layer_extr_temp")).toBe("celsius");
    expect(settingKind("chamber_temperature")).toBe("celsius");
    expect(settingKind("outer_wall_speed")).toBe("mm_s");
    expect(settingKind("fan_max_speed")).toBe("percent");
    expect(settingKind("max_volumetric_speed")).toBe("mm3_s");
    expect(settingKind("default_acceleration")).toBe("mm_s2");
    expect(settingKind("infill_density")).toBe("percent");
    expect(settingKind("estimated_time")).toBe("duration");
    expect(settingKind("filament_used_g")).toBe("grams");
    expect(settingKind("filament_used_mm")).toBe("length_mm");
    expect(settingKind("filament_density")).toBe("g_cm3");
    expect(settingKind("filament_cost_per_kg")).toBe("cost_per_kg");
    expect(settingKind("top_layers")).toBe("count");
    expect(settingKind("skirt_loops")).toBe("count");
    expect(settingKind("filament_colour")).toBe("colour");
    expect(settingKind("infill_pattern")).toBe("text");
    expect(settingKind("slicer")).toBe("text");
  });

  it("formats each value with its unit", () => {
    expect(settingText("layer_height", 0.2, EN)).toBe("0.2 mm");
    expect(settingText("first_layer_height", 0.08, EN)).toBe("0.08 mm");
    expect(settingText("nozzle_diameter", 0.4, DE)).toBe("0,4 mm");
    expect(settingText("nozzle_temp", 215, EN)).toBe("215 °C");
    expect(settingText("bed_temp", "60", EN)).toBe("60 °C");
    expect(settingText("outer_wall_speed", 200, EN)).toBe("200 mm/s");
    expect(settingText("infill_density", 15, EN)).toBe("15 %");
    expect(settingText("estimated_time", 5400, EN)).toBe("1 h 30 min");
    expect(settingText("estimated_time", 600, EN)).toBe("10 min");
    expect(settingText("filament_used_g", 12.34, EN)).toBe("12 g");
    expect(settingText("filament_used_mm", 4321, EN)).toBe("4.32 m");
    expect(settingText("filament_used_cm3", 10.5, EN)).toBe("10.5 cm³");
    expect(settingText("filament_density", 1.24, EN)).toBe("1.24 g/cm³");
    expect(settingText("filament_cost_per_kg", 20, EN)).toBe("€20.00/kg");
    expect(settingText("print_cost", 1.5, EN)).toBe("€1.50");
    expect(settingText("wall_count", 3, EN)).toBe("3");
    expect(settingText("size", 2_500_000, EN)).toBe("2.5 MB");
  });

  it("says yes and no, in the user's language", async () => {
    expect(settingText("supports_enabled", true, EN)).toBe("Yes");
    expect(settingText("supports_enabled", false, EN)).toBe("No");
    await setLanguage("de");
    expect(settingText("supports_enabled", true, DE)).toBe("Ja");
    expect(settingLabel("nozzle_temp")).toBe("Düsentemperatur");
  });

  it("labels known keys in words and unknown ones readably", () => {
    expect(settingLabel("nozzle_temp_first_layer")).toBe("Nozzle temperature, first layer");
    expect(settingLabel("outer_wall", "speed")).toBe("Outer wall");
    expect(settingLabel("some_new_key")).toBe("Some new key");
  });

  it("shows lists as lists and objects as nested rows, never JSON", () => {
    expect(splitList("filament_type", "PLA;PETG")).toEqual(["PLA", "PETG"]);
    expect(splitList("slicer", "a;b")).toEqual(["a;b"]);
    expect(items(settingValue("filament_type", "PLA;PETG", EN))).toEqual(["PLA", "PETG"]);
    const speeds = settingValue("speeds", { outer_wall: 200, travel: 500 }, EN);
    expect(text(speeds)).toBe("Outer wall 200 mm/s Travel 500 mm/s");
    const extruders = settingValue("extruders", { filament_type: ["PLA", "PETG"], filament_used_mm: [1000, 2500] }, EN);
    expect(markup(extruders).match(/<th scope="col">/g)).toHaveLength(2);
    expect(text(extruders)).toContain("Filament 1 Filament 2 Filament type PLA PETG Filament length (slicer) 1 m 2.5 m");
    const list = text(settingValue("thumbnails", [{ width: 32, height: 32, size: 2048 }], EN));
    expect(list).toBe("Width 32 px Height 32 px Size 2 kB");
    for (const out of [text(speeds), list, text(extruders)]) {
      expect(out).not.toMatch(/[{}"[\]]/);
    }
  });

  it("names colours with a swatch", () => {
    const colour = settingValue("filament_colour", "#FF0000;#1A1A1A", EN);
    expect(items(colour)).toEqual(["Red", "Black"]);
    expect(markup(colour).match(/class="swatch"/g)).toHaveLength(2);
  });

  it("turns event data into words", () => {
    const rows = eventDataRows({ status: "completed", message: "Move out of range", source: "live" }, EN);
    expect(rows.map(([k, v]) => `${k}: ${text(v)}`)).toEqual([
      "Result: Completed",
      "Message: Move out of range",
      "Source: Recorded live",
    ]);
  });
});

describe("colour names", () => {
  it("finds the nearest named colour", () => {
    expect(parseHex("#f00")).toEqual([255, 0, 0, 1]);
    expect(parseHex("zz")).toBeUndefined();
    expect(nearestColour("#FF0000")).toBe("red");
    expect(nearestColour("#1A1A1A")).toBe("black");
    expect(nearestColour("#222222")).toBe("black");
    expect(nearestColour("#555555")).toBe("dark_grey");
    expect(nearestColour("#FFFFFF")).toBe("white");
    expect(nearestColour("#1E90FF")).toBe("sky_blue");
    expect(nearestColour("#0000FF")).toBe("blue");
    expect(nearestColour("#00AA00")).toBe("green");
    expect(nearestColour("#FFA500")).toBe("orange");
    expect(nearestColour("#FFFF00")).toBe("yellow");
    expect(nearestColour("#800080")).toBe("purple");
    expect(nearestColour("#FF000000")).toBe("transparent");
    expect(hexKey("#1a1a1a")).toBe("1A1A1A");
  });

  it("says the name in the user's language", async () => {
    expect(colourName("#FF0000")).toBe("Red");
    await setLanguage("fr");
    expect(colourName("#FF0000")).toBe("Rouge");
    expect(colourName("#444444")).toBe("Gris foncé");
  });

  it("names the colour bars by the filament when a spool of that colour is known", () => {
    const row = (key: string, g: number): BreakdownRow => ({
      key,
      label: key,
      jobs: 1,
      hours: 1,
      filament_g: g,
      success_rate: null,
    });
    const items = colourBarItems([row("#1A1A1A", 20), row("#FF0000", 10)], EN, [
      { key: 1, label: "#1 eSUN PLA+ Black", color_hex: "1A1A1A", jobs: 1, length_mm: 1, filament_g: 1, cost: null },
    ]);
    expect(items.map((i) => [i.label, i.hint, i.note])).toEqual([
      ["eSUN PLA+ Black", "#1A1A1A", "1 job"],
      ["Red", "#FF0000", "1 job"],
    ]);
  });
});

describe("file names and charts", () => {
  it("wraps file names only after separators and between words", () => {
    expect(nameSegments("benchy_v2-final.gcode")).toEqual(["benchy_", "v2-", "final.", "gcode"]);
    expect(nameSegments("MyBigPart.gcode")).toEqual(["My", "Big", "Part.", "gcode"]);
    expect(nameSegments("plain")).toEqual(["plain"]);
    const name = fileName("a_very_long_name.gcode");
    expect(text(name).replace(/ /g, "")).toBe("a_very_long_name.gcode");
    expect(markup(name).match(/<wbr \/>/g)).toHaveLength(4);
  });

  it("gives the value axis only steps its formatter can tell apart", () => {
    expect(niceSteps(1)[0]).toBe(1);
    expect(niceSteps(1)).not.toContain(0.5);
    expect(niceSteps(0.1).slice(0, 3)).toEqual([0.1, 0.2, 0.5]);
    expect(distinctLabels(["0", "1", "1", "2"])).toEqual(["0", "1", "", "2"]);
  });

  it("says the year on a day or week axis that spans years", () => {
    const dec = Date.UTC(2025, 11, 29) / 1000;
    const jan = Date.UTC(2026, 0, 5) / 1000;
    expect(spansYears([dec, jan])).toBe(true);
    expect(spansYears([jan, jan + 86_400])).toBe(false);
    expect(bucketLabel(dec, "week", "en-US", true)).toBe("Dec 29, 25");
    expect(bucketLabel(dec, "week", "en-US")).toBe("Dec 29");
  });

  it("shows the time per job in hours and minutes", () => {
    const summary = {
      jobs: 4,
      completed: 3,
      failed: 1,
      cancelled: 0,
      in_progress: 0,
      success_rate: 75,
      print_hours: 1.7,
      avg_print_hours: 0.425,
      filament_g: 0.6,
      filament_mm: 200,
      cost: 1,
    } as unknown as Summary;
    const figures = Object.fromEntries(kpis(summary, EN).map((k) => [k.id, k]));
    expect(figures.print_hours?.sub).toBe("25 min per job");
    expect(figures.filament?.value).toBe("600 mg");
    expect(figures.filament?.sub).toBe("0.2 m");
  });
});
