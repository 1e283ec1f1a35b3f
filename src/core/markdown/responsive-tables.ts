import type MarkdownIt from 'markdown-it';

/** Tables scroll sideways inside their own box so a phone never scrolls the whole page. */
export function responsiveTables(md: MarkdownIt): void {
  md.renderer.rules.table_open = (tokens, index, options, _env, self) => `<div class="table-scroll" tabindex="0">${self.renderToken(tokens, index, options)}`;
  md.renderer.rules.table_close = (tokens, index, options, _env, self) => `${self.renderToken(tokens, index, options)}</div>`;
}
