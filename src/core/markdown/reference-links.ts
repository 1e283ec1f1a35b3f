import type { MarkdownIt, RendererRule, Token } from 'markdown-it';
import type { RenderEnv } from './render-env.ts';

const REFERENCE = /^(product|faq):([^/?#\s]+)(#.*)?$/;

/**
 * Resolves `[text](product:id)` and `[text](faq:id)` to pages of this site,
 * and reports the ones that point nowhere, like any other dead reference.
 */
export function referenceLinks(md: MarkdownIt): void {
  md.core.ruler.push('reference_links', (state) => {
    const env = state.env as Partial<RenderEnv>;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      for (const token of block.children) {
        if (token.type !== 'link_open') continue;
        const match = REFERENCE.exec(String(token.attrGet('href') ?? ''));
        if (!match) continue;
        const [, kind, id, fragment = ''] = match as unknown as [string, 'product' | 'faq', string, string?];
        const resolution = env.resolveReference?.(kind, decodeURIComponent(id));
        if (resolution && 'href' in resolution) {
          token.attrSet('href', resolution.href + fragment);
          if (resolution.title) token.attrSet('title', resolution.title);
          token.meta = { ...token.meta, internal: true };
        } else {
          token.attrSet('href', '#');
          env.problems?.push({
            line: block.map ? block.map[0] + 1 : undefined,
            message: resolution?.problem ?? `the link "${kind}:${id}" cannot be resolved here`,
            hint: resolution?.hint ?? 'check the id',
          });
        }
      }
    }
  });
}

/** markdown-it percent-encodes links; our references must reach the rule above as written. */
export function isReferenceLink(url: string): boolean {
  return REFERENCE.test(url);
}
