/** Unit tests of the pure logic (no DOM): formatting, filters, analytics helpers, forms, card config. */
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import {
  DURATION_BINS,
  bucketLabel,
  bucketTime,
  defaultBucket,
  heatmapFromBreakdown,
  histogramFromBreakdown,
  matrixMax,
  periodScope,
  seriesData,
  thinTicks,
  topRows,
} from "../src/analytics";
import { compact, errorMessage } from "../src/api";
import { pauseSpans, segments } from "../src/climate";
import { failureReasonText, isFailureReason } from "../src/failure";
import { barItems } from "../src/bars";
import { DEFAULT_CONFIG, validateConfig } from "../src/card-config";
import { detailRows, humanKey, valueText } from "../src/details";
import { buildNewJob, diffChanges, type JobFormValues } from "../src/edit";
import { EMPTY_FILTERS, filterParams, summaryScope } from "../src/filters";
import {
  cssColour,
  formatCost,
  formatDateTime,
  formatDuration,
  formatFilament,
  formatNumber,
  formatOptions,
  formatPercent,
  parseTags,
  safeText,
  statusKind,
  statusLabel,
  zonedDate,
  zonedToUtcIso,
  type FormatOptions,
} from "../src/format";
import { kpis } from "../src/kpis";
import { printerStateLabel, remaining } from "../src/printers";
import type { BreakdownRow, HomeAssistant, Job, Limits, Printer } from "../src/types";

const EN: FormatOptions = {
  numberLocale: "en-US",
  dateLocale: "en-US",
  timeZone: "Europe/Berlin",
  hour12: false,
  currency: "EUR",
  language: "en",
  firstWeekday: 0,
};

function job(overrides: Partial<Job> = {}): Job {
  return {
    id: "j1",
    printer_id: "p1",
    printer_name: "Voron",
    uid: null,
    filename: "benchy.gcode",
    status: "completed",
    source: "live",
    start: "2026-11-20T10:00:00+00:00",
    end: "2026-11-20T11:00:00+00:00",
    print_duration: 3600,
    total_duration: 3700,
    filament_used_mm: 4300,
    filament_weight_g: 12.8,
    filament_type: "PLA",
    filament_colour: "#FF0000",
    estimated_time: 3500,
    progress: 1,
    pause_count: 0,
    paused_duration: 0,
    error_message: null,
    notes: "",
    rating: null,
    tags: ["functional"],
    failure_reason: null,
    cost: null,
    has_thumbnail: false,
    spools: [],
    spool_filament_cost: null,
    ...overrides,
  };
}

describe("format", () => {
  it("maps Home Assistant's profile to Intl options", () => {
    const hass = {
      language: "de",
      locale: { language: "de", number_format: "comma_decimal", time_format: "12", time_zone: "server" },
      config: { time_zone: "America/New_York", currency: "USD" },
    } as unknown as HomeAssistant;
    expect(formatOptions(hass)).toEqual({
      numberLocale: "en-US",
      dateLocale: "de",
      timeZone: "America/New_York",
      hour12: true,
      currency: "USD",
      language: "de",
      firstWeekday: 0,
    });
    const local = { ...hass, locale: { language: "fr", number_format: "language", time_zone: "local" } } as HomeAssistant;
    expect(formatOptions(local)).toMatchObject({ numberLocale: "fr", timeZone: undefined, hour12: undefined });
    expect(formatOptions(undefined).numberLocale).toBeUndefined();
  });

  it("formats numbers, percentages, costs and missing values", () => {
    expect(formatNumber(1234.567, EN, 1)).toBe("1,234.6");
    expect(formatNumber(null, EN)).toBe("—");
    expect(formatNumber(Number.NaN, EN)).toBe("—");
    expect(formatPercent(83.33, EN)).toBe("83.3 %");
    expect(formatPercent(null, EN)).toBe("—");
    expect(formatCost(91.25, EN)).toBe("€91.25");
    expect(formatCost(3, { ...EN, currency: undefined })).toBe("3");
    expect(formatCost(3, { ...EN, currency: "not a code" })).toBe("3");
    expect(formatNumber(1234.5, { ...EN, numberLocale: "de-DE" }, 1)).toBe("1.234,5");
  });

  it("formats durations", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(59.4)).toBe("59 s");
    expect(formatDuration(61)).toBe("1 min");
    expect(formatDuration(3725)).toBe("1 h 02 min");
    expect(formatDuration(90_000)).toBe("1 d 1 h");
    expect(formatDuration(-1)).toBe("—");
    expect(formatDuration(null)).toBe("—");
  });

  it("formats filament as weight, else length", () => {
    expect(formatFilament(12.8, 4300, EN)).toBe("12.8 g");
    expect(formatFilament(2500, 4300, EN)).toBe("2.5 kg");
    expect(formatFilament(null, 4300, EN)).toBe("4.3 m");
    expect(formatFilament(0, 0, EN)).toBe("—");
  });

  it("formats dates in the chosen zone, with the year only when needed", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    expect(formatDateTime("2026-11-20T10:00:00+00:00", EN, true, now)).toBe("Nov 20, 2026, 11:00");
    expect(formatDateTime("2026-11-20T10:00:00+00:00", EN, false, now)).toBe("Nov 20, 11:00");
    expect(formatDateTime("2025-11-20T10:00:00+00:00", EN, false, now)).toBe("Nov 20, 2025, 11:00");
    expect(formatDateTime(null, EN)).toBe("—");
    expect(formatDateTime("nonsense", EN)).toBe("—");
  });

  it("converts wall-clock times of a zone to UTC, across DST", () => {
    expect(zonedToUtcIso("2026-07-01", "00:00", "Europe/Berlin")).toBe("2026-06-30T22:00:00.000Z");
    expect(zonedToUtcIso("2026-01-15", "10:30", "Europe/Berlin")).toBe("2026-01-15T09:30:00.000Z");
    expect(zonedToUtcIso("2026-03-29", "03:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedToUtcIso("2026-11-01", "00:00", "America/New_York")).toBe("2026-11-01T04:00:00.000Z");
    expect(zonedToUtcIso("2026-13-01", "00:00", "UTC")).toBeUndefined();
    expect(zonedToUtcIso("2026-02-30", "00:00", "UTC")).toBeUndefined();
    expect(zonedToUtcIso("2026-02-01", "24:00", "UTC")).toBeUndefined();
    expect(zonedToUtcIso("", undefined, "UTC")).toBeUndefined();
    expect(zonedDate(new Date("2026-06-30T22:30:00Z"), "Europe/Berlin")).toBe("2026-07-01");
  });

  it("labels statuses, accepts only hex colours, parses tags", () => {
    expect(statusLabel("klippy_shutdown")).toBe("Klippy shutdown");
    expect(statusLabel("something_new")).toBe("something new");
    expect(statusKind("completed")).toBe("ok");
    expect(statusKind("cancelled")).toBe("warn");
    expect(statusKind("in_progress")).toBe("active");
    expect(statusKind("error")).toBe("error");
    expect(cssColour("#ff0000")).toBe("#ff0000");
    expect(cssColour("00AAFF")).toBe("#00AAFF");
    expect(cssColour("#abc")).toBe("#abc");
    expect(cssColour("red;background:url(x)")).toBeUndefined();
    expect(cssColour(null)).toBeUndefined();
    expect(parseTags(" a, b ,, a,c ")).toEqual(["a", "b", "c"]);
  });
});

describe("api helpers", () => {
  it("drops empty filters", () => {
    expect(compact({ a: 1, b: undefined, c: null, d: "", e: [], f: [1], g: 0, h: false })).toEqual({
      a: 1,
      f: [1],
      g: 0,
      h: false,
    });
  });

  it("reads websocket errors", () => {
    expect(errorMessage({ code: "unauthorized", message: "Unauthorized" })).toBe("Unauthorized");
    expect(errorMessage({ code: "not_found" })).toBe("not_found");
    expect(errorMessage("boom")).toBe("boom");
    expect(errorMessage(undefined)).toBe("Unknown error");
  });
});

describe("filters", () => {
  it("translates the filter form into list filters", () => {
    const params = filterParams(
      {
        ...EMPTY_FILTERS,
        printer: "p1",
        status: "failed",
        since: "2026-11-01",
        until: "2026-11-30",
        q: "  benchy ",
        filament: "PETG",
        tags: "gift, spare",
      },
      "Europe/Berlin",
    );
    expect(params).toEqual({
      printer_ids: ["p1"],
      statuses: ["error", "klippy_shutdown", "klippy_disconnect", "interrupted", "server_exit"],
      since: "2026-10-31T23:00:00.000Z",
      until: "2026-11-30T23:00:00.000Z", // exclusive: midnight after the last day
      q: "benchy",
      filament_type: "PETG",
      tags: ["gift", "spare"],
    });
    // The tiles describe exactly the listed rows: every filter goes to the summary (issue 13.6).
    expect(summaryScope(params)).toEqual({
      printer_ids: ["p1"],
      statuses: ["error", "klippy_shutdown", "klippy_disconnect", "interrupted", "server_exit"],
      since: "2026-10-31T23:00:00.000Z",
      until: "2026-11-30T23:00:00.000Z",
      q: "benchy",
      filament_type: "PETG",
      tags: ["gift", "spare"],
    });
    expect(summaryScope({ ...params, min_duration: 0, max_duration: 60, limit: 5, sort: "start" })).toMatchObject({
      min_duration: 0,
      max_duration: 60,
    });
    expect(summaryScope({ ...params, limit: 5 })).not.toHaveProperty("limit");
    expect(filterParams(EMPTY_FILTERS, "UTC")).toEqual({});
    expect(filterParams({ ...EMPTY_FILTERS, status: "only:error" }, "UTC")).toEqual({ statuses: ["error"] });
  });
});

describe("analytics helpers", () => {
  it("computes period scopes from midnight in the zone", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    expect(periodScope("7d", [], now, "Europe/Berlin")).toEqual({ since: "2026-11-17T23:00:00.000Z" });
    expect(periodScope("all", ["p1"], now, "UTC")).toEqual({ printer_ids: ["p1"] });
    expect(defaultBucket("7d")).toBe("day");
    expect(defaultBucket("90d")).toBe("week");
    expect(defaultBucket("all")).toBe("month");
  });

  it("parses bucket names and builds sorted series", () => {
    expect(bucketTime("2026-11-02")).toBe(Date.UTC(2026, 10, 2) / 1000);
    expect(bucketTime("2026-11")).toBe(Date.UTC(2026, 10, 1) / 1000);
    expect(bucketTime("2026-W01")).toBe(Date.UTC(2025, 11, 29) / 1000);
    expect(bucketTime("2026-11-02T00:00:00+00:00")).toBe(Date.UTC(2026, 10, 2) / 1000);
    expect(bucketTime("junk")).toBeNaN();
    const [xs, ys] = seriesData([
      { bucket: "2026-11-03", value: 2 },
      { bucket: "junk", value: 9 },
      { bucket: "2026-11-01", value: 5 },
    ]);
    expect(xs).toEqual([Date.UTC(2026, 10, 1) / 1000, Date.UTC(2026, 10, 3) / 1000]);
    expect(ys).toEqual([5, 2]);
    expect(bucketLabel(Date.UTC(2026, 10, 1) / 1000, "month", "en-US")).toBe("Nov 2026");
    expect(bucketLabel(Date.UTC(2026, 10, 3) / 1000, "day", "en-US")).toBe("Nov 3");
    expect(thinTicks([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([1, 4, 7]);
    expect(thinTicks([1, 2], 3)).toEqual([1, 2]);
  });

  it("has duration bins that cover every duration once", () => {
    for (const seconds of [0, 899, 900, 1799, 3600, 7199.5, 57_600, 1e6]) {
      const hits = DURATION_BINS.filter((b) => seconds >= b.min && (b.max === undefined || seconds <= b.max));
      expect(hits, `${seconds}s`).toHaveLength(1);
    }
  });

  it("has duration bins starting at the server's duration breakdown keys", () => {
    // docs/openapi.yaml is generated from the operations (scripts/api_docs.py --check), whose
    // description lists store/rollups.py's DURATION_BINS.
    const openapi = readFileSync(new URL("../../docs/openapi.yaml", import.meta.url), "utf8");
    const documented = /lower bound in seconds \(([\d, ]+):/.exec(openapi)?.[1];
    expect(documented?.split(", ").map(Number)).toEqual(DURATION_BINS.map((b) => b.min));
  });

  it("builds the histogram from the duration breakdown", () => {
    const row = (key: BreakdownRow["key"], jobs: number): BreakdownRow => ({
      key,
      label: String(key),
      jobs,
      hours: 0,
      filament_g: 0,
      success_rate: null,
    });
    // By key, not by position: a missing bin is 0, "Unknown" (null) and strangers are left out.
    const rows = [row(null, 9), row(57_600, 4), row(0, 1), row(900, 2), row("1800", 9), row(3600, 3), row(7199, 9)];
    expect(histogramFromBreakdown(rows)).toEqual([1, 2, 0, 3, 0, 0, 0, 4]);
    expect(histogramFromBreakdown([])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("builds the weekday × hour matrix from the weekday_hour breakdown", () => {
    const row = (key: BreakdownRow["key"], jobs: number): BreakdownRow => ({
      key,
      label: String(key),
      jobs,
      hours: jobs,
      filament_g: 0,
      success_rate: null,
    });
    // Keys are hours of the week: 24 = Tuesday 00:00, 167 = Sunday 23:00; others are ignored.
    const m = heatmapFromBreakdown([row(0, 1), row(24, 2), row(167, 5), row(168, 9), row(-1, 9), row(3.5, 9), row("7", 9), row(null, 9)]);
    expect(m).toHaveLength(7);
    expect(m.every((r) => r.length === 24)).toBe(true);
    expect(m[0]![0]).toBe(1);
    expect(m[1]![0]).toBe(2);
    expect(m[6]![23]).toBe(5);
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(8);
    expect(matrixMax(m)).toBe(5);
  });

  it("keeps the largest breakdown rows and sums the rest", () => {
    const rows: BreakdownRow[] = [1, 5, 3, 2].map((n) => ({
      key: `k${n}`,
      label: `K${n}`,
      jobs: n,
      hours: n,
      filament_g: n * 10,
      success_rate: 50,
    }));
    expect(topRows(rows, "filament_g", 10).map((r) => r.key)).toEqual(["k5", "k3", "k2", "k1"]);
    const top = topRows(rows, "jobs", 3);
    expect(top.map((r) => r.key)).toEqual(["k5", "k3", "__other__"]);
    expect(top[2]).toMatchObject({ label: "Other (2)", jobs: 3, filament_g: 30 });
  });

  it("turns breakdown rows into bars", () => {
    const rows: BreakdownRow[] = [
      { key: "#FF0000", label: "#FF0000", jobs: 4, hours: 2, filament_g: 1500, success_rate: 75 },
      { key: null, label: "Unknown", jobs: 1, hours: 0.5, filament_g: 20, success_rate: null },
    ];
    const colours = barItems(rows, "filament_g", EN, true);
    expect(colours[0]).toEqual({ key: "#FF0000", label: "#FF0000", value: 1500, display: "1.5 kg", note: "4 jobs", colour: "#FF0000" });
    expect(colours[1]).toMatchObject({ key: "", label: "Unknown", display: "20 g" });
    expect(colours[1]).not.toHaveProperty("colour");
    expect(barItems(rows, "success_rate", EN)[1]).toMatchObject({ value: 0, display: "—" });
    expect(barItems(rows, "hours", EN)[0]).toMatchObject({ display: "2 h" });
  });
});

describe("forms", () => {
  it("sends only the changed fields of an edit", () => {
    const j = job({ notes: "old", rating: 3, tags: ["a"], failure_reason: null, cost: 1.5 });
    expect(diffChanges(j, { notes: "old", rating: 3, tags: ["a"], failure_reason: "", cost: 1.5 })).toEqual({});
    expect(diffChanges(j, { notes: "", rating: null, tags: [], failure_reason: " Warping ", cost: null })).toEqual({
      notes: "",
      rating: null,
      tags: [],
      failure_reason: "Warping",
      cost: null,
    });
    expect(diffChanges(job({ notes: null }), { notes: "  ", rating: null, tags: ["functional"], failure_reason: "", cost: null })).toEqual({});
  });

  const form: JobFormValues = {
    printer_id: "p1",
    filename: " part.gcode ",
    status: "completed",
    start_date: "2026-11-20",
    start_time: "10:30",
    hours: "1",
    minutes: "30",
    filament_g: "12.5",
    filament_m: "4.2",
    filament_type: " PETG ",
    cost: "0.8",
    tags: "a, b",
    notes: "note",
    failure_reason: "",
    rating: 4,
  };

  it("validates and builds a manual job", () => {
    expect(buildNewJob(form, "Europe/Berlin")).toEqual({
      errors: {},
      job: {
        printer_id: "p1",
        filename: "part.gcode",
        status: "completed",
        start: "2026-11-20T09:30:00.000Z",
        end: "2026-11-20T11:00:00.000Z",
        print_duration: 5400,
        filament_weight_g: 12.5,
        filament_used_mm: 4200,
        filament_type: "PETG",
        cost: 0.8,
        tags: ["a", "b"],
        notes: "note",
        rating: 4,
      },
    });
  });

  it("reports every invalid field", () => {
    const { job: built, errors } = buildNewJob(
      { ...form, printer_id: "", filename: " ", status: "in_progress", start_date: "soon", filament_g: "-1", cost: "abc" },
      "UTC",
    );
    expect(built).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(["cost", "filament_g", "filename", "printer_id", "start", "status"]);
  });

  const bounds: Limits = {
    numbers: {
      cost: { min: 0, max: 100000, integer: false },
      print_duration: { min: 0, max: 31536000, integer: false },
      filament_used_mm: { min: 0, max: 10000000, integer: false },
      filament_weight_g: { min: 0, max: 100000, integer: false },
    },
    tags: { max_length: 64, max_count: 32, separators: [",", ";"] },
    job_time: { earliest: "2000-01-01T00:00:00+00:00", future_tolerance: 86400 },
  };

  it("applies the store's bounds and refuses a start in the future (issue 13.2, 13.3)", () => {
    const now = new Date("2026-11-24T12:00:00Z");
    expect(buildNewJob(form, "UTC", bounds, now).errors).toEqual({});
    const { job: built, errors } = buildNewJob(
      { ...form, start_date: "2030-01-01", cost: "1e308", filament_m: "1e300", filament_g: "100001", hours: "9000", tags: "x".repeat(65) },
      "UTC",
      bounds,
      now,
    );
    expect(built).toBeUndefined();
    expect(errors).toEqual({
      start: "The start is in the future: a job is recorded once it ended",
      cost: "Cost must be from 0 to 100000",
      filament_m: "Filament length (mm) must be from 0 to 10000000",
      filament_g: "Filament weight must be from 0 to 100000",
      duration: "The print time (s) must be from 0 to 31536000",
      tags: "Each tag must be at most 64 characters",
    });
    expect(buildNewJob({ ...form, start_date: "1999-12-31" }, "UTC", bounds, now).errors).toEqual({
      start: "The start must not be before 2000-01-01",
    });
  });

  it("shows bidi controls in file names and splits tags on both separators (issue 13.8, 13.9)", () => {
    expect(safeText("\u202eedoc.gcode")).toBe("[U+202E]edoc.gcode");
    expect(safeText("a\u2066b\u2069\u200f.gcode")).toBe("a[U+2066]b[U+2069][U+200F].gcode");
    expect(safeText("Grün 🙂.gcode")).toBe("Grün 🙂.gcode");
    expect(parseTags("a,b; c")).toEqual(["a", "b", "c"]);
  });
});

describe("card configuration", () => {
  it("accepts valid configurations and rejects invalid ones", () => {
    expect(validateConfig({ type: "custom:print-logger-card" })).toEqual({ type: "custom:print-logger-card" });
    expect(
      validateConfig({ type: "custom:print-logger-card", title: "T", printer_id: "p1", recent_count: 3, stats_period: "7d", show_stats: false }),
    ).toEqual({ type: "custom:print-logger-card", title: "T", printer_id: "p1", recent_count: 3, stats_period: "7d", show_stats: false });
    expect(() => validateConfig(null)).toThrow("Invalid configuration");
    expect(() => validateConfig({ recent_count: 0 })).toThrow("recent_count");
    expect(() => validateConfig({ recent_count: 2.5 })).toThrow("recent_count");
    expect(() => validateConfig({ stats_period: "1y" })).toThrow("stats_period");
    expect(() => validateConfig({ show_current: "yes" })).toThrow("show_current");
    expect(() => validateConfig({ title: 5 })).toThrow("title");
    expect(DEFAULT_CONFIG.recent_count).toBe(5);
  });
});

describe("details, kpis and printers", () => {
  it("lists slicer details in a useful order without raw or thumbnail data", () => {
    const rows = detailRows({ raw: { a: 1 }, zebra: 1, layer_height: 0.2, slicer: "Orca", thumbnail_width: 32, empty: null });
    expect(rows.map(([k]) => k)).toEqual(["slicer", "layer_height", "zebra"]);
    expect(detailRows(null)).toEqual([]);
    expect(humanKey("nozzle_temp")).toBe("Nozzle temp");
    expect(valueText({ a: [1, 2] })).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
    expect(valueText(null)).toBe("—");
    expect(valueText(true)).toBe("true");
  });

  it("makes the KPI texts", () => {
    const tiles = kpis(
      {
        jobs: 120,
        completed: 100,
        cancelled: 12,
        failed: 8,
        in_progress: 1,
        success_rate: 83.3,
        print_hours: 410.5,
        filament_mm: 1_234_567,
        filament_g: 3650,
        cost: 91.25,
        avg_print_hours: 3.42,
      },
      EN,
    );
    expect(tiles.map((t) => [t.id, t.value])).toEqual([
      ["jobs", "120"],
      ["success_rate", "83.3 %"],
      ["print_hours", "410.5 h"],
      ["filament", "3.65 kg"],
      ["cost", "€91.25"],
    ]);
    expect(tiles[0]!.sub).toBe("100 completed · 8 failed · 12 cancelled");
    expect(tiles[1]!.sub).toBe("1 printing now");
  });

  it("estimates the time left of a printer's job", () => {
    const printer: Printer = {
      id: "p1",
      entry_id: null,
      name: "V",
      moonraker_url: null,
      online: true,
      print_state: "printing",
      current_job: job({ status: "in_progress", print_duration: 600, estimated_time: 1000, progress: 0.5 }),
    };
    expect(remaining(printer)).toBe(400);
    expect(remaining({ ...printer, current_job: job({ print_duration: 600, estimated_time: null, progress: 0.25 }) })).toBe(1800);
    expect(remaining({ ...printer, current_job: null })).toBeNull();
    expect(printerStateLabel(printer)).toBe("Printing");
    expect(printerStateLabel({ ...printer, online: false })).toBe("Offline");
    expect(printerStateLabel({ ...printer, print_state: null })).toBe("Standby");
  });
});

describe("climate and failure reasons", () => {
  it("finds the pauses of a job, an open one running to the end", () => {
    const start = "2026-01-01T00:00:00Z";
    const at = (s: number) => new Date(Date.parse(start) + s * 1000).toISOString();
    const events = [
      { type: "started", at: at(0), data: {} },
      { type: "paused", at: at(60), data: {} },
      { type: "resumed", at: at(90), data: {} },
      { type: "paused", at: at(200), data: {} },
    ];
    expect(pauseSpans(events, start, 300)).toEqual([
      [60, 90],
      [200, 300],
    ]);
  });

  it("breaks a series where the sensor had no reading", () => {
    expect(
      segments([
        [0, 20],
        [10, 21],
        [20, null],
        [30, 22],
      ]),
    ).toEqual([
      [
        [0, 20],
        [10, 21],
      ],
      [[30, 22]],
    ]);
  });

  it("names the fixed reasons and keeps typed text as it is", () => {
    expect(isFailureReason("clog")).toBe(true);
    expect(isFailureReason("Clog")).toBe(false);
    expect(failureReasonText("clog")).toBe("Clogged nozzle");
    expect(failureReasonText("nozzle hit a zip tie")).toBe("nozzle hit a zip tie");
    expect(failureReasonText(null)).toBe("");
  });
});
