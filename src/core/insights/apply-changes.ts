/**
 * `--apply`: the report's suggestions written into entries' front matter, as
 * a change an editor reviews in git. Only `priority` and `keywords` change;
 * every other byte of the file stays as the editor wrote it (the answer
 * included). The new front matter is read back and must equal the old one
 * but for those two fields, or the file is left alone.
 */

import jsYaml from 'js-yaml';
import { splitFrontMatter } from '../content/front-matter.ts';
import { yamlScalar } from '../content/yaml-scalar.ts';
import { YAML_SCHEMA, readPositions } from '../content/yaml-positions.ts';
import { termsOf } from '../search/tokenize.ts';
import type { Insights } from './analyse.ts';
import type { SiteContext } from './site-context.ts';

export interface EntryChange {
  lang: string;
  id: string;
  /** Relative to the content folder. */
  sourcePath: string;
  priority?: { from: number; to: number };
  addKeywords: string[];
}

/** What the report suggests, per entry file. */
export function suggestedChanges(insights: Insights, site: SiteContext): EntryChange[] {
  const changes = new Map<string, EntryChange>();
  const changeOf = (lang: string, id: string) => {
    const sourcePath = site.sourcePath(lang, id);
    if (!sourcePath) return undefined;
    let change = changes.get(sourcePath);
    if (!change) changes.set(sourcePath, (change = { lang, id, sourcePath, addKeywords: [] }));
    return change;
  };
  for (const row of insights.demand) {
    if (row.suggested === row.priority) continue;
    const change = changeOf(row.lang, row.id);
    if (change) change.priority = { from: row.priority, to: row.suggested };
  }
  for (const group of insights.notChosen) {
    if (!group.target || !group.keywordsToAdd.length) continue;
    const change = changeOf(group.target.lang, group.target.id);
    if (!change) continue;
    const have = new Set([...(site.entry(group.target.lang, group.target.id)?.keywords ?? []), ...change.addKeywords].flatMap((keyword) => termsOf(keyword)));
    for (const keyword of group.keywordsToAdd) {
      const terms = termsOf(keyword);
      if (terms.length && terms.every((term) => have.has(term))) continue;
      change.addKeywords.push(keyword);
      terms.forEach((term) => have.add(term));
    }
  }
  return [...changes.values()].filter((change) => change.priority || change.addKeywords.length);
}

const CANNOT_EDIT = 'the front matter is written in a way this command cannot edit safely; make the change by hand';

export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; problem: string };

/** The entry file with the change made in its front matter, and nothing else touched. */
export function applyToEntryText(text: string, change: Pick<EntryChange, 'priority' | 'addKeywords'>): EditResult {
  const front = splitFrontMatter(text);
  if (!front) return { ok: false, problem: 'the file has no front matter' };
  const yamlStart = text.indexOf(front.yaml);
  const before = jsYaml.load(front.yaml, { schema: YAML_SCHEMA }) as Record<string, unknown>;
  let yaml = front.yaml;
  if (change.addKeywords.length) {
    const extended = withKeywords(yaml, change.addKeywords);
    if (extended === undefined) return { ok: false, problem: CANNOT_EDIT };
    yaml = extended;
  }
  if (change.priority) yaml = withPriority(yaml, change.priority.to);
  if (yaml === front.yaml) return { ok: true, text, changed: false };

  let after: Record<string, unknown>;
  try {
    after = jsYaml.load(yaml, { schema: YAML_SCHEMA }) as Record<string, unknown>;
  } catch {
    after = {};
  }
  const expected = { ...before };
  if (change.priority) expected.priority = change.priority.to;
  if (change.addKeywords.length) expected.keywords = [...((before.keywords as string[] | undefined) ?? []), ...change.addKeywords];
  if (JSON.stringify(sorted(after)) !== JSON.stringify(sorted(expected))) {
    return { ok: false, problem: CANNOT_EDIT };
  }
  return { ok: true, text: text.slice(0, yamlStart) + yaml + text.slice(yamlStart + front.yaml.length), changed: true };
}

function withPriority(yaml: string, priority: number): string {
  const node = topLevelValue(yaml, 'priority');
  if (node) return yaml.slice(0, node.start) + String(priority) + yaml.slice(node.end);
  return withLine(yaml, `priority: ${priority}`);
}

/** The YAML with the keywords added, or undefined when the list is written in a way that cannot be extended in place. */
function withKeywords(yaml: string, keywords: readonly string[]): string | undefined {
  const node = topLevelValue(yaml, 'keywords');
  const scalars = keywords.map(yamlScalar);
  if (!node) return withLine(yaml, `keywords: [${scalars.join(', ')}]`);
  const written = yaml.slice(node.start, node.end);
  if (written.startsWith('[')) {
    const close = written.lastIndexOf(']');
    const inside = written.slice(1, close).trim();
    const joined = inside ? `${written.slice(0, close).trimEnd()}, ${scalars.join(', ')}` : `[${scalars.join(', ')}`;
    return yaml.slice(0, node.start) + joined + written.slice(close) + yaml.slice(node.end);
  }
  // A block list: new items under the last, indented as its first item is. Anything else (an anchor, a tag) is left for the check below to refuse.
  if (!written.startsWith('-')) return undefined;
  const lines = written.replace(/\s+$/, '');
  const indent = yaml.slice(yaml.lastIndexOf('\n', node.start - 1) + 1, node.start);
  const end = node.start + lines.length;
  return yaml.slice(0, end) + scalars.map((scalar) => `\n${indent}- ${scalar}`).join('') + yaml.slice(end);
}

/** A line added at the end of the front matter, which ends without its line break when the closing fence follows. */
function withLine(yaml: string, line: string): string {
  if (yaml === '' || yaml.endsWith('\n')) return `${yaml}${line}\n`;
  return `${yaml}\n${line}`;
}

/** Where a top-level key's value is written, when it is. */
function topLevelValue(yaml: string, key: string): { start: number; end: number } | undefined {
  const positions = readPositions(yaml);
  const root = positions.root;
  if (!root || root.kind !== 'mapping') return undefined;
  const children = root.children;
  for (let i = 0; i + 1 < children.length; i++) {
    const child = children[i]!;
    if (child.value === key && yaml.slice(child.end).replace(/^[ \t]*/, '').startsWith(':')) {
      const value = children[i + 1]!;
      return { start: value.start, end: value.end };
    }
  }
  return undefined;
}


function sorted(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
