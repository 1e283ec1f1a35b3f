import { createAnswerParser } from './answer-parser.ts';
import { headingAnchors } from './heading-anchors.ts';
import { headingLevels, renderPlaceable, type PlaceableHtml } from './heading-levels.ts';
import { externalLinks } from './external-links.ts';
import { responsiveTables } from './responsive-tables.ts';
import { scrollingCode } from './scrolling-code.ts';
import { callouts } from './callouts.ts';
import { videoEmbeds } from './video-embeds.ts';
import { pictures, type PictureSize } from './pictures.ts';
import { scanTokens, watchNesting, type AnswerScan, type NestingEnv } from './scan-answer.ts';
import { textOfTokens } from './text.ts';
import type { VideoProvider } from './video-links.ts';
import type { RenderEnv } from './render-env.ts';

export interface AnswerReaderOptions {
  /** Video sites whose links, alone on a line, become click-to-load embeds (site.yaml `videos.providers`). */
  videoProviders?: readonly VideoProvider[];
}

/** What the reader needs before it parses: everything the page needs but the links' targets and the pictures' files. */
export type ReadEnv = Pick<RenderEnv, 'idPrefix' | 'headingParent' | 'strings'>;

/**
 * An answer rendered before the site's addresses are known: `product:` and
 * `faq:` links are still as written, for `resolveReferences`.
 */
export interface AnswerDraft {
  /** Under the parent heading level of the read (`headingParent`, default 1). */
  html: string;
  /**
   * The same answer, to place under a heading of another level (`placeHtml`):
   * only heading tags differ. Missing when the answer has no headings, so
   * that it is `html` at every level.
   */
  placeable?: PlaceableHtml;
  /** The answer as plain text, for search and snippets (`textOfTokens`). */
  text: string;
}

export interface ReadAnswer {
  /** What the answer links to and shows, for the content checks. */
  scan: AnswerScan;
  /**
   * The answer as HTML and text, from the tokens the scan read. `picture`
   * names the local picture an image address stands for, which the checks
   * find from the scan. Call it once: render rules change tokens.
   */
  render(picture?: (src: string) => PictureSize | undefined): AnswerDraft;
}

/**
 * Reads answers once for everything a build needs of them: markdown-it's
 * parse is most of the cost of loading a large site, so the content checks,
 * the page's HTML and the search text all come from one token stream.
 */
export function createAnswerReader({ videoProviders = [] }: AnswerReaderOptions = {}): (markdown: string, env: ReadEnv) => ReadAnswer {
  const md = watchNesting(createAnswerParser());
  for (const plugin of [callouts, headingAnchors, headingLevels, externalLinks, responsiveTables, scrollingCode, pictures, videoEmbeds(videoProviders)]) md.use(plugin);
  return (markdown, env) => {
    // markdown-it hands `env` to every rule untouched; ours is typed where the rules read it.
    const mdEnv: NestingEnv & Partial<RenderEnv> = { ...env };
    const tokens = md.parse(markdown, mdEnv);
    return {
      scan: scanTokens(tokens, mdEnv),
      render(picture) {
        mdEnv.picture = picture;
        const { html, placeable } = renderPlaceable(md.renderer, tokens, md.options, mdEnv);
        const text = textOfTokens(tokens);
        return placeable ? { html, placeable, text } : { html, text };
      },
    };
  };
}
