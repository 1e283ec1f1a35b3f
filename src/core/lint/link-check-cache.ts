import fs from 'node:fs';
import path from 'node:path';

/** A re-run within this long trusts an earlier answer instead of asking the site again. */
export const LINK_CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Addresses found working, with when and what they answered. Only working
 * ones are kept: a broken link is asked again on every run, so a site that
 * comes back (or a link an editor fixed) is seen at once.
 */
export interface LinkCache {
  /** Where it is kept, as messages show it. */
  file: string;
  /** The status a working address answered within the last day, if any. */
  freshStatus(url: string): number | undefined;
  rememberWorking(url: string, status: number): void;
  /** Writes the cache, dropping what is older than a day; throws when the file cannot be written. */
  save(): void;
}

interface CacheFile {
  version: 1;
  links: Record<string, { checkedAt: number; status: number }>;
}

export function openLinkCache(file: string, now: () => number, maxAgeMs = LINK_CACHE_MAX_AGE_MS): LinkCache {
  const links = readLinks(file);
  const isFresh = (checkedAt: number) => now() - checkedAt < maxAgeMs && checkedAt <= now();
  return {
    file: path.relative(process.cwd(), file) || file,
    freshStatus(url) {
      const known = links[url];
      return known && isFresh(known.checkedAt) ? known.status : undefined;
    },
    rememberWorking(url, status) {
      links[url] = { checkedAt: now(), status };
    },
    save() {
      const kept = Object.fromEntries(Object.entries(links).filter(([, known]) => isFresh(known.checkedAt)));
      const body: CacheFile = { version: 1, links: kept };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Written beside and renamed, so an interrupted run never leaves half a file to read next time.
      const partial = `${file}.${process.pid}.partial`;
      fs.writeFileSync(partial, `${JSON.stringify(body, null, 1)}\n`);
      fs.renameSync(partial, file);
    },
  };
}

/** A missing or unreadable cache is an empty one: it only saves time. */
function readLinks(file: string): CacheFile['links'] {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.version !== 1 || typeof parsed.links !== 'object' || parsed.links === null) return {};
    return Object.fromEntries(
      Object.entries(parsed.links).filter(([, known]) => typeof known?.checkedAt === 'number' && typeof known.status === 'number'),
    );
  } catch {
    return {};
  }
}
