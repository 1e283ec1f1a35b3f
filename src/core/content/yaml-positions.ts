import jsYaml from 'js-yaml';
import type { Problem } from './types.ts';

/**
 * YAML 1.2's core schema: `2026-13-45` stays text for the date check to reject,
 * instead of silently becoming a date in another year, and `yes` stays a word.
 */
export const YAML_SCHEMA = jsYaml.CORE_SCHEMA;

/** One value as written: where it starts and ends, and the values written inside it. */
interface WrittenNode {
  /** Where the parser began reading it, before any blank lines and comments. */
  opened: number;
  /** Where its text starts (its anchor or tag, if it has one). */
  start: number;
  end: number;
  kind: string | null;
  /** What was read, which for a mapping's key is the key to match a path against. */
  value: unknown;
  children: WrittenNode[];
}

export interface YamlPositions {
  root: WrittenNode | undefined;
  text: string;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Reads the text again with js-yaml's listener, which hears each value open
 * and close, and keeps the tree of where each value was written.
 */
export function readPositions(text: string): YamlPositions {
  const top: WrittenNode = { opened: 0, start: 0, end: text.length, kind: null, value: undefined, children: [] };
  const open: WrittenNode[] = [top];
  jsYaml.load(text, {
    schema: YAML_SCHEMA,
    listener(event, state) {
      if (event === 'open') {
        open.push({ opened: state.position, start: state.position, end: state.position, kind: null, value: undefined, children: [] });
        return;
      }
      const node = open.pop()!;
      node.end = state.position;
      node.kind = state.kind;
      node.value = state.result;
      node.start = contentStart(text, node.opened);
      const siblings = open[open.length - 1]!.children;
      // The parser backs up and reads some values a second time; the second reading is the one that counts.
      while (siblings.length && siblings[siblings.length - 1]!.opened >= node.opened) siblings.pop();
      siblings.push(node);
    },
  });
  const root = top.children[0] && unwrap(top.children[0]);
  const lineAt = lineFinder(text);
  return {
    root,
    text,
    lineOf: (path) => {
      if (!root || root.kind === null) return undefined;
      let place: { node: WrittenNode; key?: WrittenNode } = { node: root };
      // Walk down as far as the text goes: a missing key is reported at its parent.
      for (const part of path) {
        const next = childAt(text, place.node, part);
        if (!next) break;
        place = next;
      }
      return lineAt((place.key ?? place.node).start);
    },
  };
}

/**
 * The parser reads a block item such as `- [a, b]` as a possible mapping key
 * first, so the item holds the list it found rather than the list's items.
 */
function unwrap(node: WrittenNode): WrittenNode {
  let current = node;
  while (current.children.length === 1 && current.children[0]!.opened === current.opened && current.children[0]!.kind === current.kind) {
    current = current.children[0]!;
  }
  return current;
}

/** The value at `part` inside `node`, with the key it is written under. The key's line reads better than the value's. */
function childAt(text: string, node: WrittenNode, part: PropertyKey): { node: WrittenNode; key?: WrittenNode } | undefined {
  if (node.kind === 'sequence') {
    const item = typeof part === 'number' ? node.children[part] : undefined;
    return item && { node: unwrap(item) };
  }
  if (node.kind !== 'mapping') return undefined;
  let found: { node: WrittenNode; key?: WrittenNode } | undefined;
  for (const { key, value } of pairsOf(text, node)) {
    if (String(key.value) === String(part)) found = { node: value ? unwrap(value) : key, key };
  }
  return found;
}

/** A mapping's values in order, each key with its value unless it has none (`{a, b: 1}`). */
function pairsOf(text: string, mapping: WrittenNode): { key: WrittenNode; value?: WrittenNode }[] {
  const pairs: { key: WrittenNode; value?: WrittenNode }[] = [];
  let previous: WrittenNode | undefined;
  for (const child of mapping.children) {
    const last = pairs[pairs.length - 1];
    // A value comes after the `:` that ends its key; a key comes after a line break or a comma.
    const isValue = previous !== undefined && last !== undefined && last.value === undefined && previous === last.key && betweenIsColon(text, previous.end, child.opened);
    if (isValue) last.value = child;
    else pairs.push({ key: child });
    previous = child;
  }
  return pairs;
}

function betweenIsColon(text: string, from: number, to: number): boolean {
  return text.slice(from, to).replace(/#.*$/gm, '').trimStart().startsWith(':');
}

const BLANKS_AND_COMMENTS = /(?:[ \t\r\n]+|#[^\n]*)*/y;

/** Where a value's own text starts, after the blank lines and comments the parser may have begun from. */
function contentStart(text: string, position: number): number {
  BLANKS_AND_COMMENTS.lastIndex = position;
  BLANKS_AND_COMMENTS.exec(text);
  return BLANKS_AND_COMMENTS.lastIndex;
}

export function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** Many lookups in one text: the line starts are found once, then searched. */
function lineFinder(text: string): (position: number) => number {
  let starts: number[] | undefined;
  return (position) => {
    if (!starts) {
      starts = [0];
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** Anything copied by aliases past this many values is treated as an attack, not as content. */
const MAX_ALIASED_VALUES = 1000;

/**
 * Aliases are where YAML can turn a few lines into endless data: an alias
 * inside the value it names is a loop, and a few lines of aliases of aliases
 * expand into billions of values ("billion laughs"). js-yaml shares aliased
 * values rather than copying them, so the danger comes later, when the data
 * is walked; it is measured here, on the written text. Either way the editor
 * hears where.
 */
export function aliasProblems(positions: YamlPositions, file: string, lineOffset: number): Problem[] {
  const { root, text } = positions;
  if (!root) return [];
  const lineAt = (node: WrittenNode) => lineOfPosition(text, node.start) + lineOffset;
  const anchors = new Map<string, WrittenNode>();
  const sources = new Map<WrittenNode, WrittenNode>();
  let firstAlias: WrittenNode | undefined;
  const visit = (node: WrittenNode): Problem | undefined => {
    const written = text.slice(node.start, node.start + 1024);
    const alias = /^\*([^\s,[\]{}]+)/.exec(written)?.[1];
    if (alias !== undefined) {
      firstAlias ??= node;
      const source = anchors.get(alias);
      if (source && node.start >= source.start && node.start < source.end) {
        return { file, line: lineAt(node), message: `the alias *${alias} is inside the value it stands for, so that value would never end`, hint: 'write the value out instead of the alias', severity: 'error' };
      }
      if (source) sources.set(node, source);
      return undefined;
    }
    const anchor = /^(?:![^\s,[\]{}]*[ \t]+)?&([^\s,[\]{}]+)/.exec(written)?.[1];
    if (anchor !== undefined) anchors.set(anchor, node);
    for (const child of node.children) {
      const problem = visit(child);
      if (problem) return problem;
    }
    return undefined;
  };
  const loop = visit(root);
  if (loop) return [loop];
  if (!firstAlias) return [];
  // How many values the data holds once every alias is copied out, counted once per written value.
  const sizes = new Map<WrittenNode, number>();
  const size = (written: WrittenNode): number => {
    const node = unwrap(sources.get(written) ?? written);
    let total = sizes.get(node);
    if (total === undefined) {
      total = 1;
      for (const child of node.children) total += size(child);
      sizes.set(node, total);
    }
    return total;
  };
  let writtenValues = 0;
  const countWritten = (node: WrittenNode): void => {
    writtenValues++;
    unwrap(node).children.forEach(countWritten);
  };
  countWritten(root);
  if (size(root) - writtenValues <= MAX_ALIASED_VALUES) return [];
  return [{
    file,
    line: lineAt(firstAlias),
    message: 'the `*` aliases from here on expand into far too much data, so the file is not read',
    hint: 'write the values out, or repeat an alias a few times rather than nesting aliases of aliases',
    severity: 'error',
  }];
}

/**
 * The line where the last value js-yaml finished reading starts, for an error
 * it notices only after that value: a line without its `:` is read together
 * with the next lines as one long key, and reported where that key ends.
 */
export function lineOfLastValueRead(text: string): number | undefined {
  const opened: number[] = [];
  let lastStart: number | undefined;
  try {
    jsYaml.load(text, {
      schema: YAML_SCHEMA,
      listener(event, state) {
        if (event === 'open') opened.push(state.position);
        else lastStart = contentStart(text, opened.pop()!);
      },
    });
  } catch {
    // The error is the one being placed; only where reading had got to matters.
  }
  return lastStart === undefined ? undefined : lineOfPosition(text, lastStart);
}
