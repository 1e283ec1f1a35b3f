import type { ReferenceResolver } from './reference-links.ts';
import type { PictureSize } from './pictures.ts';

export type { ReferenceKind, ReferenceResolver } from './reference-links.ts';

/** What one render call needs to know about the page it renders for. */
export interface RenderEnv {
  /** Prefixed to heading ids so several answers can share one page without clashing anchors. */
  idPrefix?: string;
  /** The level of the heading the answer sits under (default 1: the question is the page's h1); the answer's own headings start one below. */
  headingParent?: number;
  /** Turns `product:` and `faq:` references into site links. */
  resolveReference?: ReferenceResolver;
  /** Read by screen readers after a link that leaves the site. */
  externalLinkLabel?: string;
  /** The answer's language, for the text the renderer adds (callout labels, video buttons); English when missing. */
  lang?: string;
  /** The local picture an image address names in this answer, as the content checks found it; other images stay as written. */
  picture?: (src: string) => PictureSize | undefined;
}
