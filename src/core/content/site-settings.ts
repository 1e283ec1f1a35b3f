import type { z } from 'zod';
import { BasePathSchema, SiteSchema } from './schema.ts';
import type { Problem, SiteSettings } from './types.ts';

/**
 * site.yaml as far as the rest of the content can be checked against it: every
 * setting but the title may be missing, and what is missing gets the schema's
 * default, exactly as in a valid file.
 */
const UsableSiteSchema = SiteSchema.partial({ title: true });
type UsableSite = z.output<typeof UsableSiteSchema>;

/** Only when site.yaml is broken or missing: a valid one must name the site (the build fails without it). */
const FALLBACK_TITLE = { '*': 'Help Center' };

/**
 * Fills what the schema leaves optional so pages never branch on it; survives a
 * broken site.yaml. A missing one reads like an empty one, so every default
 * comes from the schema (parsed afresh, so no two loads share a list).
 */
export function normalizeSite(data: UsableSite = UsableSiteSchema.parse({})): SiteSettings {
  const { defaultLang } = data;
  return {
    title: data.title ?? FALLBACK_TITLE,
    description: data.description,
    defaultLang,
    languages: distinctLanguages([defaultLang, ...(data.languages ?? [])]),
    url: data.url?.replace(/\/+$/, ''),
    base: data.base,
    homepage: data.homepage,
    contact: data.contact,
    gate: data.gate,
    feedback: data.feedback,
    ask: data.ask,
    // One entry per origin; an absent `images:` allows none.
    images: { origins: [...new Set(data.images?.origins)], sizeWarningKB: data.images?.sizeWarningKB },
    vars: data.vars,
    // An absent `videos:` embeds none: every video link stays a link.
    videos: { providers: [...new Set(data.videos?.providers)] },
    app: data.app,
    offline: data.offline,
  };
}

/** Each language once, as first written: tags are case-insensitive, and a repeat is reported (`repeatedLanguages`), not built twice. */
function distinctLanguages(languages: readonly string[]): string[] {
  const seen = new Set<string>();
  return languages.filter((lang) => !seen.has(lang.toLowerCase()) && Boolean(seen.add(lang.toLowerCase())));
}

/**
 * `BASE_PATH` from the environment overrides `base:` and reaches the same
 * host configuration, so it is held to the same rule, reported under its name.
 */
export function basePathProblems(value: string | undefined, source = 'BASE_PATH'): Problem[] {
  if (value === undefined) return [];
  const result = BasePathSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [message, hint] = issue.message.split(' — ');
    return { file: source, message: message!, hint, severity: 'error' as const };
  });
}

/**
 * The settings that are valid in a site.yaml that is not: a wrong `base:`
 * must not also make every entry in a second language look misplaced.
 * Used only to keep checking the rest; the build still fails on site.yaml.
 */
export function validPartOfSite(value: unknown): UsableSite | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const first = UsableSiteSchema.safeParse(value);
  if (first.success) return first.data;
  const broken = new Set(first.error.issues.map((issue) => issue.path[0]));
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !broken.has(key)));
  const second = UsableSiteSchema.safeParse(rest);
  return second.success ? second.data : undefined;
}
