import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { uiStrings } from '../i18n/strings.ts';
import type { RenderEnv } from './render-env.ts';

export const CALLOUT_KINDS = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/**
 * GitHub's alert marker: alone on the first line of a quote, any case, as
 * GitHub reads it, so an answer shows the same on GitHub and on the site.
 * Any other `[!WORD]` leaves the quote a plain quote.
 */
const MARKER = new RegExp(`^\\[!(${CALLOUT_KINDS.join('|')})\\][ \\t]*(?:\\n|$)`, 'i');

/** Any `[!WORD]` alone on a quote's first line: how a slip (`[!NOTEE]`, Obsidian's `[!INFO]`) is told from a quote. */
export const ANY_MARKER = /^\[!([^\]\s]+)\][ \t]*(?:\n|$)/;

// A type, not an interface: markdown-it's `meta` is a plain record.
type CalloutMeta = {
  kind: CalloutKind;
  /** Numbers the callouts of one answer, so each label gets an id of its own. */
  number: number;
};

/**
 * Turns GitHub-style alerts (`> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`,
 * `> [!WARNING]`, `> [!CAUTION]`) into callouts: a `role="note"` block named
 * by its visible, translated label. The label is not a heading, so the
 * answer's heading outline stays as the author wrote it; the icon is
 * decoration, the label says what kind of callout it is.
 */
export function callouts(md: MarkdownIt): void {
  // After block parsing and before inline parsing: the marker is still raw text to strip.
  md.core.ruler.after('block', 'callouts', (state) => markCallouts(state));

  md.renderer.rules.callout_open = (tokens, index, _options, env) => {
    const { kind, number } = tokens[index]!.meta as CalloutMeta;
    const renderEnv = env as Partial<RenderEnv>;
    const id = md.utils.escapeHtml(`${renderEnv.idPrefix ?? ''}callout-${number}`);
    const label = md.utils.escapeHtml((renderEnv.strings ?? uiStrings('en')).callout[kind]);
    return `<div class="callout callout-${kind}" role="note" aria-labelledby="${id}">\n<p class="callout-label" id="${id}"><span class="callout-icon" aria-hidden="true"></span>${label}</p>\n`;
  };
  md.renderer.rules.callout_close = () => '</div>\n';
}

function markCallouts(state: StateCore): void {
  const tokens = state.tokens;
  let number = 0;
  for (let index = 0; index < tokens.length; index++) {
    const open = tokens[index]!;
    const paragraph = tokens[index + 1];
    const inline = tokens[index + 2];
    if (open.type !== 'blockquote_open' || paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline') continue;
    const match = MARKER.exec(inline.content);
    if (!match) continue;
    const close = findClose(tokens, index);
    if (!close) continue;
    const body = inline.content.slice(match[0].length);
    // A marker with nothing under it has nothing to call out: it stays the quote it was.
    if (!body.trim() && tokens[index + 4] === close) continue;

    const meta: CalloutMeta = { kind: match[1]!.toLowerCase() as CalloutKind, number: ++number };
    open.type = 'callout_open';
    open.meta = meta;
    close.type = 'callout_close';
    if (body.trim()) inline.content = body;
    // The marker was the paragraph's only line: drop the empty paragraph.
    else tokens.splice(index + 1, 3);
  }
}

/** The quote's own closing token, past any quotes nested in it. */
function findClose(tokens: Token[], openIndex: number): Token | undefined {
  const level = tokens[openIndex]!.level;
  for (let index = openIndex + 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === 'blockquote_close' && token.level === level) return token;
  }
  return undefined;
}
