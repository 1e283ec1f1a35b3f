import { createAnswerReader, type AnswerDraft } from './answer-reader.ts';
import { resolveReferences, type ReferenceResolver } from './reference-links.ts';
import type { VideoProvider } from './video-links.ts';
import type { RenderEnv } from './render-env.ts';

export interface RenderedMarkdown {
  /** Under the parent heading level of the render call (`headingParent`, default 1). */
  html: string;
  /** The same answer under a heading of another level, from the one render: only heading tags differ. */
  htmlUnder(parentLevel: number): string;
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
  return { html, htmlUnder: draft.htmlUnder ? resolvedUnder(draft.htmlUnder, resolve) : sameAtEveryLevel(html), text: draft.text };
}

// Closures are made in functions of their own, so that each keeps only what it needs alive:
// a large site holds one per answer for the whole build, and the draft's unresolved HTML is not needed.
function sameAtEveryLevel(html: string): (parentLevel: number) => string {
  return () => html;
}

// `htmlUnder` keeps each level it rendered; resolving again is cheap, and keeping both would double them.
function resolvedUnder(htmlUnder: (parentLevel: number) => string, resolve: ReferenceResolver | undefined): (parentLevel: number) => string {
  return (parentLevel) => resolveReferences(htmlUnder(parentLevel), resolve);
}
