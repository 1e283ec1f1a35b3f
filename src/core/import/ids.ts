import { idFromQuestion } from '../content/id-from-text.ts';

/** Scripts that have no letters an id can keep without transliterating them. */
const NO_LATIN_SLUG = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Greek}]/u;

/**
 * An id for a question: its slug when it is written in Latin letters, and
 * otherwise the source's own id or a short hash of the question, since a
 * slug of the few Latin letters in `如何设置 Wi-Fi？` would say something else.
 */
export function idForQuestion(question: string, sourceId: string | undefined): string {
  const slug = idFromQuestion(question);
  if (!NO_LATIN_SLUG.test(question) && slug.length >= 3) return slug;
  const fromSource = sourceId ? idFromQuestion(sourceId) : '';
  return fromSource ? `q-${fromSource}` : `q-${shortHash(question.trim())}`;
}

/** An id for a category title, the same way. */
export function idForTitle(title: string, sourceKey: string | undefined): string {
  const slug = idFromQuestion(title);
  if (!NO_LATIN_SLUG.test(title) && slug.length >= 2) return slug;
  const fromSource = sourceKey ? idFromQuestion(sourceKey) : '';
  return fromSource ? `c-${fromSource}` : `c-${shortHash(title.trim())}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and machines, and plain TypeScript. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** `id`, or `id-2`, `id-3`… for the first one not taken; the chosen one is then taken. */
export function claimId(id: string, isTaken: (candidate: string) => boolean, take: (candidate: string) => void): string {
  let candidate = id;
  for (let suffix = 2; isTaken(candidate); suffix++) candidate = `${id}-${suffix}`;
  take(candidate);
  return candidate;
}
