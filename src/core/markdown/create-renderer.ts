import markdownIt, { type MarkdownIt } from 'markdown-it';
import { headingAnchors } from './heading-anchors.ts';
import { headingLevels, renderPlaceable } from './heading-levels.ts';
import { externalLinks } from './external-links.ts';
import { imageOrigins } from './image-origins.ts';
import { isReferenceLink, referenceLinks } from './reference-links.ts';
import { responsiveTables } from './responsive-tables.ts';
import type { RenderEnv } from './render-env.ts';

/** Schemes an answer may link to; everything else (javascript:, data:, vbscript:…) is dropped. */
const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

export interface RenderedMarkdown {
  /** Under the parent heading level of the render call (`headingParent`, default 1). */
  html: string;
  /** The same answer under a heading of another level, from the one render: only heading tags differ. */
  htmlUnder(parentLevel: number): string;
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
  for (const plugin of [referenceLinks, headingAnchors, headingLevels, externalLinks, imageOrigins, responsiveTables]) md.use(plugin);
  reportTooDeepNesting(md);
  return (markdown, env) => {
    const fullEnv: RenderEnv = { ...env, problems: [] };
    // markdown-it hands `env` to every rule untouched; ours is typed where the rules read it.
    const mdEnv = fullEnv as unknown as Record<string, unknown>;
    const htmlUnder = renderPlaceable(md.renderer, md.parse(markdown, mdEnv), md.options, mdEnv);
    return { html: htmlUnder(env.headingParent ?? 1), htmlUnder, problems: fullEnv.problems };
  };
}

/**
 * Past `maxNesting` levels of lists and quotes, markdown-it stops reading and
 * leaves out everything inside, without a word. Every nested block is read
 * through `block.tokenize`, so that is where the cut is seen and reported.
 */
function reportTooDeepNesting(md: MarkdownIt): void {
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state, startLine, endLine) => {
    const env = state.env as Partial<RenderEnv>;
    const firstLine = state.skipEmptyLines(startLine);
    if (state.level >= md.options.maxNesting && firstLine < endLine && !env.problems?.some((problem) => problem.message === TOO_DEEP)) {
      env.problems?.push({ line: firstLine + 1, message: TOO_DEEP, hint: 'flatten the list: use fewer levels of indentation, or split it into several lists' });
    }
    tokenize(state, startLine, endLine);
  };
}

const TOO_DEEP = 'lists or quotes are nested too deeply here, so the page would leave out this line and what follows it';
