import type { LoadedSearchIndex } from '../core/search/index.ts';

/**
 * Indexes searched alongside the public one, such as the members-only index
 * once a returning customer has unlocked it. Kept apart from the engine so
 * that registering one doesn't load the engine.
 */
/** A source resolves to `undefined` when it has nothing for this language, and rejects only when it failed to load. */
const sources = new Map<string, Promise<LoadedSearchIndex | undefined>[]>();
const listeners = new Set<() => void>();

export function addSearchSource(lang: string, index: Promise<LoadedSearchIndex | undefined>): void {
  sources.set(lang, [...(sources.get(lang) ?? []), index]);
  for (const listener of listeners) listener();
}

export function clearSearchSources(): void {
  sources.clear();
  for (const listener of listeners) listener();
}

/** The extra indexes that loaded, and whether any failed to (then "no answers" may not be true). */
export async function extraSearchIndexes(lang: string): Promise<{ indexes: LoadedSearchIndex[]; failed: boolean }> {
  const settled = await Promise.allSettled(sources.get(lang) ?? []);
  return {
    indexes: settled.flatMap((result) => (result.status === 'fulfilled' && result.value ? [result.value] : [])),
    failed: settled.some((result) => result.status === 'rejected'),
  };
}

export function onSearchSourcesChange(listener: () => void): void {
  listeners.add(listener);
}
