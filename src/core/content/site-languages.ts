import type { Entry, Problem, SiteSettings } from './types.ts';

/**
 * Language tags are case-insensitive (`EN` is `en`), but each becomes a
 * folder of the site: a language listed twice, in any case, would publish
 * its help center twice, and every warning about it twice.
 */
export function repeatedLanguages(written: readonly string[], defaultLang: string, file: string, lineOf: (index: number) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  written.forEach((lang, index) => {
    const key = lang.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      const as = first === lang ? '' : ` (as "${first}")`;
      problems.push({ file, line: lineOf(index), message: `language "${lang}" is listed twice in \`languages\`${as}`, hint: 'list it once', severity: 'error' });
    } else if (key === defaultLang.toLowerCase() && lang !== defaultLang) {
      problems.push({ file, line: lineOf(index), message: `language "${lang}" is the default language, written "${defaultLang}" in \`defaultLang\``, hint: `write it "${defaultLang}" in both places`, severity: 'error' });
    }
    seen.set(key, first ?? lang);
  });
  return problems;
}

/**
 * Every language of the site gets a help center of its own, which every
 * page's language switch links to: one with no published entry would be
 * empty. A build leaves such a language out (`publishedLanguages`); the
 * default language, whose help center is the site's home, it cannot.
 */
export function languagesWithoutEntries(site: SiteSettings, entries: readonly Entry[], file: string, line: number | undefined, { building }: { building: boolean }): Problem[] {
  const published = languagesOf(entries);
  return site.languages
    .filter((lang) => !published.has(lang))
    .map((lang) =>
      lang === site.defaultLang
        ? {
            file,
            line,
            message: `the default language "${lang}" has no published entries, so the site's home would be empty`,
            hint: `publish an entry with \`lang: ${lang}\` (or no \`lang:\`), or make \`defaultLang\` a language that has some`,
            // While editing, drafts are shown: only a build would be empty.
            severity: building ? ('error' as const) : ('warning' as const),
          }
        : {
            file,
            line,
            message: `language "${lang}" has no published entries, so the built site leaves it out until one is published`,
            hint: `publish an entry with \`lang: ${lang}\`, or take ${lang} out of \`languages\``,
            severity: 'warning' as const,
          },
    );
}

/** The site's languages that have a published entry, and the default language always. */
export function publishedLanguages(site: SiteSettings, entries: readonly Entry[]): string[] {
  const published = languagesOf(entries);
  return site.languages.filter((lang) => lang === site.defaultLang || published.has(lang));
}

function languagesOf(entries: readonly Entry[]): Set<string> {
  return new Set(entries.filter((entry) => !entry.draft).map((entry) => entry.lang));
}
