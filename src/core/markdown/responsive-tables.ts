import type { MarkdownIt, RendererRule, Token } from 'markdown-it';

/**
 * Tables scroll sideways inside their own box so a phone never scrolls the
 * whole page, and column alignment is a class rather than a `style` attribute,
 * which the site's Content-Security-Policy does not allow.
 */
export function responsiveTables(md: MarkdownIt): void {
  md.renderer.rules.table_open = (tokens, index, options, _env, self) => `<div class="table-scroll" tabindex="0">${self.renderToken(tokens, index, options)}`;
  md.renderer.rules.table_close = (tokens, index, options, _env, self) => `${self.renderToken(tokens, index, options)}</div>`;
  const alignAsClass: RendererRule = (tokens, index, options, _env, self) => {
    const token = tokens[index]!;
    const align = /text-align:(left|right|center)/.exec(String(token.attrGet('style') ?? ''))?.[1];
    if (align) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      token.attrJoin('class', `align-${align}`);
    }
    return self.renderToken(tokens, index, options);
  };
  md.renderer.rules.th_open = alignAsClass;
  md.renderer.rules.td_open = alignAsClass;
}
