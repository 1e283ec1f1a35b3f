import type { ReferenceResolver } from './reference-links.ts';
import type { PictureSize } from './pictures.ts';
import type { UiStrings } from '../i18n/strings.ts';

export type { ReferenceKind, ReferenceResolver } from './reference-links.ts';

/** What one render call needs to know about the page it renders for. */
export interface RenderEnv {
  /** Prefixed to heading ids so several answers can share one page without clashing anchors. */
  idPrefix?: string;
  /** The level of the heading the answer sits under (default 1: the question is the page's h1); the answer's own headings start one below. */
  headingParent?: number;
  /** Turns `product:` and `faq:` references into site links. */
  resolveReference?: ReferenceResolver;
  /** The interface text the renderer adds, in the answer's language (as the site writes it); English when missing. */
  strings?: AnswerStrings;
  /** The local picture an image address names in this answer, as the content checks found it; other images stay as written. */
  picture?: (src: string) => PictureSize | undefined;
}

/** What a rendered answer says besides its author's words: after a link that leaves the site (for screen readers), callout labels, video buttons. */
export type AnswerStrings = Pick<UiStrings, 'externalLink' | 'callout' | 'playVideo'>;
