import type { MarkdownIt, RendererRule } from 'markdown-it';

/**
 * A code block keeps its lines, so on a phone a long one scrolls sideways in
 * its own box (see `.prose pre` in the stylesheet). The box takes focus, so a
 * reader without a mouse or a touch screen can scroll it with the arrow keys,
 * as with tables.
 */
export function scrollingCode(md: MarkdownIt): void {
  for (const rule of ['fence', 'code_block'] as const) {
    const render: RendererRule = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (tokens, index, options, env, self) => render(tokens, index, options, env, self).replace(/^<pre(?=[\s>])/, '<pre tabindex="0"');
  }
}
