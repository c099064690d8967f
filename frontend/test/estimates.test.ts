/**
 * Unit tests of issue #20's "what the API computes, shown" and the card editor's pure logic: the accuracy
 * report in words, the slicer / layer-height bars, the duration filter, the editor's ha-form schema and
 * data, and the key figures' rows.
 */
import { afterEach, describe, expect, it } from "vitest";

import { accuracySentence, deviationPct, deviationText, errorText, formatPct, totalsText, verdict } from "../src/accuracy";
import {
  ALL_PRINTERS,
  configFromForm,
  editorData,
  editorSchema,
  tileRows,
  tilesThatFit,
  type FormField,
} from "../src/card-config";
import {
  EMPTY_FILTERS,
  activeFilterCount,
  customDuration,
  durationBounds,
  durationPresetLabel,
  filterParams,
  hoursMinutes,
  splitHoursMinutes,
  summaryScope,
} from "../src/filters";
import type { FormatOptions } from "../src/format";
import { resetLimits } from "../src/limits";
import { setLanguage } from "../src/localize";
import { formatLayerHeight, layerHeightBars, slicerBars } from "../src/slicing";
import type { AccuracyPart, BreakdownRow, Limits } from "../src/types";

const EN: FormatOptions = {
  numberLocale: "en-US",
  dateLocale: "en-US",
  timeZone: "Europe/Berlin",
  hour12: false,
  currency: "EUR",
  language: "en",
  firstWeekday: 0,
};
const DE: FormatOptions = { ...EN, numberLocale: "de-DE", dateLocale: "de-DE", language: "de" };

const part = (ratio: number | null, error: number | null = 10, jobs = 3): AccuracyPart => ({
  jobs,
  estimated_hours: 10,
  actual_hours: ratio === null ? 0 : 10 * ratio,
  ratio,
  mean_abs_error_pct: error,
});

afterEach(async () => {
  await setLanguage("en", "en-US");
  resetLimits();
});

describe("the accuracy report in words", () => {
  it("reads the ratio as how much more or less the jobs took than estimated", () => {
    expect(deviationPct(1.08)).toBeCloseTo(8);
    expect(deviationPct(0.9)).toBeCloseTo(-10);
    expect(deviationPct(null)).toBeNull();
    expect(deviationPct(0)).toBeNull();
    expect(verdict(part(1.08))).toBe("under");
    expect(verdict(part(0.97))).toBe("over");
    expect(verdict(part(1.004))).toBe("exact");
    expect(verdict(part(null, null, 0))).toBe("none");
    expect(verdict(part(1.2, 10, 0))).toBe("none");
  });

  it("says it as a sentence, the percentage in the user's number format", async () => {
    expect(accuracySentence("time", part(1.08), EN)).toBe(
      "The slicer under-estimates print time by 8 %: prints take longer than it says.",
    );
    expect(accuracySentence("time", part(0.8765), EN)).toBe(
      "The slicer over-estimates print time by 12 %: prints finish sooner than it says.",
    );
    expect(accuracySentence("filament", part(1.0526), EN)).toBe(
      "The slicer under-estimates filament by 5.3 %: prints use more than it says.",
    );
    expect(accuracySentence("filament", part(1.001), EN)).toBe("The slicer's filament estimates are right on average.");
    expect(accuracySentence("time", part(null, null, 0), EN)).toBe(
      "No completed job has a print time estimate from the slicer.",
    );
    await setLanguage("de", "de-DE");
    expect(accuracySentence("filament", part(1.0526), DE)).toBe(
      "Der Slicer unterschätzt das Filament um 5,3 %: Drucke verbrauchen mehr als angegeben.",
    );
  });

  it("gives table cells, the mean error and the totals compared", () => {
    expect(deviationText("time", part(1.08), EN)).toBe("8 % longer");
    expect(deviationText("time", part(0.95), EN)).toBe("5 % shorter");
    expect(deviationText("filament", part(1.15), EN)).toBe("15 % more");
    expect(deviationText("filament", part(0.9), EN)).toBe("10 % less");
    expect(deviationText("filament", part(1), EN)).toBe("As estimated");
    expect(deviationText("time", part(null, null, 0), EN)).toBe("—");
    expect(errorText(part(1.1, 12.34), EN)).toBe("A single job is off by 12 % on average, either way.");
    expect(errorText(part(null, null, 0), EN)).toBe("");
    expect(formatPct(-4.26, EN)).toBe("4.3 %");
    expect(totalsText("time", { ...part(1.1), jobs: 1, estimated_hours: 4.5556, actual_hours: 4.5 }, EN)).toBe(
      "Estimated 4.6 h, took 4.5 h (1 job)",
    );
    expect(
      totalsText("filament", { jobs: 3, estimated_mm: 6750, actual_mm: 6000, ratio: 0.8889, mean_abs_error_pct: 13.3 }, EN),
    ).toBe("Estimated 6.8 m, used 6 m (3 jobs)");
  });
});

describe("the slicer and layer-height breakdowns", () => {
  const row = (key: string | number | null, jobs: number, success: number | null, label: string | null = null): BreakdownRow => ({
    key,
    label: label ?? (key === null ? "Unknown" : String(key)),
    jobs,
    hours: 1,
    filament_g: 1,
    success_rate: success,
  });

  it("shows layer heights in millimetres as slicers write them, in the user's number format", () => {
    expect(formatLayerHeight(0.2, EN)).toBe("0.20 mm");
    expect(formatLayerHeight(0.12, EN)).toBe("0.12 mm");
    expect(formatLayerHeight(0.125, EN)).toBe("0.125 mm");
    expect(formatLayerHeight(0.2, DE)).toBe("0,20 mm");
    const bars = layerHeightBars([row(0.12, 3, 100, "0.12 mm"), row(0.2, 10, 80, "0.2 mm"), row(null, 2, null)], DE);
    expect(bars.map((b) => [b.key, b.label, b.value])).toEqual([
      ["0.12", "0,12 mm", 3],
      ["0.2", "0,20 mm", 10],
      ["", "Unknown", 2],
    ]);
  });

  it("bars the jobs per slicer with their success rate", () => {
    const bars = slicerBars([row("OrcaSlicer", 12, 83.3), row("Cura", 1, null)], EN);
    expect(bars).toEqual([
      { key: "OrcaSlicer", label: "OrcaSlicer", value: 12, display: "12 jobs", note: "83.3 % succeeded" },
      { key: "Cura", label: "Cura", value: 1, display: "1 job" },
    ]);
  });
});

describe("the duration filter", () => {
  it("turns presets into the API's inclusive bounds, no overlap between them", () => {
    expect(filterParams({ ...EMPTY_FILTERS, duration: "lt1h" }, "UTC")).toEqual({ max_duration: 3599.999 });
    expect(filterParams({ ...EMPTY_FILTERS, duration: "1to4h" }, "UTC")).toEqual({ min_duration: 3600, max_duration: 14399.999 });
    expect(filterParams({ ...EMPTY_FILTERS, duration: "ge4h" }, "UTC")).toEqual({ min_duration: 14400 });
    expect(filterParams({ ...EMPTY_FILTERS, duration: "" }, "UTC")).toEqual({});
    expect(filterParams({ ...EMPTY_FILTERS, duration: "nonsense" }, "UTC")).toEqual({});
  });

  it("labels the presets like the histogram's bins", async () => {
    expect(["lt1h", "1to4h", "ge4h"].map((p) => durationPresetLabel(p, EN))).toEqual(["<1 h", "1–4 h", "≥4 h"]);
    await setLanguage("nl", "nl-NL");
    expect(durationPresetLabel("1to4h", { ...EN, language: "nl" })).toBe("1–4 u");
  });

  it("takes custom bounds typed as hours and minutes, bounded", () => {
    expect(hoursMinutes("1", "30")).toBe(5400);
    expect(hoursMinutes("", "90")).toBe(5400);
    expect(hoursMinutes("1,5", "")).toBe(5400);
    expect(hoursMinutes("", "")).toBeUndefined();
    expect(hoursMinutes("-3", "")).toBe(0);
    expect(hoursMinutes("99999", "")).toBe(365 * 86_400);
    expect(splitHoursMinutes(5400)).toEqual({ hours: "1", minutes: "30" });
    expect(splitHoursMinutes(undefined)).toEqual({ hours: "", minutes: "" });
    expect(customDuration(5400, undefined)).toBe("custom:5400:");
    expect(customDuration(undefined, 1e12)).toBe(`custom::${365 * 86_400}`);
    const custom = { ...EMPTY_FILTERS, duration: customDuration(1800, 7200) };
    const params = filterParams(custom, "UTC");
    expect(params).toEqual({ min_duration: 1800, max_duration: 7200 });
    // The key figures take the same bounds as the rows.
    expect(summaryScope(params)).toEqual({ min_duration: 1800, max_duration: 7200 });
  });

  it("bounds custom values by the store's limits once read", () => {
    const limits: Limits = {
      numbers: { max_duration: { min: 0, max: 7200, integer: false } },
      tags: { max_length: 64, max_count: 20, separators: [","] },
      job_time: { earliest: "2000-01-01T00:00:00+00:00", future_tolerance: 60 },
    };
    resetLimits(limits);
    expect(hoursMinutes("5", "")).toBe(7200);
  });

  it("does not apply an upper bound below the lower one, and counts only a filter that filters", () => {
    const wrong = durationBounds("custom:7200:3600");
    expect(wrong).toMatchObject({ choice: "custom", min: 7200, max: 3600, valid: false });
    expect(filterParams({ ...EMPTY_FILTERS, duration: "custom:7200:3600" }, "UTC")).toEqual({});
    expect(activeFilterCount({ ...EMPTY_FILTERS, duration: "custom::" })).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, duration: "custom:60:" })).toBe(1);
    expect(activeFilterCount({ ...EMPTY_FILTERS, duration: "ge4h", printer: "p1", q: "benchy" })).toBe(2);
  });
});

describe("the card editor's form", () => {
  const names = (schema: FormField[]): string[] => schema.map((f) => f.name);
  const printers = [{ id: "voron", name: "Voron" }];

  it("offers the printers and the periods as choices, and only the options that apply", () => {
    const all = editorSchema({ type: "custom:print-logger-card" }, printers, "All printers", (p) => `period ${p}`);
    expect(names(all)).toEqual([
      "title",
      "printer_id",
      "show_current",
      "show_recent",
      "recent_count",
      "show_reprint",
      "show_stats",
      "stats_period",
    ]);
    const printer = all.find((f) => f.name === "printer_id")!;
    expect(printer.selector).toEqual({
      select: { mode: "dropdown", options: [{ value: ALL_PRINTERS, label: "All printers" }, { value: "voron", label: "Voron" }] },
    });
    expect(all.find((f) => f.name === "recent_count")!.selector).toEqual({ number: { min: 1, max: 20, step: 1, mode: "box" } });
    expect((all.find((f) => f.name === "stats_period")!.selector as { select: { options: unknown[] } }).select.options).toContainEqual({
      value: "30d",
      label: "period 30d",
    });
    const fewer = editorSchema(
      { type: "custom:print-logger-card", show_recent: false, show_stats: false },
      printers,
      "All printers",
      String,
    );
    expect(names(fewer)).toEqual(["title", "printer_id", "show_current", "show_recent", "show_stats"]);
    // A printer not loaded (yet) stays a choice.
    const gone = editorSchema({ type: "custom:print-logger-card", printer_id: "old" }, printers, "All", String);
    expect(JSON.stringify(gone[1]!.selector)).toContain('{"value":"old","label":"old"}');
  });

  it("maps the configuration to the form's data and back, keeping keys it does not know", () => {
    expect(editorData({ type: "custom:print-logger-card", recent_count: 3 })).toMatchObject({
      title: "",
      printer_id: ALL_PRINTERS,
      recent_count: 3,
      show_stats: true,
      stats_period: "30d",
    });
    const previous = { type: "custom:print-logger-card", title: "Farm", printer_id: "voron", grid_options: { columns: 6 } };
    const next = configFromForm(previous, { ...editorData(previous as never), printer_id: ALL_PRINTERS, title: "", stats_period: "7d" });
    expect(next).toMatchObject({ type: "custom:print-logger-card", grid_options: { columns: 6 }, stats_period: "7d" });
    expect(next).not.toHaveProperty("printer_id");
    expect(next).not.toHaveProperty("title");
    expect(configFromForm(previous, { recent_count: 99 }).recent_count).toBe(20);
    expect(configFromForm(previous, { recent_count: "" })).not.toHaveProperty("recent_count");
    expect(() => configFromForm(previous, { stats_period: "1d" })).toThrow(/stats_period/);
  });
});

describe("the card's key figures", () => {
  it("never leaves one tile alone on a row", () => {
    expect(tileRows(5, 5)).toEqual([5]);
    expect(tileRows(5, 4)).toEqual([3, 2]);
    expect(tileRows(5, 3)).toEqual([3, 2]);
    expect(tileRows(4, 3)).toEqual([2, 2]);
    expect(tileRows(7, 3)).toEqual([3, 2, 2]);
    expect(tileRows(6, 4)).toEqual([3, 3]);
    expect(tileRows(5, 2)).toEqual([1, 1, 1, 1, 1]);
    expect(tileRows(4, 2)).toEqual([2, 2]);
    expect(tileRows(0, 3)).toEqual([]);
    for (let n = 1; n <= 9; n++) {
      for (let fit = 1; fit <= 9; fit++) {
        const rows = tileRows(n, fit);
        expect(rows.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.max(...rows)).toBeLessThanOrEqual(Math.max(fit, 1));
        // One tile alone on a row only where every row has one (a single column).
        if (rows.includes(1)) expect(rows.every((r) => r === 1)).toBe(true);
      }
    }
  });

  it("counts the tiles that fit in a width", () => {
    expect(tilesThatFit(360, 84, 8)).toBe(4);
    expect(tilesThatFit(359, 84, 8)).toBe(3);
    expect(tilesThatFit(300, 84, 8)).toBe(3);
    expect(tilesThatFit(50, 84, 8)).toBe(1);
  });
});
