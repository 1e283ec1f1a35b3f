/**
 * The three kinds of reader an entry can be written for: thinking of buying,
 * just bought, returning customer. Content, pages, the search index and the
 * browser all read the list from here. The search index stores an entry's
 * audiences as bits in this order, so a new audience goes at the end.
 */
export const AUDIENCES = ['prospect', 'new', 'loyal'] as const;

export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}
