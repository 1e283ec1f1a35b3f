import type { z } from 'zod';
import type { SiteSchema } from './schema.ts';
import type { SiteSettings } from './types.ts';

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
  };
}
