import type { Localized } from '../content/types.ts';

/** The text for `lang`, else the one written for every language, else the default language's, else any. */
export function localize(text: Localized | undefined, lang: string, defaultLang: string): string {
  if (!text) return '';
  return text[lang] ?? text['*'] ?? text[defaultLang] ?? Object.values(text)[0] ?? '';
}

/** Dates as readers of the language write them (`1 October 2026`, `2026年10月1日`). */
export function formatDate(isoDate: string, lang: string): string {
  // A site has far fewer dates than pages that print one: each is formatted once per language.
  const key = `${lang} ${isoDate}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = formatterFor(dateFormats, lang, () => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })).format(new Date(`${isoDate}T00:00:00Z`));
    formattedDates.set(key, text);
  }
  return text;
}

const formattedDates = new Map<string, string>();

export function formatNumber(value: number, lang: string): string {
  return formatterFor(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value);
}

// Making an Intl formatter loads locale data and costs far more than formatting:
// one per entry page made it a tenth of a 10,000-entry build's page time.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatterFor<Formatter>(cache: Map<string, Formatter>, lang: string, make: () => Formatter): Formatter {
  let formatter = cache.get(lang);
  if (!formatter) cache.set(lang, (formatter = make()));
  return formatter;
}
