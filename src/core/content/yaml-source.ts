import { isMap, isSeq, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import type { ZodError, ZodType } from 'zod';
import type { Problem } from './types.ts';

/** A parsed YAML text that can say on which line any value was written. */
export interface YamlSource {
  value: unknown;
  /** 1-based line of the value at `path`, or of its nearest written ancestor. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  problems: Problem[];
}

/**
 * Parses YAML, keeping positions. `lineOffset` is the number of lines that come
 * before the text in its file (front matter starts after `---`).
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line + lineOffset,
    message: `this is not valid YAML: ${firstLine(error.message)}`,
    hint: 'check indentation, and quote values that contain ": " or start with a special character',
    severity: 'error' as const,
  }));
  const value = problems.length === 0 ? toValue(document, lineCounter, file, lineOffset, problems) : undefined;
  return {
    value,
    problems,
    lineOf: (path) => lineOfPath(document, lineCounter, path, lineOffset),
  };
}

/**
 * Aliases are where YAML can turn a few lines into endless data: an alias
 * inside the value it names is a loop, and a few lines of aliases of aliases
 * expand into billions of values ("billion laughs"), which the parser refuses
 * past a limit. Either way the editor hears where.
 */
function toValue(document: Document, lineCounter: LineCounter, file: string, lineOffset: number, problems: Problem[]): unknown {
  const lineAt = (node: { range?: [number, number, number] | null }) => (node.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined);
  let firstAlias: Alias | undefined;
  let loop: Alias | undefined;
  visit(document, {
    Alias(_, alias) {
      firstAlias ??= alias;
      const source = alias.resolve(document);
      if (source?.range && alias.range && alias.range[0] >= source.range[0] && alias.range[0] < source.range[2]) {
        loop = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (loop) {
    problems.push({ file, line: lineAt(loop), message: `the alias *${loop.source} is inside the value it stands for, so that value would never end`, hint: 'write the value out instead of the alias', severity: 'error' });
    return undefined;
  }
  try {
    return document.toJS();
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    problems.push({
      file,
      line: firstAlias && lineAt(firstAlias),
      message: 'the `*` aliases from here on expand into far too much data, so the file is not read',
      hint: 'write the values out, or repeat an alias a few times rather than nesting aliases of aliases',
      severity: 'error',
    });
    return undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function lineOfPath(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[], lineOffset: number) {
  // Walk down as far as the document goes: a missing key is reported at its parent.
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
    const keyNode = length > 0 ? keyNodeAt(document, path.slice(0, length)) : undefined;
    const range = keyNode?.range ?? node?.range;
    if (range) return lineCounter.linePos(range[0]).line + lineOffset;
  }
  return undefined;
}

/** The key of a map pair points at the start of the line, which reads better than the value's position. */
function keyNodeAt(document: Document, path: readonly PropertyKey[]): { range?: [number, number, number] } | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1) as unknown[], true);
  if (!isMap(parent)) return isSeq(parent) ? undefined : undefined;
  const key = path[path.length - 1];
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  return (pair?.key as { range?: [number, number, number] } | undefined) ?? undefined;
}

/** Validates a parsed value, turning each zod issue into a problem on the right line. */
export function validateYaml<T extends ZodType>(
  source: YamlSource,
  schema: T,
  file: string,
): { data?: T['_output']; problems: Problem[] } {
  const result = schema.safeParse(source.value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return { problems: zodProblems(result.error, source, file) };
}

export function zodProblems(error: ZodError, source: YamlSource, file: string, pathPrefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    return {
      file,
      line: source.lineOf(path),
      ...describeIssue(issue, path),
      severity: 'error' as const,
    };
  });
}

type Issue = ZodError['issues'][number];

function describeIssue(issue: Issue, path: readonly PropertyKey[]): { message: string; hint?: string } {
  const field = formatPath(path);
  const subject = field ? `\`${field}\`` : 'the file';
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return { message: `${subject} is missing`, hint: `add \`${field}:\`` };
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = (issue.values as unknown[]).map(String).join(', ');
    return { message: `${subject} has an unknown value ${JSON.stringify((issue as { input?: unknown }).input)}`, hint: `use one of: ${allowed}` };
  }
  if (issue.code === 'invalid_type') {
    return { message: `${subject} should be ${article(issue.expected)}`, hint: `got ${describeValue((issue as { input?: unknown }).input)}` };
  }
  if (issue.code === 'unrecognized_keys') {
    return { message: `${subject} has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.join(', ')}`, hint: 'check the spelling, or remove it' };
  }
  if (issue.code === 'invalid_union') {
    const branch = mostSpecificBranch(issue.errors);
    if (branch) return describeIssue(branch, [...path, ...branch.path]);
    return { message: `${subject} has an unexpected shape`, hint: 'see the content format in the README for the accepted forms' };
  }
  const [message, hint] = issue.message.split(' — ');
  return { message: `${subject}: ${message}`, hint };
}

/**
 * `audience: [customer]` fails both "one audience" and "a list of audiences";
 * the list's complaint (an unknown value) is the one that helps the editor.
 */
function mostSpecificBranch(branches: Issue[][]): Issue | undefined {
  const candidates = branches.flat().filter((candidate) => !(candidate.code === 'invalid_type' && candidate.path.length === 0));
  return candidates.sort((a, b) => b.path.length - a.path.length)[0];
}

function article(expected: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'a map of keys', string: 'text', number: 'a number', boolean: 'true or false' };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}
