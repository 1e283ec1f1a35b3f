import type { MarkdownIt, RendererRule, Token } from 'markdown-it';
import { slugify } from './slug.ts';
import type { RenderEnv } from './render-env.ts';

/** Headings inside answers get stable ids and a visible `#` link to copy. */
export function headingAnchors(md: MarkdownIt): void {
  md.core.ruler.push('heading_anchors', (state) => {
    const env = state.env as Partial<RenderEnv>;
    const used = new Set<string>();
    const tokens = state.tokens;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (token.type !== 'heading_open') continue;
      const inline = tokens[index + 1];
      const text = inline?.children?.filter((child) => child.type === 'text' || child.type === 'code_inline').map((child) => child.content).join('') ?? '';
      const base = `${env.idPrefix ?? ''}${slugify(text) || 'section'}`;
      let id = base;
      for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
      used.add(id);
      token.attrSet('id', id);
      if (inline?.children) {
        const anchor = new state.Token('html_inline', '', 0);
        anchor.content = ` <a class="heading-anchor" href="#${md.utils.escapeHtml(encodeURIComponent(id))}" aria-label="${md.utils.escapeHtml(text)}">#</a>`;
        inline.children.push(anchor);
      }
    }
  });
}
