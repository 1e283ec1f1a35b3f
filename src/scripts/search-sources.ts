import type { LoadedSearchIndex } from '../core/search/index.ts';

/**
 * Indexes searched alongside the public one, such as the members-only index
 * once a returning customer has unlocked it. Kept apart from the engine so
 * that registering one doesn't load the engine.
 */
const sources = new Map<string, Promise<LoadedSearchIndex>[]>();
const listeners = new Set<() => void>();

export function addSearchSource(lang: string, index: Promise<LoadedSearchIndex>): void {
  sources.set(lang, [...(sources.get(lang) ?? []), index]);
  for (const listener of listeners) listener();
}

export function clearSearchSources(): void {
  sources.clear();
  for (const listener of listeners) listener();
}

export async function extraSearchIndexes(lang: string): Promise<LoadedSearchIndex[]> {
  const settled = await Promise.allSettled(sources.get(lang) ?? []);
  return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

export function onSearchSourcesChange(listener: () => void): void {
  listeners.add(listener);
}
