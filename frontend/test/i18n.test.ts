/**
 * The panel's and card's message catalogues: every language has exactly the English keys, the same
 * placeholders in each message, and a form for every plural category its language uses for counts.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

import en from "../src/i18n/en";
import { formatDuration, formatFilament, formatOptions, formatUnit, localeFirstWeekday } from "../src/format";
import { DURATION_BINS, durationBinLabel, weekdayNames, weekdayOrder } from "../src/analytics";
import { barItems } from "../src/bars";
import { validateConfig } from "../src/card-config";
import { kpis } from "../src/kpis";
import {
  LANGUAGES,
  loadCatalogue,
  localize,
  placeholders,
  resolveLanguage,
  setLanguage,
  type Catalogue,
  type Language,
  type MessageKey,
} from "../src/localize";
import type { HomeAssistant } from "../src/types";

const OTHERS = LANGUAGES.filter((l) => l !== "en");

/** The plural categories a language selects for whole counts (0–1000). */
function countCategories(lang: Language): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const out = new Set<string>();
  for (let n = 0; n <= 1000; n += 1) out.add(rules.select(n));
  return out;
}

afterEach(async () => {
  await setLanguage("en");
});

describe("message catalogues", () => {
  it("exist for exactly the supported languages", () => {
    const dir = fileURLToPath(new URL("../src/i18n/", import.meta.url));
    const files = readdirSync(dir).map((f) => f.replace(/\.ts$/, "")).sort();
    expect(files).toEqual([...LANGUAGES].sort());
  });

  it.each(OTHERS)("%s has exactly the English keys and the same placeholders", async (lang) => {
    const catalogue: Catalogue = await loadCatalogue(lang);
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(en) as [keyof typeof en, Catalogue[keyof typeof en]][]) {
      const translated = catalogue[key];
      expect(placeholders(translated), `${lang} ${key}`).toEqual(placeholders(message));
      if (typeof translated !== "string") {
        // No form uses a placeholder English does not have ("one" may say "this job" without the count).
        for (const form of Object.values(translated)) {
          for (const name of placeholders(form)) expect(placeholders(message), `${lang} ${key}`).toContain(name);
        }
        for (const category of countCategories(lang)) {
          expect(translated[category as keyof typeof translated], `${lang} ${key} needs "${category}"`).toBeTypeOf(
            "string",
          );
        }
      }
      expect(typeof translated === "string" ? translated.trim() : translated.other.trim(), `${lang} ${key}`).not.toBe("");
    }
  });

  it("has every English plural form its counts need", () => {
    for (const [key, message] of Object.entries(en)) {
      if (typeof message === "string") continue;
      for (const category of countCategories("en")) expect(message, key).toHaveProperty(category);
    }
  });
});

describe("localize", () => {
  it("chooses the catalogue from Home Assistant's language", () => {
    expect(resolveLanguage("de")).toBe("de");
    expect(resolveLanguage("de-CH")).toBe("de");
    expect(resolveLanguage("pt")).toBe("pt-BR");
    expect(resolveLanguage("pt-BR")).toBe("pt-BR");
    expect(resolveLanguage("pt_br")).toBe("pt-BR");
    expect(resolveLanguage("zh-Hans")).toBe("en");
    expect(resolveLanguage(undefined)).toBe("en");
  });

  it("fills placeholders and chooses plural forms with Intl.PluralRules", async () => {
    expect(localize("jobs.deleted", { count: 1 })).toBe("Deleted 1 job");
    expect(localize("jobs.deleted", { count: 3 })).toBe("Deleted 3 jobs");
    await setLanguage("pl");
    expect(localize("jobs.deleted", { count: 1 })).toBe("Usunięto 1 wydruk");
    expect(localize("jobs.deleted", { count: 3 })).toBe("Usunięto 3 wydruki");
    expect(localize("jobs.deleted", { count: 5 })).toBe("Usunięto 5 wydruków");
    expect(localize("jobs.deleted", { count: 22 })).toBe("Usunięto 22 wydruki");
    await setLanguage("de", "de-DE");
    expect(localize("status.cancelled")).toBe("Abgebrochen");
    expect(formatDuration(2 * 86_400 + 3 * 3600)).toBe("2 T 3 h");
    expect(formatDuration(3725)).toBe("1 h 02 min");
    expect(localize("jobs.range", { first: 1, last: 25, total: 1200 })).toBe("1–25 von 1.200");
    expect(localize("event.someday_new" as MessageKey)).toBe("event.someday_new");
    await setLanguage("fr");
    // French: 0 is singular.
    expect(localize("jobs.deleted", { count: 0 })).toBe("0 impression supprimée");
  });
});

describe("the card's configuration errors", () => {
  it("are in the page's language once its texts are loaded, without switching the current language", async () => {
    await setLanguage("en");
    await loadCatalogue("de");
    expect(() => validateConfig({ recent_count: 0 }, "de-DE")).toThrow("recent_count muss eine ganze Zahl von 1 bis 20 sein");
    expect(() => validateConfig({ show_stats: "ja" }, "de")).toThrow("show_stats muss true oder false sein");
    expect(() => validateConfig({ show_reprint: "ja" }, "de")).toThrow("show_reprint muss true oder false sein");
    expect(validateConfig({ show_reprint: true }).show_reprint).toBe(true);
    expect(() => validateConfig({ title: 5 }, "de")).toThrow("title muss Text sein");
    expect(() => validateConfig({ stats_period: "1y" }, "de")).toThrow("stats_period muss einer dieser Werte sein: 7d, 30d");
    expect(() => validateConfig(null, "de")).toThrow("Ungültige Konfiguration");
    expect(localize("status.cancelled")).toBe("Cancelled");
    await loadCatalogue("pl");
    expect(() => validateConfig({ recent_count: 21 }, "pl")).toThrow("recent_count musi być liczbą całkowitą od 1 do 20");
    // A language without texts, or not loaded yet: the current language.
    expect(() => validateConfig(null, "ja")).toThrow("Invalid configuration");
    await setLanguage("fr");
    expect(() => validateConfig(null)).toThrow("Configuration invalide");
  });
});

describe("units and the duration bins", () => {
  const hass = (language: string, number_format = "language") =>
    ({ language, locale: { language, number_format }, config: {} }) as unknown as HomeAssistant;

  it("label the duration bins in the user's language and number format", async () => {
    await setLanguage("en");
    const en = formatOptions(hass("en"));
    expect(DURATION_BINS.map((b) => durationBinLabel(b, en))).toEqual([
      "<15 min",
      "15–30 min",
      "30 min–1 h",
      "1–2 h",
      "2–4 h",
      "4–8 h",
      "8–16 h",
      "≥16 h",
    ]);
    expect(DURATION_BINS.map((b) => [b.min, b.max])).toEqual([
      [0, 900 - 1e-3],
      [900, 1800 - 1e-3],
      [1800, 3600 - 1e-3],
      [3600, 7200 - 1e-3],
      [7200, 14_400 - 1e-3],
      [14_400, 28_800 - 1e-3],
      [28_800, 57_600 - 1e-3],
      [57_600, undefined],
    ]);
    await setLanguage("nl");
    const nl = formatOptions(hass("nl"));
    expect(durationBinLabel(DURATION_BINS[2]!, nl)).toBe("30 min–1 u");
    expect(durationBinLabel(DURATION_BINS[7]!, nl)).toBe("≥16 u");
  });

  it("write hours, grams, kilograms and metres in the user's language and number format", async () => {
    await setLanguage("nl", "nl");
    const nl = formatOptions(hass("nl"));
    expect(formatUnit(410.5, "hours", nl, 1)).toBe("410,5 u");
    expect(formatDuration(59)).toBe("59 s");
    expect(formatDuration(61)).toBe("1 min");
    expect(barItems([{ key: "p", label: "P", jobs: 1, hours: 2.5, filament_g: 0, success_rate: null }], "hours", nl)[0]!.display).toBe("2,5 u");
    await setLanguage("de", "de-DE");
    const de = formatOptions(hass("de"));
    expect(formatFilament(2500, null, de)).toBe("2,5 kg");
    expect(formatFilament(12.8, null, de)).toBe("12,8 g");
    expect(formatFilament(null, 4300, de)).toBe("4,3 m");
    const cards = kpis({ jobs: 1, success_rate: 100, print_hours: 3.5, filament_g: 10, filament_mm: 1500 } as never, de);
    expect(cards.find((c) => c.id === "print_hours")?.value).toBe("3,5 h");
    expect(cards.find((c) => c.id === "filament")?.sub).toBe("1,5 m");
  });
});

describe("the user's formats", () => {
  const hass = (locale: Record<string, string>, currency = "EUR") =>
    ({ language: locale.language, locale, config: { currency } }) as unknown as HomeAssistant;

  it("reads the first day of the week from the profile, else from the language", () => {
    expect(formatOptions(hass({ language: "en", first_weekday: "monday" })).firstWeekday).toBe(0);
    expect(formatOptions(hass({ language: "de", first_weekday: "sunday" })).firstWeekday).toBe(6);
    expect(formatOptions(hass({ language: "de", first_weekday: "saturday" })).firstWeekday).toBe(5);
    expect(formatOptions(hass({ language: "de", first_weekday: "language" })).firstWeekday).toBe(0);
    expect(localeFirstWeekday("en-US")).toBe(6);
    expect(localeFirstWeekday("de")).toBe(0);
  });

  it("orders and names the weekdays", () => {
    expect(weekdayOrder(0)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder(6)).toEqual([6, 0, 1, 2, 3, 4, 5]);
    expect(weekdayNames("de")[0]).toBe("Mo");
    expect(weekdayNames("en")[6]).toBe("Sun");
  });

  it("takes the language, clock and currency from the profile", () => {
    const opts = formatOptions(hass({ language: "pt", time_format: "24", number_format: "language" }, "BRL"));
    expect(opts).toMatchObject({ language: "pt-BR", hour12: false, currency: "BRL", dateLocale: "pt" });
  });
});
