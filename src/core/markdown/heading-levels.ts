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
 * headings never skips a level. Sets the tags of heading tokens in place.
 */
function placeHeadings(tokens: Token[], parentLevel: number): void {
  const headings = tokens.filter((token) => token.type === 'heading_open');
  if (headings.length === 0) return;
  const sourceLevels = headings.map(sourceLevel);
  const offset = parentLevel + 1 - Math.min(...sourceLevels);
  let previous = parentLevel;
  let heading = 0;
  for (const token of tokens) {
    if (token.type === 'heading_open') {
      previous = Math.min(sourceLevels[heading++]! + offset, previous + 1, DEEPEST);
      token.tag = `h${previous}`;
    } else if (token.type === 'heading_close') {
      // Headings never nest, so a close always belongs to the latest open.
      token.tag = `h${previous}`;
    }
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
 * Renders tokens once, and gives their HTML under any parent heading level
 * without rendering again: everything but the heading tags is kept as
 * rendered text, and only the heading tokens are rendered for each level.
 * Rendering twice would not be safe anyway: some render rules change tokens.
 */
export function renderPlaceable(renderer: Renderer, tokens: Token[], options: Options, env: Env): (parentLevel: number) => string {
  const parts: (string | number)[] = [];
  let text = '';
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      parts.push(text, index);
      text = '';
    } else if (token.type === 'inline') {
      text += renderer.renderInline(token.children ?? [], options, env);
    } else {
      const rule = renderer.rules[token.type];
      text += rule ? rule(tokens, index, options, env, renderer) : renderer.renderToken(tokens, index, options);
    }
  }
  parts.push(text);
  return parts.length === 1 ? sameAtEveryLevel(text) : placeableAtAnyLevel(parts, renderer, tokens, options, env);
}

// Closures are made in functions of their own, so that an answer without
// headings keeps only its HTML, not its tokens, alive.
function sameAtEveryLevel(html: string): (parentLevel: number) => string {
  return () => html;
}

function placeableAtAnyLevel(parts: (string | number)[], renderer: Renderer, tokens: Token[], options: Options, env: Env): (parentLevel: number) => string {
  const byLevel = new Map<number, string>();
  return (parentLevel) => {
    let html = byLevel.get(parentLevel);
    if (html === undefined) {
      placeHeadings(tokens, parentLevel);
      html = parts.map((part) => (typeof part === 'number' ? renderHeadingTag(renderer, tokens, part, options, env) : part)).join('');
      byLevel.set(parentLevel, html);
    }
    return html;
  };
}

function renderHeadingTag(renderer: Renderer, tokens: Token[], index: number, options: Options, env: Env): string {
  const rule = renderer.rules[tokens[index]!.type];
  return rule ? rule(tokens, index, options, env, renderer) : renderer.renderToken(tokens, index, options);
}
