import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { loadContent } from '../../src/core/content/load.ts';
import { formatProblems } from '../../src/core/content/problems.ts';
import type { Content, Problem } from '../../src/core/content/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VALID = path.join(ROOT, 'tests/fixtures/valid/content');

/** Front matter that is fine on its own, so each file shows only the mistake it is about. */
export const entry = (question: string, extra = '', body = 'Body.\n') => `---\nquestion: ${question}\naudience: new\ncategory: orders\n${extra}---\n${body}`;

/** Nine times nine times nine… `lol`s: a few lines that expand into millions of values. */
export const ALIAS_BOMB = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n');

export interface ScratchContent {
  /** The content folder. */
  dir: string;
  /** A folder beside it that links point into, holding an entry that must never be published. */
  outside: string;
  remove: () => void;
}

/** A copy of the valid fixture, changed by `change`, in a temporary folder of its own. */
export function scratchContent(change: (dir: string, outside: string) => void): ScratchContent {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-mistakes-'));
  const dir = path.join(parent, 'content');
  const outside = path.join(parent, 'outside');
  fs.cpSync(VALID, dir, { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'outside-secret.md'), entry('What is the outside secret?'));
  change(dir, outside);
  return { dir, outside, remove: () => fs.rmSync(parent, { recursive: true, force: true }) };
}

/**
 * The valid fixture with `files` written into it (a file's text, or a change
 * to the fixture's own text), loaded as a build loads it (or, with
 * `includeDrafts`, as `npm run check` and `npm run dev` do): the content, the
 * problems, and the report as an editor reads it, relative to the folder.
 * Call it inside a test: the copy is removed when the test finishes.
 */
export function loadWithFiles(
  files: Record<string, string | ((written: string) => string)>,
  { includeDrafts = false }: { includeDrafts?: boolean } = {},
): { dir: string; content: Content | undefined; problems: Problem[]; report: string[] } {
  const scratch = scratchContent((dir) => {
    for (const [file, text] of Object.entries(files)) {
      const where = path.join(dir, file);
      fs.mkdirSync(path.dirname(where), { recursive: true });
      fs.writeFileSync(where, typeof text === 'string' ? text : text(fs.readFileSync(where, 'utf8')));
    }
  });
  onTestFinished(() => scratch.remove());
  const { content, problems } = loadContent(scratch.dir, { includeDrafts, renderAnswers: true });
  const prefix = `${path.relative(process.cwd(), scratch.dir)}/`;
  const report = formatProblems(problems).split('\n').filter(Boolean).map((line) => line.split(prefix).join(''));
  return { dir: scratch.dir, content, problems, report };
}

/**
 * Every mistake that used to crash, hang or pass silently, in one folder:
 * links (two loops, one out of the folder, one to a file), a file name that
 * is no id, an alias bomb, a list nested too deep, 10,000 repeated related
 * ids and a file that is not UTF-8.
 */
export function contentWithEveryMistake(): ScratchContent {
  return scratchContent((dir, outside) => {
    fs.symlinkSync('..', path.join(dir, 'faq/loop'));
    fs.symlinkSync('../../faq', path.join(dir, 'faq/orders/loop'));
    fs.symlinkSync(outside, path.join(dir, 'faq/outside'));
    fs.symlinkSync('orders/refund-timing.md', path.join(dir, 'faq/linked.md'));
    fs.writeFileSync(path.join(dir, 'faq/..md'), entry('What does a file called ..md do?'));
    fs.writeFileSync(path.join(dir, 'faq/alias-bomb.md'), entry('What does an alias bomb do?', `${ALIAS_BOMB}\n`));
    const deepList = Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}\n`).join('');
    fs.writeFileSync(path.join(dir, 'faq/deep-list.md'), entry('What does a deep list do?', '', `Steps:\n\n${deepList}\nThe last paragraph.\n`));
    fs.writeFileSync(path.join(dir, 'faq/many-related.md'), entry('What do many related ids do?', `related:\n${'  - refund-timing\n'.repeat(10_000)}`));
    fs.writeFileSync(path.join(dir, 'faq/latin1.md'), Buffer.concat([Buffer.from(entry('What does a Latin-1 file do?', '', 'A caf')), Buffer.from([0xe9]), Buffer.from(' in Latin-1.\n')]));
  });
}

/** What `contentWithEveryMistake` must be reported as, relative to its content folder, in report order. */
export const everyMistake = (outside: string) => [
  'faq/..md: the file name "..md" cannot be the entry\'s id, which must be lowercase letters, digits and dashes, starting with a letter or digit — rename the file, for example to what-does-a-file-called-md-do.md (the name becomes the page\'s address), or set `id:` in the front matter',
  'faq/alias-bomb.md:6: the `*` aliases from here on expand into far too much data, so the file is not read — write the values out, or repeat an alias a few times rather than nesting aliases of aliases',
  'faq/deep-list.md:57: lists or quotes are nested too deeply here, so the page would leave out this line and what follows it — flatten the list: use fewer levels of indentation, or split it into several lists',
  'faq/latin1.md:6: this file is not UTF-8 text: byte 0xE9 on this line cannot be read — save the file with the UTF-8 encoding (in most editors: "Save with encoding" or "Reopen with encoding", then UTF-8)',
  'faq/linked.md: this is a symbolic link (to orders/refund-timing.md), and the build does not follow links — copy the file or folder into the content folder instead of linking to it',
  'faq/loop: this is a symbolic link (to ..), and the build does not follow links — copy the file or folder into the content folder instead of linking to it',
  'faq/many-related.md:7: related entry "refund-timing" is listed 10000 times in `related` — list it once',
  'faq/orders/loop: this is a symbolic link (to ../../faq), and the build does not follow links — copy the file or folder into the content folder instead of linking to it',
  `faq/outside: this is a symbolic link (to ${outside}), and the build does not follow links — copy the file or folder into the content folder instead of linking to it`,
];
