import markdownIt from 'markdown-it';
import { headingAnchors } from './heading-anchors.ts';
import { externalLinks } from './external-links.ts';
import { imageOrigins } from './image-origins.ts';
import { isReferenceLink, referenceLinks } from './reference-links.ts';
import { responsiveTables } from './responsive-tables.ts';
import type { RenderEnv } from './render-env.ts';

/** Schemes an answer may link to; everything else (javascript:, data:, vbscript:…) is dropped. */
const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

export interface RenderedMarkdown {
  html: string;
  problems: RenderEnv['problems'];
}

/**
 * The answer renderer: raw HTML is never passed through, so a `<script>` in an
 * answer is shown as text; only safe link schemes survive.
 */
export function createRenderer(): (markdown: string, env: Omit<RenderEnv, 'problems'>) => RenderedMarkdown {
  const md = markdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = (url) => isReferenceLink(url) || SAFE_LINK.test(url.trim());
  const normalizeLink = md.normalizeLink.bind(md);
  md.normalizeLink = (url) => (isReferenceLink(url) ? url : normalizeLink(url));
  for (const plugin of [referenceLinks, headingAnchors, externalLinks, imageOrigins, responsiveTables]) md.use(plugin);
  return (markdown, env) => {
    const fullEnv: RenderEnv = { ...env, problems: [] };
    // markdown-it hands `env` to every rule untouched; ours is typed where the rules read it.
    const html = md.render(markdown, fullEnv as unknown as Record<string, unknown>);
    return { html, problems: fullEnv.problems };
  };
}
