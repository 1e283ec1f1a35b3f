import type { z } from 'zod';
import { BasePathSchema, SiteSchema } from './schema.ts';
import type { Problem, SiteSettings } from './types.ts';

/** Fills what the schema leaves optional so pages never branch on it; survives a broken site.yaml. */
export function normalizeSite(data: z.output<typeof SiteSchema> | undefined): SiteSettings {
  const defaultLang = data?.defaultLang ?? 'en';
  const languages = [defaultLang, ...(data?.languages ?? []).filter((lang) => lang !== defaultLang)];
  return {
    title: data?.title ?? { '*': 'Help Center' },
    description: data?.description,
    defaultLang,
    languages,
    url: data?.url?.replace(/\/+$/, ''),
    base: data?.base,
    homepage: data?.homepage,
    contact: data?.contact ?? [],
    gate: data?.gate ?? { audiences: ['loyal'], mode: 'encrypt' },
    feedback: data?.feedback,
    images: { origins: [...new Set(data?.images?.origins ?? [])] },
  };
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
export function validPartOfSite(value: unknown): z.output<typeof SiteSchema> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const partial = SiteSchema.partial();
  const first = partial.safeParse(value);
  if (first.success) return first.data as z.output<typeof SiteSchema>;
  const broken = new Set(first.error.issues.map((issue) => issue.path[0]));
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !broken.has(key)));
  const second = partial.safeParse(rest);
  return second.success ? (second.data as z.output<typeof SiteSchema>) : undefined;
}
