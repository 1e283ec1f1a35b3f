import type { Env, MarkdownIt, MarkdownItOptions, Renderer, Token } from 'markdown-it';
import type { RenderEnv } from './render-env.ts';

type Options = Required<MarkdownItOptions>;

/** HTML has six heading levels; deeper ones stay at h6 rather than skip. */
const DEEPEST = 6;

/** The level an author wrote, kept on the token so it can be placed again at another depth. */
interface HeadingMeta {
  sourceLevel?: number;
}

/**
 * Places an answer's own headings below the heading the answer sits under:
 * under a question shown as `<h1>` the answer's top headings become `<h2>`,
 * under an `<h4>` they become `<h5>`. Whatever level the author started at
 * (`#` or `##`), the answer's top level follows its parent, and no heading is
 * more than one level below the one before it, so a screen reader's list of
 * headings never skips a level. Returns the level of each heading, given the
 * levels its author wrote.
 */
export function placedLevels(sourceLevels: readonly number[], parentLevel: number): number[] {
  if (sourceLevels.length === 0) return [];
  const offset = parentLevel + 1 - Math.min(...sourceLevels);
  let previous = parentLevel;
  return sourceLevels.map((level) => (previous = Math.min(level + offset, previous + 1, DEEPEST)));
}

/** Sets the tags of heading tokens in place (`placedLevels`). */
function placeHeadings(tokens: Token[], parentLevel: number): void {
  const headings = tokens.filter((token) => token.type === 'heading_open');
  if (headings.length === 0) return;
  const levels = placedLevels(headings.map(sourceLevel), parentLevel);
  let heading = -1;
  for (const token of tokens) {
    // Headings never nest, so a close always belongs to the latest open.
    if (token.type === 'heading_open') token.tag = `h${levels[++heading]!}`;
    else if (token.type === 'heading_close') token.tag = `h${levels[heading]!}`;
  }
}

function sourceLevel(token: Token): number {
  const meta = ((token.meta as HeadingMeta | null) ??= {});
  meta.sourceLevel ??= Number(token.tag.slice(1));
  return meta.sourceLevel;
}

/**
 * The markdown-it plugin: `env.headingParent` (default 1, a question shown as
 * the page's `<h1>`) is the level of the heading the answer sits under.
 */
export function headingLevels(md: MarkdownIt): void {
  md.core.ruler.push('heading_levels', (state) => {
    placeHeadings(state.tokens, (state.env as Partial<RenderEnv>).headingParent ?? 1);
  });
}

/**
 * An answer's HTML with its heading levels left open, as plain data (it
 * crosses threads, and keeps no tokens alive): the HTML between the heading
 * tags, and each tag with the level its author wrote. `placeHtml` gives the
 * HTML under any parent heading, without rendering again.
 */
export interface PlaceableHtml {
  /** The HTML before, between and after the heading tags: one more than `tags`. */
  between: string[];
  tags: HeadingTag[];
}

export interface HeadingTag {
  close: boolean;
  /** The level the author wrote: `2` for `##` (for a closing tag, its heading's). */
  sourceLevel: number;
  /** The rendered tag after its name: ` id="steps">` for an opening tag, `>` and a line break for a closing one. */
  rest: string;
}

/** What `renderPlaceable` renders: the HTML under the parent level of the render, and, when the answer has headings, the same HTML placeable under any level. */
export interface RenderedPlaceable {
  html: string;
  placeable?: PlaceableHtml;
}

/**
 * Renders tokens once, keeping the heading tags apart from the rest of the
 * HTML so that the answer can be placed under any parent heading level
 * (`placeHtml`). Rendering twice would not be safe anyway: some render rules
 * change tokens.
 */
export function renderPlaceable(renderer: Renderer, tokens: Token[], options: Options, env: Env & Partial<RenderEnv>): RenderedPlaceable {
  const between: string[] = [];
  const tags: HeadingTag[] = [];
  let text = '';
  // Headings never nest, so a close always belongs to the latest open.
  let openLevel = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const close = token.type === 'heading_close';
      const rendered = renderToken(renderer, tokens, index, options, env);
      const name = `<${close ? '/' : ''}${token.tag}`;
      if (!rendered.startsWith(name)) throw new Error(`a heading rendered as ${JSON.stringify(rendered.slice(0, 20))}, not starting with ${name}`);
      between.push(text);
      text = '';
      if (!close) openLevel = sourceLevel(token);
      tags.push({ close, sourceLevel: openLevel, rest: rendered.slice(name.length) });
    } else if (token.type === 'inline') {
      text += renderer.renderInline(token.children ?? [], options, env);
    } else {
      text += renderToken(renderer, tokens, index, options, env);
    }
  }
  between.push(text);
  if (tags.length === 0) return { html: text };
  const placeable = { between, tags };
  return { html: placeHtml(placeable, env.headingParent ?? 1), placeable };
}

/** The answer's HTML under a heading of `parentLevel`: its own headings start one below. */
export function placeHtml({ between, tags }: PlaceableHtml, parentLevel: number): string {
  const levels = placedLevels(
    tags.filter((tag) => !tag.close).map((tag) => tag.sourceLevel),
    parentLevel,
  );
  let heading = -1;
  let html = between[0]!;
  tags.forEach((tag, index) => {
    if (!tag.close) heading++;
    html += `<${tag.close ? '/' : ''}h${levels[heading]!}${tag.rest}${between[index + 1]!}`;
  });
  return html;
}

/** The same answer with `change` made to its HTML between the heading tags (links resolved, pictures placed). */
export function changePlaceable({ between, tags }: PlaceableHtml, change: (html: string) => string): PlaceableHtml {
  return { between: between.map(change), tags };
}

function renderToken(renderer: Renderer, tokens: Token[], index: number, options: Options, env: Env): string {
  const rule = renderer.rules[tokens[index]!.type];
  return rule ? rule(tokens, index, options, env, renderer) : renderer.renderToken(tokens, index, options);
}
