/**
 * The panel's and the card's texts in the user's Home Assistant language: `localize(key, params)` over
 * message catalogues (English built in, the others loaded on demand as one small chunk each).
 *
 * A message is a string with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` from
 * the `count` parameter. Numbers among the parameters are formatted in the user's number format.
 */

import en from "./i18n/en";

export type MessageKey = keyof typeof en;
/** Plural forms by `Intl.PluralRules` category; `other` always. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;
export type Catalogue = Record<MessageKey, Message>;

export const LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pl", "pt-BR"] as const;
export type Language = (typeof LANGUAGES)[number];

const LOADERS: Record<Exclude<Language, "en">, () => Promise<{ default: Catalogue }>> = {
  de: () => import("./i18n/de"),
  fr: () => import("./i18n/fr"),
  es: () => import("./i18n/es"),
  it: () => import("./i18n/it"),
  nl: () => import("./i18n/nl"),
  pl: () => import("./i18n/pl"),
  "pt-BR": () => import("./i18n/pt-BR"),
};

/** Home Assistant's language tag ("de", "de-CH", "pt", "pt-BR", "zh-Hans") → a catalogue's language. */
export function resolveLanguage(tag: string | null | undefined): Language {
  if (!tag) return "en";
  const lower = tag.toLowerCase().replace(/_/g, "-");
  const exact = LANGUAGES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split("-")[0]!;
  if (base === "pt") return "pt-BR";
  return LANGUAGES.find((l) => l === base) ?? "en";
}

let language: Language = "en";
let catalogue: Catalogue = en;
let pluralRules = new Intl.PluralRules("en");
let numberLocale: string | undefined = "en";
const loaded = new Map<Language, Catalogue>([["en", en]]);

/** The language of the texts now. */
export function currentLanguage(): Language {
  return language;
}

/** A catalogue, loading it when needed (English is built in). */
export async function loadCatalogue(lang: Language): Promise<Catalogue> {
  const known = loaded.get(lang);
  if (known) return known;
  const module = await LOADERS[lang as Exclude<Language, "en">]();
  loaded.set(lang, module.default);
  return module.default;
}

/**
 * Switch the texts to Home Assistant's language tag (numbers in `numbers`, a BCP 47 locale);
 * resolves to the language used. A catalogue that fails to load leaves English.
 */
export async function setLanguage(tag: string | null | undefined, numbers?: string): Promise<Language> {
  const lang = resolveLanguage(tag);
  let next: Catalogue = en;
  let used: Language = "en";
  try {
    next = await loadCatalogue(lang);
    used = lang;
  } catch (err) {
    console.warn(`print_logger: texts in ${lang} unavailable, English shown:`, err);
  }
  language = used;
  catalogue = next;
  pluralRules = new Intl.PluralRules(used);
  numberLocale = numbers ?? used;
  return used;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function formatParam(value: string | number): string {
  if (typeof value !== "number") return value;
  const key = numberLocale ?? "";
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** The form of a message for `count` (the `other` form when there is no count or no such form). */
export function pluralForm(message: Message, count: number | undefined, rules: Intl.PluralRules = pluralRules): string {
  if (typeof message === "string") return message;
  if (count === undefined) return message.other;
  return message[rules.select(count)] ?? message.other;
}

/** The text of `key` in the current language, `{name}` placeholders replaced by `params`. */
export function localize(key: MessageKey, params?: Record<string, string | number>): string {
  return fill(catalogue, pluralRules, key, params);
}

/**
 * The text of `key` in the language of `tag` when its catalogue is already loaded (`loadCatalogue`),
 * else in the current language: for texts needed synchronously before Home Assistant's `hass` tells
 * the language, such as the card's configuration errors (the page's `<html lang>`).
 */
export function localizeIn(
  tag: string | null | undefined,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const lang = tag ? resolveLanguage(tag) : language;
  const known = loaded.get(lang);
  if (!known || lang === language) return localize(key, params);
  return fill(known, new Intl.PluralRules(lang), key, params);
}

function fill(
  from: Catalogue,
  rules: Intl.PluralRules,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const message = from[key] ?? (en[key] as Message | undefined);
  // A key built from data the catalogues do not know (a new event type): the key itself.
  if (message === undefined) return key;
  const count = typeof params?.count === "number" ? params.count : undefined;
  const text = pluralForm(message, count, rules);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : formatParam(params[name]),
  );
}

/** A plain message of `key` in the language of `tag`, without switching the current language. */
export async function messageIn(tag: string | null | undefined, key: MessageKey): Promise<string> {
  try {
    return pluralForm((await loadCatalogue(resolveLanguage(tag)))[key], undefined);
  } catch {
    return pluralForm(en[key], undefined);
  }
}

/** The `{name}` placeholders of a message (all forms), sorted: the same in every language. */
export function placeholders(message: Message): string[] {
  const forms = typeof message === "string" ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const form of forms) for (const m of form.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  return [...names].sort();
}
