import { escapeHtml, unescapeHtml } from '../html-escape.ts';

/**
 * A link written `product:widget-pro` or `faq:refund-timing`, or to another
 * entry's Markdown file by its path from this one (`../orders/refund-timing.md`),
 * as an editor links files in git; the `id` of a `file` reference is that path.
 */
export type ReferenceKind = 'product' | 'faq' | 'file';

const REFERENCE = /^(product|faq):([^/?#\s]+)(#.*)?$/;
/** A relative path (no scheme, not from the root) to a `.md` file, and a fragment. */
const FILE_REFERENCE = /^(?![a-z][a-z0-9+.-]*:|\/)([^?#]+\.md)(#.*)?$/i;

/** The target of a reference link, its id or path as the editor meant it; undefined for any other link. */
export function parseReference(href: string): { kind: ReferenceKind; id: string; fragment: string } | undefined {
  const match = REFERENCE.exec(href);
  const file = match ? undefined : FILE_REFERENCE.exec(href);
  if (!match && !file) return undefined;
  let id = match ? match[2]! : file![1]!;
  try {
    id = decodeURIComponent(id);
  } catch {
    // A stray `%` is part of the id as written; the content check reports it as unknown.
  }
  return { kind: match ? (match[1] as ReferenceKind) : 'file', id, fragment: (match ? match[3] : file![2]) ?? '' };
}

/** markdown-it percent-encodes links; our references must reach `resolveReferences` as written. */
export function isReferenceLink(url: string): boolean {
  return REFERENCE.test(url) || FILE_REFERENCE.test(url);
}

/**
 * Where a reference leads. `leaves` marks a link to another site (a product
 * this language has no page for leads to the product's own address): it is
 * then marked as the renderer marks external links, with `leaves` as the
 * label screen readers hear.
 */
export type ReferenceResolver = (kind: ReferenceKind, id: string) => { href: string; title?: string; leaves?: string } | undefined;

/**
 * A reference link as the renderer writes it, before it is resolved: the
 * parser keeps the address as written, and a link's `<a` carries `href`
 * first, then the title the editor gave. Raw HTML is never passed through
 * and text and attributes are escaped, so `<a href="faq:` can come from no
 * answer text, only from a link; and Markdown links do not nest, so the
 * first `</a>` after it closes it.
 */
const LINK = /<a href="([^"]*)"( title="[^"]*")?>([\s\S]*?)<\/a>/g;

/**
 * Turns `[text](product:id)`, `[text](faq:id)` and `[text](other-entry.md)` in
 * rendered HTML into links to pages of this site. Answers are rendered while the content is checked,
 * before the site's addresses are known (members-only anchors come later),
 * so references are resolved here, on the HTML. One that does not resolve (a
 * link to a draft, in a build that leaves drafts out) keeps its text and
 * loses its link: an `<a>` without `href` is no link, for readers, keyboards
 * and screen readers alike.
 */
export function resolveReferences(html: string, resolve: ReferenceResolver | undefined): string {
  if (!html.includes('<a href="')) return html;
  return html.replace(LINK, (written, href: string, title: string | undefined, inner: string) => {
    const reference = parseReference(unescapeHtml(href));
    if (!reference) return written;
    const resolution = resolve?.(reference.kind, reference.id);
    if (!resolution) return `<a>${inner}</a>`;
    const titleAttribute = resolution.title === undefined ? (title ?? '') : ` title="${escapeHtml(resolution.title)}"`;
    const address = `href="${escapeHtml(resolution.href + reference.fragment)}"${titleAttribute}`;
    if (resolution.leaves === undefined) return `<a ${address}>${inner}</a>`;
    return `<a ${address} rel="noopener noreferrer" class="external">${inner}<span class="visually-hidden"> ${escapeHtml(resolution.leaves)}</span></a>`;
  });
}

