import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/core/markdown/create-renderer.ts';
import { uiStrings } from '../../../src/core/i18n/strings.ts';
import type { ReferenceResolver } from '../../../src/core/markdown/render-env.ts';
import { readMarkdownCases } from '../../support/markdown-fixtures.ts';

const FIXTURE = 'tests/fixtures/markdown/xss.txt';
const cases = readMarkdownCases(FIXTURE);

const render = createRenderer();
const resolveReference: ReferenceResolver = (kind, id) =>
  id === 'widget-pro' || id === 'refund-timing' ? { href: `/${kind === 'product' ? 'p' : 'q'}/${id}/`, title: id } : undefined;
const html = (markdown: string) =>
  render(markdown, { idPrefix: 'e--', resolveReference, strings: { ...uiStrings('en'), externalLink: '(opens another site)' } }).html.replace(/\n$/, '');

describe('untrusted Markdown cannot inject script', () => {
  // Each case is an attack an answer's author (or a compromised editor account) might try.
  it.each(cases)(`renders $title as ${FIXTURE}:$line says`, ({ markdown, html: expected }) => {
    expect(html(markdown)).toBe(expected);
  });

  it.each(cases)('expects only safe markup for $title', ({ html: expected }) => {
    expect(unsafeMarkup(expected)).toEqual([]);
  });

  it('reads every case of the fixture', () => {
    // A mistake in the file's layout must not quietly drop cases.
    expect(cases.length).toBe(fixtureCaseCount());
    expect(cases.map((testCase) => testCase.title)).toEqual(expect.arrayContaining(['a script element', 'a javascript: link', 'a reference link to javascript:']));
  });
});

/** Every case has exactly three lines holding only a dot: counted without the parser, to check it. */
function fixtureCaseCount(): number {
  const dots = fs.readFileSync(FIXTURE, 'utf8').split(/\r?\n/).filter((line) => line === '.').length;
  expect(dots % 3).toBe(0);
  return dots / 3;
}

/** Every tag must be one the renderer is meant to write, with only safe attributes and link schemes. */
function unsafeMarkup(output: string): string[] {
  const allowedTags = new Set(['p', 'a', 'span', 'div', 'img', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'hr', 'br']);
  const allowedAttributes = new Set(['href', 'src', 'alt', 'title', 'class', 'rel', 'id', 'tabindex', 'aria-label', 'role', 'aria-labelledby', 'aria-hidden']);
  const problems: string[] = [];
  for (const [tag, name, attributes] of output.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!allowedTags.has(name!.toLowerCase())) problems.push(`tag ${tag}`);
    for (const [attribute, key, value] of attributes!.matchAll(/\s+([^\s=]+)(?:="([^"]*)")?/g)) {
      if (!allowedAttributes.has(key!.toLowerCase())) problems.push(`attribute ${attribute}`);
      if ((key === 'href' || key === 'src') && /^(javascript|vbscript|data):/i.test(asBrowserReadsScheme(value ?? ''))) problems.push(`url ${attribute}`);
    }
  }
  return problems;
}

/** Browsers decode entities in attributes and ignore tabs, newlines and leading controls in a URL's scheme. */
function asBrowserReadsScheme(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/[\u0000-\u0020]/g, '');
}
