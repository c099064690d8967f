/** Unit tests of the cost analysis's pure helpers (src/costs.ts). */
import { describe, expect, it } from "vitest";

import { costStacks, formatUnitCost, monthLabel } from "../src/costs";
import type { FormatOptions } from "../src/format";
import type { CostRow } from "../src/types";

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

function row(key: string, cost: number, filament: number, electricity: number, machine: number): CostRow {
  return {
    key,
    label: key.slice(0, 7),
    jobs: 1,
    cost,
    electricity_cost: electricity,
    filament_cost: filament,
    machine_cost: machine,
    energy_kwh: 0,
    print_hours: 0,
    filament_g: 0,
    metered_jobs: 0,
    costed_jobs: 1,
    kwh_per_job: null,
    kwh_per_print_hour: null,
    cost_per_gram: null,
    cost_per_job: cost,
  };
}

describe("costStacks", () => {
  it("stacks the parts relative to the largest month", () => {
    const [march, april] = costStacks([row("2026-03-01", 10, 5, 2, 3), row("2026-04-01", 5, 1, 1, 3)]);
    expect(march?.total).toBe(10);
    expect(march?.segments).toEqual([
      { part: "filament_cost", value: 5, pct: 50 },
      { part: "electricity_cost", value: 2, pct: 20 },
      { part: "machine_cost", value: 3, pct: 30 },
    ]);
    expect(april?.segments.map((s) => s.pct)).toEqual([10, 10, 30]);
  });

  it("shows a total typed by hand beyond its parts as not split, and leaves zero parts out", () => {
    const [only] = costStacks([row("2026-03-01", 8, 2, 0, 0)]);
    expect(only?.segments).toEqual([
      { part: "filament_cost", value: 2, pct: 25 },
      { part: "unsplit", value: 6, pct: 75 },
    ]);
  });

  it("never divides by zero", () => {
    const [empty] = costStacks([row("2026-03-01", 0, 0, 0, 0)]);
    expect(empty?.segments).toEqual([]);
    expect(empty?.total).toBe(0);
  });

  it("uses the parts when they exceed a smaller manual total", () => {
    const [month] = costStacks([row("2026-03-01", 1, 2, 1, 1)]);
    expect(month?.total).toBe(4);
    expect(month?.segments.reduce((t, s) => t + s.pct, 0)).toBeCloseTo(100);
  });
});

describe("formatUnitCost", () => {
  it("keeps up to four decimals of a price per gram", () => {
    expect(formatUnitCost(0.0343, EN)).toBe("€0.0343");
    expect(formatUnitCost(0.05, EN)).toBe("€0.05");
    expect(formatUnitCost(0.116667, DE)).toBe("0,1167\u00a0€");
  });

  it("is a dash without a value, a number without a currency", () => {
    expect(formatUnitCost(null, EN)).toBe("—");
    expect(formatUnitCost(0.5, { ...EN, currency: undefined })).toBe("0.5");
  });
});

describe("monthLabel", () => {
  it("names the local month in the user's language", () => {
    expect(monthLabel("2026-03-01", EN)).toBe("Mar 2026");
    expect(monthLabel("2026-12-01", DE)).toBe("Dez. 2026");
    expect(monthLabel(null, EN)).toBe("");
  });
});
