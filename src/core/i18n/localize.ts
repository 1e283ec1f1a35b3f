import type { Localized } from '../content/types.ts';

/** The text for `lang`, else the one written for every language, else the default language's, else any. */
export function localize(text: Localized | undefined, lang: string, defaultLang: string): string {
  if (!text) return '';
  return text[lang] ?? text['*'] ?? text[defaultLang] ?? Object.values(text)[0] ?? '';
}

/** Dates as readers of the language write them (`1 October 2026`, `2026年10月1日`). */
export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(value);
}
