import { AUDIENCE_BITS } from './index-format.ts';
import type { LoadedSearchIndex } from './load-index.ts';
import type { SearchFilters } from './types.ts';

/** Which documents the filters keep; a category and everything below it is a range of document numbers. */
export function documentFilter(index: LoadedSearchIndex, filters: SearchFilters): (docNumber: number) => boolean {
  const audienceBit = filters.audience ? AUDIENCE_BITS[filters.audience] : 0;
  const category = filters.category?.replace(/^\/+|\/+$/g, '');
  const ranges = category
    ? index.manifest.categories.filter((entry) => entry.path === category || entry.path.startsWith(`${category}/`))
    : undefined;
  return (docNumber) =>
    (!audienceBit || ((index.audience[docNumber] ?? 0) & audienceBit) !== 0) &&
    (!ranges || ranges.some((range) => docNumber >= range.first && docNumber < range.end));
}
