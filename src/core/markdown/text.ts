import markdownIt from 'markdown-it';
import type { MarkdownIt, Token } from 'markdown-it';
import { callouts } from './callouts.ts';
import { isDecorativeAlt } from './pictures.ts';

let parser: MarkdownIt | undefined;

/**
 * The answer as plain text, for search and snippets: words only, no Markdown
 * syntax, no HTML, no link targets. Blocks are separated by newlines.
 */
export function markdownToText(markdown: string): string {
  // Callouts read as their words: the `[!NOTE]` marker is syntax, not text.
  parser ??= markdownIt({ html: false, linkify: false }).use(callouts);
  const blocks: string[] = [];
  for (const token of parser.parse(markdown, {})) {
    if (token.type === 'inline') blocks.push(inlineText(token.children ?? []));
    else if ((token.type === 'fence' || token.type === 'code_block') && token.content.trim()) blocks.push(token.content.trim());
  }
  return blocks.filter(Boolean).join('\n');
}

function inlineText(children: Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image' && !isDecorativeAlt(child.content)) text += inlineText(child.children ?? []);
  }
  return text.replace(/\s+/g, ' ').trim();
}
