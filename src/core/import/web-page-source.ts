import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { getInnerHTML, getOuterHTML, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { CategorySegment, ImportedRecord, ImportProblem, SourceRead } from './types.ts';

export interface WebPageOptions {
  /** As the editor named it in messages. */
  file: string;
}

interface Found {
  element: Element | undefined;
  question: string;
  answerHtml: string;
  /** Ids of elements a link's `#fragment` can name to reach this question. */
  anchors: string[];
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

const all = (query: string, root: AnyNode | AnyNode[]) => selectAll<AnyNode, Element>(query, root);
const one = (query: string, root: AnyNode | AnyNode[]) => selectOne<AnyNode, Element>(query, root);

/**
 * Reads the FAQ on a web page: schema.org FAQPage data when the page has it
 * (JSON-LD, then microdata), which says exactly what the questions are;
 * otherwise the markup pages commonly use, `<details>`, `<dl>`, then headings
 * followed by their answers. Headings above the questions name categories.
 */
export function readWebPage(html: string, options: WebPageOptions): SourceRead {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: true });
  const lineStarts = [0, ...[...html.matchAll(/\n/g)].map((match) => match.index! + 1)];
  const lineOf = (element: AnyNode | undefined) => {
    if (!element || element.startIndex === null) return undefined;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= element.startIndex!) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const problems: ImportProblem[] = [];
  const canonical = one('link[rel~="canonical"]', document)?.attribs.href ?? one('meta[property="og:url"]', document)?.attribs.content;
  const baseUrl = canonical && URL.canParse(canonical) && /^https?:/.test(canonical) ? new URL(canonical).href.replace(/#.*$/, '') : `file:///${encodeURIComponent(options.file.split(/[\\/]/).at(-1)!)}`;
  const title = textOf(one('title', document)) || textOf(one('h1', document)) || undefined;

  let method = 'FAQPage JSON-LD';
  let found = fromJsonLd(document, options.file, lineOf, problems);
  if (!found.length) [method, found] = ['FAQPage microdata', fromMicrodata(document)];
  if (!found.length) [method, found] = ['<details>', fromDetails(document)];
  if (!found.length) [method, found] = ['<dl>', fromDefinitionLists(document)];
  let questionLevel = 7;
  if (!found.length) {
    const headings = fromHeadings(document);
    [method, found, questionLevel] = ['headings', headings.found, headings.level];
  }
  if (!found.length) {
    problems.push({ where: options.file, message: 'no FAQ found on the page: no FAQPage data, <details>, <dl> or headings followed by answers', handled: 'nothing was imported; save the page with its questions in one of those forms, or export them as CSV', severity: 'error' });
  }

  const categoryHeadings = all(HEADINGS, document).filter((heading) => !insideQuestion(heading, found) && headingLevel(heading) < questionLevel && headingLevel(heading) > 1);
  const anchors = new Map<string, string>();
  const records: ImportedRecord[] = [];
  found.forEach((item, index) => {
    const line = lineOf(item.element);
    const where = `${options.file}${line ? `:${line}` : ''} (question ${index + 1}, ${method})`;
    if (!item.question) {
      problems.push({ where, message: 'the question is empty', handled: 'skipped', severity: 'warning' });
      return;
    }
    const key = `q:${index + 1}`;
    for (const anchor of item.anchors) anchors.set(anchor, key);
    records.push({
      where,
      key,
      question: item.question,
      answer: { format: 'html', text: item.answerHtml },
      category: categoryOf(item.element, categoryHeadings),
      keywords: [],
      draft: false,
      priority: 0,
      membersOnly: false,
      baseUrl,
    });
  });
  const page = baseUrl.replace(/#.*$/, '');
  return {
    kind: 'web page',
    records,
    problems,
    title,
    linkKey: (address) => (address.href.replace(/#.*$/, '') === page && address.hash ? anchors.get(decodeURIComponent(address.hash.slice(1))) : undefined),
  };
}

function fromJsonLd(document: Document, file: string, lineOf: (node: AnyNode) => number | undefined, problems: ImportProblem[]): Found[] {
  const found: Found[] = [];
  for (const script of all('script[type="application/ld+json"]', document)) {
    let data: unknown;
    try {
      data = JSON.parse(textContent(script));
    } catch {
      problems.push({ where: `${file}:${lineOf(script)} (JSON-LD)`, message: 'the structured data is not valid JSON', handled: 'skipped; the rest of the page was read', severity: 'warning' });
      continue;
    }
    for (const page of nodesOfType(data, 'FAQPage')) {
      for (const question of asArray((page as Record<string, unknown>).mainEntity)) {
        if (!question || typeof question !== 'object') continue;
        const { name, acceptedAnswer } = question as { name?: unknown; acceptedAnswer?: unknown };
        const answer = asArray(acceptedAnswer)[0] as { text?: unknown } | undefined;
        const text = typeof name === 'string' ? collapse(decodeText(name)) : '';
        found.push({ element: findOnPage(document, text) ?? script, question: text, answerHtml: typeof answer?.text === 'string' ? answer.text : '', anchors: [] });
      }
    }
  }
  // A question found as a <summary> or heading is reached by the id of its <details> or the heading's own.
  return found.map((item) => ({ ...item, anchors: item.element ? idsOf(item.element, item.element.name === 'summary' && item.element.parent?.type === 'tag' ? (item.element.parent as Element) : undefined) : [] }));
}

function fromMicrodata(document: Document): Found[] {
  return all('[itemtype*="schema.org/FAQPage"] [itemprop~="mainEntity"]', document).map((item) => {
    const name = one('[itemprop~="name"]', item);
    const text = one('[itemprop~="acceptedAnswer"] [itemprop~="text"]', item);
    return { element: item, question: textOf(name), answerHtml: text ? getInnerHTML(text) : '', anchors: idsOf(item, name) };
  });
}

function fromDetails(document: Document): Found[] {
  return all('details', document)
    .filter((details) => one(':scope > summary', details))
    .map((details) => {
      const summary = one(':scope > summary', details)!;
      const answer = details.children.filter((child) => child !== summary).map((child) => getOuterHTML(child)).join('');
      return { element: details, question: textOf(summary), answerHtml: answer, anchors: idsOf(details, summary) };
    });
}

function fromDefinitionLists(document: Document): Found[] {
  return all('dl > dt', document).map((term) => {
    const parts: string[] = [];
    for (let next = term.nextSibling; next && !(next.type === 'tag' && (next as Element).name === 'dt'); next = next.nextSibling) {
      if (next.type === 'tag' && (next as Element).name === 'dd') parts.push(getInnerHTML(next as Element));
    }
    return { element: term, question: textOf(term), answerHtml: parts.join('\n'), anchors: idsOf(term) };
  });
}

/**
 * Questions as headings: the headings that end in a question mark, or else
 * the deepest level of heading that has text after it. Each answer is what
 * follows its heading up to the next heading of the same level or above.
 */
function fromHeadings(document: Document): { found: Found[]; level: number } {
  const headings = all('h2, h3, h4, h5, h6', document).filter((heading) => !heading.parent || !all('nav, header, footer, aside', document).some((outer) => contains(outer, heading)));
  const asking = headings.filter((heading) => /[?？]\s*$/.test(textOf(heading)));
  const levels = (asking.length ? asking : headings.filter((heading) => answerAfter(heading, headingLevel(heading)).trim())).map(headingLevel);
  if (!levels.length) return { found: [], level: 7 };
  const level = asking.length ? mostCommon(levels) : Math.max(...levels);
  const found = headings
    .filter((heading) => headingLevel(heading) === level && (!asking.length || asking.includes(heading)))
    .map((heading) => ({ element: heading, question: textOf(heading), answerHtml: answerAfter(heading, level), anchors: idsOf(heading) }));
  return { found, level };
}

function answerAfter(heading: Element, level: number): string {
  const parts: string[] = [];
  for (let next = heading.nextSibling; next; next = next.nextSibling) {
    if (next.type === 'tag' && /^h[1-6]$/.test((next as Element).name) && headingLevel(next as Element) <= level) break;
    parts.push(getOuterHTML(next));
  }
  return parts.join('');
}

/** The category path of headings above a question: each heading closes the ones at its level and below. */
function categoryOf(element: Element | undefined, headings: Element[]): CategorySegment[] {
  if (!element || element.startIndex === null) return [];
  const stack: Element[] = [];
  for (const heading of headings) {
    if (heading.startIndex! >= element.startIndex!) break;
    while (stack.length && headingLevel(stack.at(-1)!) >= headingLevel(heading)) stack.pop();
    stack.push(heading);
  }
  return stack.map((heading) => ({ titles: { '*': textOf(heading) } })).filter((segment) => segment.titles['*']);
}

function insideQuestion(heading: Element, found: Found[]): boolean {
  return found.some((item) => item.element && (item.element === heading || contains(item.element, heading)));
}

function findOnPage(document: Document, question: string): Element | undefined {
  if (!question) return undefined;
  return all('summary, dt, h2, h3, h4, h5, h6, [itemprop~="name"]', document).find((element) => textOf(element) === question);
}

function nodesOfType(data: unknown, type: string): object[] {
  if (Array.isArray(data)) return data.flatMap((item) => nodesOfType(item, type));
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  const types = asArray(record['@type']);
  return [...(types.includes(type) ? [record] : []), ...nodesOfType(record['@graph'], type)];
}

function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function idsOf(...elements: (Element | null | undefined)[]): string[] {
  return elements.flatMap((element) => (element ? [element.attribs.id, ...all('[id], a[name]', element).map((inner) => inner.attribs.id ?? inner.attribs.name)] : [])).filter((id): id is string => Boolean(id));
}

function contains(outer: Element, inner: AnyNode): boolean {
  for (let node = inner.parent; node; node = node.parent) if (node === outer) return true;
  return false;
}

function headingLevel(heading: Element): number {
  return Number(heading.name.slice(1));
}

function textOf(element: AnyNode | null | undefined): string {
  return element ? collapse(textContent(element)) : '';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** JSON-LD names sometimes carry HTML entities; the question is plain text. */
function decodeText(text: string): string {
  return textContent(parseDocument(text, { decodeEntities: true }));
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a - b)[0]![0];
}
