import { createAnswerParser } from './answer-parser.ts';
import { headingAnchors } from './heading-anchors.ts';
import { headingLevels, renderPlaceable } from './heading-levels.ts';
import { externalLinks } from './external-links.ts';
import { referenceLinks } from './reference-links.ts';
import { responsiveTables } from './responsive-tables.ts';
import { callouts } from './callouts.ts';
import { videoEmbeds } from './video-embeds.ts';
import { pictures } from './pictures.ts';
import type { VideoProvider } from './video-links.ts';
import type { RenderEnv } from './render-env.ts';

export interface RenderedMarkdown {
  /** Under the parent heading level of the render call (`headingParent`, default 1). */
  html: string;
  /** The same answer under a heading of another level, from the one render: only heading tags differ. */
  htmlUnder(parentLevel: number): string;
}

export interface RendererOptions {
  /** Video sites whose links, alone on a line, become click-to-load embeds (site.yaml `videos.providers`). */
  videoProviders?: readonly VideoProvider[];
}

/**
 * The answer renderer. It renders content the checks in `core/content` have
 * passed (`scanAnswer` reads answers with the same parser), so it reports nothing.
 */
export function createRenderer({ videoProviders = [] }: RendererOptions = {}): (markdown: string, env: RenderEnv) => RenderedMarkdown {
  const md = createAnswerParser();
  for (const plugin of [referenceLinks, callouts, headingAnchors, headingLevels, externalLinks, responsiveTables, pictures, videoEmbeds(videoProviders)]) md.use(plugin);
  return (markdown, env) => {
    // markdown-it hands `env` to every rule untouched; ours is typed where the rules read it.
    const mdEnv = { ...env } as Record<string, unknown>;
    const htmlUnder = renderPlaceable(md.renderer, md.parse(markdown, mdEnv), md.options, mdEnv);
    return { html: htmlUnder(env.headingParent ?? 1), htmlUnder };
  };
}
