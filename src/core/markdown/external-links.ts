import type { MarkdownIt, RendererRule, Token } from 'markdown-it';
import type { RenderEnv } from './render-env.ts';
import { uiStrings } from '../i18n/strings.ts';

/**
 * Links that leave the site get `rel="noopener"`, a class for their icon, and a
 * visually hidden label so screen-reader users know before they follow them.
 */
export function externalLinks(md: MarkdownIt): void {
  const renderDefault: RendererRule = (tokens, index, options, _env, self) => self.renderToken(tokens, index, options);
  const openDefault = md.renderer.rules.link_open ?? renderDefault;
  const closeDefault = md.renderer.rules.link_close ?? renderDefault;
  const isExternal = leavesSite;

  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    if (isExternal(String(token.attrGet('href') ?? ''))) {
      token.attrSet('rel', 'noopener noreferrer');
      token.attrJoin('class', 'external');
    }
    return openDefault(tokens, index, options, env, self);
  };
  md.renderer.rules.link_close = (tokens, index, options, env, self) => {
    const open = findOpening(tokens, index);
    const label = ((env as Partial<RenderEnv>).strings ?? uiStrings('en')).externalLink;
    const suffix = open && isExternal(String(open.attrGet('href') ?? '')) ? `<span class="visually-hidden"> ${md.utils.escapeHtml(label)}</span>` : '';
    return suffix + closeDefault(tokens, index, options, env, self);
  };
}

/** Stands for the help center's own origin, whatever it is: only a different origin counts as leaving. */
const THIS_SITE = 'https://this-site.invalid/';

/**
 * Whether following the link leaves the site. The href is resolved the way a
 * browser resolves it, so `//host/…` (and the `/\host` spellings browsers read
 * the same way) counts as external just like `https://host/…`.
 */
function leavesSite(href: string): boolean {
  if (!URL.canParse(href, THIS_SITE)) return false;
  const url = new URL(href, THIS_SITE);
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== new URL(THIS_SITE).origin;
}

function findOpening(tokens: Token[], closeIndex: number): Token | undefined {
  let depth = 0;
  for (let index = closeIndex; index >= 0; index--) {
    const token = tokens[index]!;
    if (token.type === 'link_close') depth++;
    if (token.type === 'link_open' && --depth === 0) return token;
  }
  return undefined;
}
