import type { MarkdownIt } from 'markdown-it';
import type { RenderEnv } from './render-env.ts';

/** Stands for the help center's own origin: an image resolving elsewhere comes from another site. */
const THIS_SITE = new URL('https://this-site.invalid/');

/**
 * The security policy lets images load only from the site itself and the
 * origins `images.origins` lists, so any other image would show broken (and
 * could count readers, members-only answers included). Report it at build
 * time, on its line, instead.
 */
export function imageOrigins(md: MarkdownIt): void {
  md.core.ruler.push('image_origins', (state) => {
    const env = state.env as Partial<RenderEnv>;
    const allowed = new Set(env.imageOrigins ?? []);
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      for (const token of block.children) {
        if (token.type !== 'image') continue;
        const src = String(token.attrGet('src') ?? '');
        const problem = imageProblem(src, allowed);
        if (problem) env.problems?.push({ line: block.map ? block.map[0] + 1 : undefined, ...problem });
      }
    }
  });
}

function imageProblem(src: string, allowed: ReadonlySet<string>): { message: string; hint: string } | undefined {
  if (!URL.canParse(src, THIS_SITE)) return undefined;
  const url = new URL(src, THIS_SITE);
  if (url.origin === THIS_SITE.origin) return undefined;
  const shown = src.length > 80 ? `${src.slice(0, 77)}…` : src;
  if (url.protocol !== 'https:') {
    return { message: `the image "${shown}" is not loaded over https, so the site's security policy blocks it`, hint: 'put the image on this site and link it as /path, or use its https:// address and list its origin under images.origins in site.yaml' };
  }
  if (allowed.has(url.origin)) return undefined;
  return {
    message: `the image "${shown}" comes from ${url.origin}, which site.yaml does not allow, so the site's security policy blocks it`,
    hint: `put the image on this site and link it as /path, or add ${url.origin} to images.origins in site.yaml`,
  };
}
