import type { MarkdownIt } from 'markdown-it';

/** A link written `product:widget-pro` or `faq:refund-timing`. */
export type ReferenceKind = 'product' | 'faq';

const REFERENCE = /^(product|faq):([^/?#\s]+)(#.*)?$/;

/** The target of a `product:`/`faq:` link, its id as the editor meant it; undefined for any other link. */
export function parseReference(href: string): { kind: ReferenceKind; id: string; fragment: string } | undefined {
  const match = REFERENCE.exec(href);
  if (!match) return undefined;
  let id = match[2]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    // A stray `%` is part of the id as written; the content check reports it as unknown.
  }
  return { kind: match[1] as ReferenceKind, id, fragment: match[3] ?? '' };
}

/** markdown-it percent-encodes links; our references must reach the rule below as written. */
export function isReferenceLink(url: string): boolean {
  return REFERENCE.test(url);
}

/**
 * Turns `[text](product:id)` and `[text](faq:id)` into links to pages of this
 * site. The content checks have made sure each one resolves; one that does not
 * (content rendered without being checked) links nowhere rather than failing.
 */
export function referenceLinks(md: MarkdownIt): void {
  md.core.ruler.push('reference_links', (state) => {
    const resolve = (state.env as { resolveReference?: ReferenceResolver }).resolveReference;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      for (const token of block.children) {
        if (token.type !== 'link_open') continue;
        const reference = parseReference(String(token.attrGet('href') ?? ''));
        if (!reference) continue;
        const resolution = resolve?.(reference.kind, reference.id);
        if (resolution) {
          token.attrSet('href', resolution.href + reference.fragment);
          if (resolution.title) token.attrSet('title', resolution.title);
          token.meta = { ...token.meta, internal: true };
        } else {
          token.attrSet('href', '#');
        }
      }
    }
  });
}

export type ReferenceResolver = (kind: ReferenceKind, id: string) => { href: string; title?: string } | undefined;
