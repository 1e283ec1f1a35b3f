import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import type { Problem } from './types.ts';

/**
 * The content folder's files as the build sees them. Symbolic links are never
 * followed: a link could publish a file from outside the content folder (a
 * key, another project's drafts) or loop forever. Each one is reported so
 * nothing is skipped silently.
 */
/** How a problem names a file of the content folder: from where the command runs, as terminals and editors open it. */
export function contentFileLabel(root: string, file: string): string {
  return path.relative(process.cwd(), path.join(root, file)) || file;
}

export interface ContentFiles {
  root: string;
  /** `faq/orders/returns.md` → the name an editor sees in messages. */
  label: (relative: string) => string;
  problems: Problem[];
}

/** What is at `relative`: a plain file, a folder, nothing, or something reported as a problem. */
export function kindOf(files: ContentFiles, relative: string): 'file' | 'folder' | 'missing' | 'reported' {
  const stat = fs.lstatSync(path.join(files.root, relative), { throwIfNoEntry: false });
  if (!stat) return 'missing';
  if (stat.isSymbolicLink()) {
    files.problems.push(symbolicLinkProblem(files, relative));
    return 'reported';
  }
  if (stat.isDirectory()) return 'folder';
  if (stat.isFile()) return 'file';
  files.problems.push(notAFileProblem(files, relative));
  return 'reported';
}

/** Every `.md` file under a folder, as paths relative to the content folder, in a stable order. */
export function listMarkdownFiles(files: ContentFiles, folder: string): string[] {
  const found: string[] = [];
  const visit = (relative: string) => {
    const items = fs.readdirSync(path.join(files.root, relative), { withFileTypes: true });
    for (const item of items) {
      const child = `${relative}/${item.name}`;
      if (item.isSymbolicLink()) files.problems.push(symbolicLinkProblem(files, child));
      else if (item.isDirectory()) visit(child);
      else if (!item.isFile()) files.problems.push(notAFileProblem(files, child));
      else if (README.test(item.name)) continue;
      else if (item.name.endsWith('.md')) found.push(child);
      else if (MARKDOWN_NAMED_OTHERWISE.test(item.name)) files.problems.push(notReadProblem(files, child, item.name));
    }
  };
  visit(folder);
  return found.sort();
}

/** A folder's README, which GitHub shows below its files: notes for editors, not an entry. */
const README = /^readme\.md$/i;
/** Markdown saved under another extension or case (`.MD`, `.markdown`): an entry the build would not read. */
const MARKDOWN_NAMED_OTHERWISE = /\.(md|markdown|mdown|mkd|mdx)$/i;

function notReadProblem(files: ContentFiles, relative: string, name: string): Problem {
  const entryName = name.replace(/\.[^.]+$/, '.md');
  return { file: files.label(relative), message: 'this file is not read: entries are .md files', hint: `rename it to ${entryName} if it is an entry`, severity: 'warning' };
}

/** A pipe or a socket: reading it could wait forever. */
function notAFileProblem(files: ContentFiles, relative: string): Problem {
  return { file: files.label(relative), message: 'this is neither a file nor a folder', hint: 'remove it, or replace it with a plain file', severity: 'error' };
}

function symbolicLinkProblem(files: ContentFiles, relative: string): Problem {
  const target = fs.readlinkSync(path.join(files.root, relative));
  return {
    file: files.label(relative),
    message: `this is a symbolic link (to ${target}), and the build does not follow links`,
    hint: 'copy the file or folder into the content folder instead of linking to it',
    severity: 'error',
  };
}

/**
 * Reads a text file that must be UTF-8 (a byte-order mark is fine). Other
 * bytes are reported at their line; the text is still returned, with U+FFFD in
 * their place, so the rest of the file is checked in the same run.
 */
export function readUtf8File(files: ContentFiles, relative: string): string {
  const bytes = fs.readFileSync(path.join(files.root, relative));
  if (!isUtf8(bytes)) {
    const offset = firstInvalidByte(bytes);
    files.problems.push({
      file: files.label(relative),
      line: lineAt(bytes, offset),
      message: `this file is not UTF-8 text: byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} on this line cannot be read`,
      hint: 'save the file with the UTF-8 encoding (in most editors: "Save with encoding" or "Reopen with encoding", then UTF-8)',
      severity: 'error',
    });
  }
  return bytes.toString('utf8');
}

/**
 * Walks the lossy decoding alongside the bytes: every character before the
 * first bad byte is valid, so its UTF-8 length says where the next one starts.
 */
function firstInvalidByte(bytes: Buffer): number {
  let offset = 0;
  for (const character of bytes.toString('utf8')) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    offset += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return offset;
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** A settings file read as YAML, each problem reported (missing when required, a folder, a link, not UTF-8, not YAML); nothing when there is one. */
export function readYamlFile(files: ContentFiles, name: string, { optional = false } = {}): YamlSource | undefined {
  const kind = kindOf(files, name);
  if (kind === 'missing' && !optional) {
    files.problems.push({ file: files.label(name), message: `${name} is missing`, hint: 'every content folder needs it; see the content format in the README', severity: 'error' });
  }
  if (kind === 'folder') {
    files.problems.push({ file: files.label(name), message: `${name} is a folder`, hint: `replace it with the ${name} file; see the content format in the README`, severity: 'error' });
  }
  if (kind !== 'file') return undefined;
  const source = parseYamlSource(readUtf8File(files, name), files.label(name));
  files.problems.push(...source.problems);
  return source.problems.length ? undefined : source;
}
