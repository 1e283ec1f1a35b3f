import { createAnswerReader, type AnswerDraft } from './answer-reader.ts';
import { resolveReferences, type ReferenceResolver } from './reference-links.ts';
import { changePlaceable, type PlaceableHtml } from './heading-levels.ts';
import type { VideoProvider } from './video-links.ts';
import type { RenderEnv } from './render-env.ts';

export interface RenderedMarkdown {
  /** Under the parent heading level of the render call (`headingParent`, default 1). */
  html: string;
  /** The same answer, to place under a heading of another level (`placeHtml`); missing when it has no headings. */
  placeable?: PlaceableHtml;
  /** The answer as plain text, for search and snippets. */
  text: string;
}

export interface RendererOptions {
  /** Video sites whose links, alone on a line, become click-to-load embeds (site.yaml `videos.providers`). */
  videoProviders?: readonly VideoProvider[];
}

/**
 * The answer renderer. It renders content the checks in `core/content` have
 * passed (they read answers with the same parser), so it reports nothing.
 */
export function createRenderer(options: RendererOptions = {}): (markdown: string, env: RenderEnv) => RenderedMarkdown {
  const read = createAnswerReader(options);
  return (markdown, env) => resolveDraft(read(markdown, env).render(env.picture), env.resolveReference);
}

/** A draft with its `product:` and `faq:` links made links to the site's pages, under every heading level. */
export function resolveDraft(draft: AnswerDraft, resolve: ReferenceResolver | undefined): RenderedMarkdown {
  const html = resolveReferences(draft.html, resolve);
  const text = draft.text;
  return draft.placeable ? { html, placeable: changePlaceable(draft.placeable, (part) => resolveReferences(part, resolve)), text } : { html, text };
}
