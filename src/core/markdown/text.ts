import type { MarkdownIt, Token } from 'markdown-it';
import { createAnswerParser } from './answer-parser.ts';
import { callouts } from './callouts.ts';
import { isDecorativeAlt } from './pictures.ts';

let parser: MarkdownIt | undefined;

/**
 * The answer as plain text, for search and snippets: words only, no Markdown
 * syntax, no HTML, no link targets. Blocks are separated by newlines. A build
 * takes it from the tokens it renders (`createAnswerReader`); this reads an
 * answer on its own, with the same parser, so both give the same text.
 */
export function markdownToText(markdown: string): string {
  // Callouts read as their words: the `[!NOTE]` marker is syntax, not text.
  parser ??= createAnswerParser().use(callouts);
  return textOfTokens(parser.parse(markdown, {}));
}

/** The plain text of an answer's tokens, as the renderer's parser leaves them (a video embed reads as its link's words). */
export function textOfTokens(tokens: readonly Token[]): string {
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline' || token.type === 'video') blocks.push(inlineText(token.children ?? []));
    else if ((token.type === 'fence' || token.type === 'code_block') && token.content.trim()) blocks.push(token.content.trim());
  }
  return blocks.filter(Boolean).join('\n');
}

function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image' && !isDecorativeAlt(child.content)) text += inlineText(child.children ?? []);
  }
  return text.replace(/\s+/g, ' ').trim();
}
