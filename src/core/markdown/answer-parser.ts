import markdownIt, { type MarkdownIt } from 'markdown-it';
import { isReferenceLink } from './reference-links.ts';

/** Schemes an answer may link to; everything else (javascript:, data:, vbscript:…) is dropped. */
const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

/**
 * How an answer's Markdown is read, shared by the checks and the renderer so
 * both see the same links and images: raw HTML is never passed through (a
 * `<script>` in an answer is shown as text), only safe link schemes survive,
 * and `product:`/`faq:` references reach the rules as written.
 */
export function createAnswerParser(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = (url) => isReferenceLink(url) || SAFE_LINK.test(url.trim());
  const normalizeLink = md.normalizeLink.bind(md);
  md.normalizeLink = (url) => (isReferenceLink(url) ? url : normalizeLink(url));
  return md;
}
