/** A link written `product:widget-pro` or `faq:refund-timing`. */
export type ReferenceKind = 'product' | 'faq';

export type ReferenceResolution = { href: string; title?: string } | { problem: string; hint: string };

/** What one render call needs to know about the page it renders for, and where it reports. */
export interface RenderEnv {
  /** Prefixed to heading ids so several answers can share one page without clashing anchors. */
  idPrefix?: string;
  /** The level of the heading the answer sits under (default 1: the question is the page's h1); the answer's own headings start one below. */
  headingParent?: number;
  /** Turns `product:` and `faq:` references into site links, or says why it can't. */
  resolveReference?: (kind: ReferenceKind, id: string) => ReferenceResolution;
  /** Read by screen readers after a link that leaves the site. */
  externalLinkLabel?: string;
  /** Origins besides the site itself that images may come from (`images.origins`); any other image is reported. */
  imageOrigins?: readonly string[];
  /** Filled by the renderer: 1-based lines within the Markdown text. */
  problems: { line?: number; message: string; hint: string }[];
}
