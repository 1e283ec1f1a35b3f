import type { MarkdownIt, Token } from 'markdown-it';
import { createAnswerParser } from './answer-parser.ts';
import { parseReference, type ReferenceKind } from './reference-links.ts';
import { loneVideoLink, type VideoLink } from './video-links.ts';
import { ANY_MARKER, CALLOUT_KINDS } from './callouts.ts';

/** What an answer points at, each with its 1-based line within the Markdown. */
export interface AnswerScan {
  references: { kind: ReferenceKind; id: string; line?: number }[];
  /** `alt` as written: empty when the editor gave none, `""` when they marked the picture decorative. */
  images: { src: string; alt: string; line?: number }[];
  /** http(s) addresses of links and images, as the renderer will write them (bare URLs too, which it turns into links). */
  externalLinks: { url: string; line?: number }[];
  /**
   * Links that lead nowhere on the site: empty, or relative to the page's
   * address (`./other`, `setup/`) rather than to an entry's file, and
   * `faq:`/`product:` links written without an id, which stay text.
   */
  deadLinks: { href: string; line?: number }[];
  /** HTML tags written in the text (`<br>`, `<b>`), which readers see as written: raw HTML is never passed through. */
  htmlTags: { tag: string; line?: number }[];
  /**
   * Markdown that reads as plain text for a slip of spacing: `##Setup` (no
   * space after the #), `[text] (https://…)` (a space before the address),
   * `[text](https://a b)` (a space inside it). Readers see the marks.
   */
  spacingSlips: { kind: 'heading' | 'before-address' | 'in-address'; written: string; line?: number }[];
  /**
   * Blocks that read otherwise than meant: a code block never closed (the
   * rest of the answer shows as code), a quote marked `[!WORD]` with a word
   * GitHub's alerts do not know (it stays a quote, marker and all), or an
   * alert with nothing under it.
   */
  blockSlips: { kind: 'open-code' | 'unknown-callout' | 'empty-callout'; written: string; line?: number }[];
  /** Video links alone in their paragraph: the ones that become embeds when their provider is enabled. */
  videos: (VideoLink & { line?: number })[];
  /**
   * The first line markdown-it stops reading at because lists or quotes nest
   * past its limit: it leaves out that line and everything inside, without a word.
   */
  tooDeepAt?: number;
}

let parser: MarkdownIt | undefined;

/**
 * Reads an answer the way the renderer will, to learn what it links to
 * without rendering it (`npm run check --links`). A build reads each answer
 * once, with `createAnswerReader`, which scans the same tokens it renders.
 */
export function scanAnswer(markdown: string): AnswerScan {
  parser ??= watchNesting(createAnswerParser());
  // markdown-it keeps its own state in `env` (reference definitions), so the nesting watch gets an object of its own.
  const env: NestingEnv = {};
  return scanTokens(parser.parse(markdown, env), env);
}

/** Where a parser with `watchNesting` notes the first line it cut. */
export type NestingEnv = Record<PropertyKey, unknown> & { tooDeepAt?: number };

/**
 * What the tokens of an answer point at. They may come from the renderer's
 * parser: a paragraph it turned into a video embed is a `video` token holding
 * the paragraph's line and its link.
 */
export function scanTokens(blocks: readonly Token[], env: NestingEnv): AnswerScan {
  const scan: AnswerScan = { references: [], images: [], externalLinks: [], deadLinks: [], htmlTags: [], spacingSlips: [], blockSlips: [], videos: [] };
  for (const [index, block] of blocks.entries()) {
    const slip = blockSlip(blocks, index);
    if (slip) scan.blockSlips.push({ ...slip, line: block.map ? block.map[0] + 1 : undefined });
    if ((block.type !== 'inline' && block.type !== 'video') || !block.children) continue;
    const line = block.map ? block.map[0] + 1 : undefined;
    collectSpacingSlips(block.content, blocks[index - 1]?.type === 'paragraph_open', line, scan);
    // A paragraph spans lines; each line break inside it moves external links' line on (references keep the paragraph's).
    let breaks = 0;
    for (const token of block.children) {
      if (token.type === 'softbreak' || token.type === 'hardbreak') breaks += 1;
      collect(token, line, line === undefined ? undefined : line + breaks, scan);
    }
    // Only a paragraph becomes an embed, as in the renderer; a link in a heading or a table cell stays a link.
    const video = block.type === 'video' ? (block.meta as VideoLink) : blocks[index - 1]?.type === 'paragraph_open' ? loneVideoLink(block) : undefined;
    if (video) scan.videos.push({ ...video, line });
  }
  return env.tooDeepAt === undefined ? scan : { ...scan, tooDeepAt: env.tooDeepAt };
}

function blockSlip(blocks: readonly Token[], index: number): { kind: AnswerScan['blockSlips'][number]['kind']; written: string } | undefined {
  const block = blocks[index]!;
  if (block.type === 'fence' && codeIsOpen(block)) return { kind: 'open-code', written: block.markup };
  // The renderer's parser has made every alert with a body a callout already; the checks' parser has not.
  const inline = blocks[index + 2];
  if (block.type !== 'blockquote_open' || blocks[index + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') return undefined;
  const marker = ANY_MARKER.exec(inline.content);
  if (!marker) return undefined;
  if (!(CALLOUT_KINDS as readonly string[]).includes(marker[1]!.toLowerCase())) return { kind: 'unknown-callout', written: `[!${marker[1]}]` };
  const empty = !inline.content.slice(marker[0].length).trim() && blocks[index + 4]?.type === 'blockquote_close';
  return empty ? { kind: 'empty-callout', written: `[!${marker[1]}]` } : undefined;
}

/**
 * A fence markdown-it ran to the end of the answer (or of the quote or list
 * holding it) for want of a closing one: its lines hold the content and the
 * opening fence, and no closing fence line after them.
 */
function codeIsOpen(fence: Token): boolean {
  if (!fence.map) return false;
  const contentLines = fence.content === '' ? 0 : fence.content.split('\n').length - (fence.content.endsWith('\n') ? 1 : 0);
  return fence.map[1] - fence.map[0] - 1 <= contentLines;
}

/**
 * Read from the inline Markdown as written, since the parser has already cut
 * it up (a bare address inside `[text] (https://…)` becomes a link of its
 * own); code spans are blanked first, as they show their marks on purpose.
 */
function collectSpacingSlips(markdown: string, paragraph: boolean, line: number | undefined, scan: AnswerScan): void {
  // Every block of every answer comes through here in a build: most have neither mark, and cost one look.
  if (!markdown.includes('[') && !(paragraph && markdown.includes('#'))) return;
  const text = markdown.replace(/(`+)[^`]*?\1/g, (code) => code.replace(/[^\n]/g, ' '));
  const lineAt = (offset: number) => (line === undefined ? undefined : line + (text.slice(0, offset).match(/\n/g)?.length ?? 0));
  if (paragraph) {
    for (const match of text.matchAll(UNSPACED_HEADING)) scan.spacingSlips.push({ kind: 'heading', written: match[0], line: lineAt(match.index) });
  }
  for (const match of text.matchAll(SPACE_BEFORE_ADDRESS)) scan.spacingSlips.push({ kind: 'before-address', written: match[0], line: lineAt(match.index) });
  for (const match of text.matchAll(SPACE_IN_ADDRESS)) {
    // `(faq: refund-timing)` is a reference without its id, reported as such (`deadLinks`).
    if (match[0].search(UNREAD_REFERENCE) < 0) scan.spacingSlips.push({ kind: 'in-address', written: match[0], line: lineAt(match.index) });
  }
}

function collect(token: Token, line: number | undefined, exactLine: number | undefined, scan: AnswerScan): void {
  if (token.type === 'link_open') {
    const href = String(token.attrGet('href') ?? '');
    const reference = parseReference(href);
    if (reference) scan.references.push({ kind: reference.kind, id: reference.id, line });
    else if (EXTERNAL.test(href)) scan.externalLinks.push({ url: href, line: exactLine });
    else if (!ELSEWHERE.test(href) || ROOTED_MARKDOWN.test(href)) scan.deadLinks.push({ href, line: exactLine });
  } else if (token.type === 'text') {
    for (const [written] of token.content.matchAll(UNREAD_REFERENCE)) scan.deadLinks.push({ href: written.slice(2), line: exactLine });
    for (const [, tag] of token.content.matchAll(HTML_TAG)) scan.htmlTags.push({ tag: tag!.toLowerCase(), line: exactLine });
  } else if (token.type === 'image') {
    const src = String(token.attrGet('src') ?? '');
    scan.images.push({ src, alt: token.content, line });
    if (EXTERNAL.test(src)) scan.externalLinks.push({ url: src, line: exactLine });
  }
}

const EXTERNAL = /^https?:\/\//i;
/** Addresses that lead somewhere from any page: with a scheme, from the site's root, or within the page. */
const ELSEWHERE = /^([a-z][a-z0-9+.-]*:|\/|#)/i;
/** `<br>`, `</b>`, `<a href="…">`: a letter right after `<` (so `3 < 4` is no tag); code spans are tokens of their own, never text. */
const HTML_TAG = /<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>/gi;
/** `/faq/orders/refund-timing.md`: a Markdown file from the root, which the site never serves (its pages are not its files). */
const ROOTED_MARKDOWN = /^\/(?!\/)[^?#]*\.md([?#]|$)/i;
/** `##Setup` at the start of a paragraph's line: a heading without its space (`#1` and `#hashtags` of digits are left alone). */
const UNSPACED_HEADING = /^#{1,6}(?=[^\s#\d])\S*/gm;
/** What a link's address starts with: a scheme, another entry's file, or a path. */
const ADDRESS_START = String.raw`(?:[a-z][a-z0-9+.-]*:|\.{0,2}\/|[\w-]+\.md\b)`;
/** `[text] (https://…)`: the space keeps markdown-it from reading a link. */
const SPACE_BEFORE_ADDRESS = new RegExp(String.raw`\[[^\[\]\n]+\][ \t]+\(${ADDRESS_START}[^()\s]*\)`, 'gi');
/** `[text](https://a b)`: an address with a space in it, which is no link (a quoted title after a space is, and never reaches the text). */
const SPACE_IN_ADDRESS = new RegExp(String.raw`\[[^\[\]\n]+\]\(${ADDRESS_START}[^()\s]*\s[^()"']*\)`, 'gi');
/** `[text](faq:)`: markdown-it leaves a reference without an id as text. */
const UNREAD_REFERENCE = /\]\((?:faq|product):(?=[\s)])/g;

/** Every nested block is read through `block.tokenize`, so that is where the cut is seen: the parser notes it in `env.tooDeepAt`. */
export function watchNesting(md: MarkdownIt): MarkdownIt {
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state, startLine, endLine) => {
    const env = state.env as NestingEnv;
    const firstLine = state.skipEmptyLines(startLine);
    if (state.level >= md.options.maxNesting && firstLine < endLine && env.tooDeepAt === undefined) env.tooDeepAt = firstLine + 1;
    tokenize(state, startLine, endLine);
  };
  return md;
}
