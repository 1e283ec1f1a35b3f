import fs from 'node:fs';

/** One case of a Markdown fixture file: what an author writes, and the HTML it must become. */
export interface MarkdownCase {
  title: string;
  markdown: string;
  html: string;
  /** 1-based line of the case's title, so a failing case can be found in the file. */
  line: number;
}

/**
 * Reads a fixture file laid out the way markdown-it's own fixtures are, so a
 * case reads as input and output side by side:
 *
 *     A title, on the line(s) just above the first dot
 *     .
 *     markdown
 *     .
 *     expected HTML
 *     .
 *
 * Anything else between cases (blank lines, paragraphs of explanation) is
 * commentary. A mistake in the file is an error naming its line, so a broken
 * fixture can never pass silently as "no cases".
 */
export function readMarkdownCases(file: string): MarkdownCase[] {
  const lines = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n');
  const cases: MarkdownCase[] = [];
  let commentary: number[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (lines[index] !== '.') {
      commentary = lines[index]!.trim() ? [...commentary, index] : [];
      continue;
    }
    if (commentary.length === 0) throw new Error(`${file}:${index + 1}: a case starts without a title — write its title on the line above the dot`);
    const markdownEnd = lines.indexOf('.', index + 1);
    const htmlEnd = markdownEnd < 0 ? -1 : lines.indexOf('.', markdownEnd + 1);
    if (htmlEnd < 0) throw new Error(`${file}:${index + 1}: the case is not closed — end its markdown and its HTML each with a line holding only a dot`);
    cases.push({
      title: commentary.map((line) => lines[line]!.trim()).join(' '),
      markdown: lines.slice(index + 1, markdownEnd).join('\n'),
      html: lines.slice(markdownEnd + 1, htmlEnd).join('\n'),
      line: commentary[0]! + 1,
    });
    commentary = [];
    index = htmlEnd;
  }
  const titles = new Set<string>();
  for (const { title, line } of cases) {
    if (titles.has(title)) throw new Error(`${file}:${line}: the title "${title}" is used twice — give each case its own title`);
    titles.add(title);
  }
  return cases;
}
