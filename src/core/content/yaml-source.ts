import jsYaml from 'js-yaml';
import type { ZodError, ZodType } from 'zod';
import { aliasProblems, lineOfLastValueRead, lineOfPosition, readPositions, YAML_SCHEMA, type YamlPositions } from './yaml-positions.ts';
import type { Problem } from './types.ts';
import { withinOneEdit } from '../edit-distance.ts';

/** A parsed YAML text that can say on which line any value was written. */
export interface YamlSource {
  value: unknown;
  /** 1-based line of the value at `path`, or of its nearest written ancestor. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  problems: Problem[];
}

/**
 * Parses YAML. `lineOffset` is the number of lines that come before the text
 * in its file (front matter starts after `---`). js-yaml reads ten thousand
 * entries in a fraction of the time a parser that keeps positions needs, so
 * positions are read only when a message needs a line.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: YAML_SCHEMA });
  } catch (error) {
    if (!(error instanceof jsYaml.YAMLException)) throw error;
    return { value: undefined, problems: [invalidYamlProblem(error, text, file, lineOffset)], lineOf: () => undefined };
  }
  let positions: YamlPositions | undefined;
  const positionsOf = () => (positions ??= readPositions(text));
  // An alias needs a `*`; without one, nothing can expand.
  const problems = text.includes('*') ? aliasProblems(positionsOf(), file, lineOffset) : [];
  return {
    value: problems.length ? undefined : value,
    problems,
    lineOf: (path) => {
      const line = positionsOf().lineOf(path);
      return line === undefined ? undefined : line + lineOffset;
    },
  };
}

function invalidYamlProblem(error: jsYaml.YAMLException, text: string, file: string, lineOffset: number): Problem {
  const line = errorLine(error, text);
  const slip = colonInValue(error, text, line) ?? unclosedQuote(error, text);
  return {
    file,
    line: (slip?.line ?? line) + lineOffset,
    message: `this is not valid YAML: ${slip?.message ?? error.reason}`,
    hint: slip?.hint ?? 'check indentation, and quote values that contain ": " or start with a special character',
    severity: 'error',
  };
}

interface YamlSlip {
  line: number;
  message: string;
  hint: string;
}

/** The slip editors make most: `question: Refunds: how long?`, whose second ": " YAML reads as a key inside the value. */
function colonInValue(error: jsYaml.YAMLException, text: string, line: number): YamlSlip | undefined {
  if (!error.reason.startsWith('bad indentation of a mapping entry')) return undefined;
  const written = text.split('\n')[line - 1]?.replace(/\r$/, '');
  const parts = written?.match(/^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+([^"'\s[{|>].*:(?:\s.*)?)$/);
  if (!parts) return undefined;
  const [, indent, key, value] = parts as unknown as [string, string, string, string];
  return {
    line,
    message: `the value of \`${key}\` has ": " in it, which YAML reads as the start of another setting`,
    hint: `put the whole value in quotes: ${indent}${key}: ${JSON.stringify(value.trim())}`,
  };
}

/** A value that opens a quote and never closes it: js-yaml notices only at the end of the text, so the line it opens on is found here. */
function unclosedQuote(error: jsYaml.YAMLException, text: string): YamlSlip | undefined {
  const kind = error.reason.match(/within a (double|single) quoted scalar/)?.[1];
  if (!kind) return undefined;
  const quote = kind === 'double' ? '"' : "'";
  const closed = kind === 'double' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'(?!')/;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const value = lines[index]!.replace(/\r$/, '').match(/^\s*(?:-\s+)?(?:[^\s:#][^:#]*?:\s+)?(["'].*)$/)?.[1];
    if (value?.startsWith(quote) && !closed.test(value)) {
      return { line: index + 1, message: `the ${kind} quote that opens this value is never closed`, hint: `end the value with ${quote} on the same line` };
    }
  }
  return undefined;
}

function errorLine(error: jsYaml.YAMLException, text: string): number {
  // At the end of the text js-yaml points one line past it; the last written line is where to look.
  const lastLine = lineOfPosition(text, text.replace(/\r?\n$/, '').length);
  if (error.reason.includes('multiline key')) return lineOfLastValueRead(text) ?? lastLine;
  if (error.mark) return Math.min(error.mark.line + 1, lastLine);
  return secondDocumentLine(text) ?? 1;
}

/** The only error js-yaml gives no place for: a second `---` document, where the settings should have ended. */
function secondDocumentLine(text: string): number | undefined {
  const lines = text.split('\n');
  const firstContent = lines.findIndex((line) => !/^\s*(?:#.*)?$/.test(line) && !line.startsWith('%')) + 1;
  const separators = lines.flatMap((line, index) => (/^---(?:\s|$)/.test(line) ? [index + 1] : []));
  return separators.find((line) => line > firstContent) ?? separators[0];
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
  return error.issues.flatMap(listItemIssues).map((issue) => {
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

/**
 * `audience: [loyl, customer]` fails "one value" and "a list" at once; the
 * list's complaints, one per wrong item, are what the editor fixes, so each
 * is reported, not only the first.
 */
function listItemIssues(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || (issue as { input?: unknown }).input === undefined) return [issue];
  const items = issue.errors.find((branch) => branch.length > 1 && branch.every((candidate) => candidate.path.length > 0));
  return items ? items.map((item) => ({ ...item, path: [...issue.path, ...item.path] })) : [issue];
}

/** The allowed value an unknown one was probably meant as: one slip away, or written longer (`prospects`, `New customers`). */
function meantValue(input: unknown, allowed: string[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  const written = input.trim().toLowerCase();
  return allowed.find((value) => withinOneEdit(value, written)) ?? allowed.find((value) => new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?\\b`).test(written));
}

/** `refund, money` (or with Chinese commas) as the YAML list it was meant to be: `[refund, money]`. */
function asList(written: string): string {
  return `[${written.split(/\s*[,，、]\s*/).filter(Boolean).join(', ')}]`;
}

function describeIssue(issue: Issue, path: readonly PropertyKey[]): { message: string; hint?: string } {
  const field = formatPath(path);
  const subject = field ? `\`${field}\`` : 'the file';
  // A field left out fails as a wrong type, an unknown value or, for `one or a list`, every form at once.
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') && (issue as { input?: unknown }).input === undefined) {
    const key = path.at(-1);
    return { message: `${subject} is missing`, hint: `add \`${typeof key === 'string' ? key : field}:\`` };
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = (issue.values as unknown[]).map(String).join(', ');
    const input = (issue as { input?: unknown }).input;
    const several = typeof input === 'string' && /[,，、]/.test(input) ? `; for several, write a list: ${asList(input)}` : '';
    const meant = several ? undefined : meantValue(input, (issue.values as unknown[]).map(String));
    return { message: `${subject} has an unknown value ${JSON.stringify(input)}`, hint: `${meant ? `did you mean ${meant}? ` : ''}use one of: ${allowed}${several}` };
  }
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    const got = `got ${describeValue(input)}`;
    // `keywords: refund, money` is the usual slip: show the list it was meant to be.
    const list = issue.expected === 'array' && typeof input === 'string' ? `: write it as a list, ${asList(input)}` : '';
    return { message: `${subject} should be ${article(issue.expected)}`, hint: got + list };
  }
  if (issue.code === 'unrecognized_keys') {
    return { message: `${subject} has unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.join(', ')}`, hint: 'check the spelling, or remove it' };
  }
  if (issue.code === 'invalid_union') {
    const branch = mostSpecificBranch(issue.errors);
    if (branch) return describeIssue(branch, [...path, ...branch.path]);
    const forms = [...new Set(issue.errors.flat().flatMap((candidate) => (candidate.code === 'invalid_type' ? [article(candidate.expected)] : [])))];
    if (forms.length) return { message: `${subject} should be ${forms.join(' or ')}`, hint: `got ${describeValue((issue as { input?: unknown }).input)}` };
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
