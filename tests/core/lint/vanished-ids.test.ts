import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEntryLocator, loadContent } from '../../../src/core/content/load.ts';
import { formatProblems } from '../../../src/core/content/problems.ts';
import { vanishedIdWarnings } from '../../../src/core/lint/vanished-ids.ts';
import { scratchContent, type ScratchContent } from '../../support/editor-mistakes.ts';

let scratch: ScratchContent | undefined;
afterEach(() => scratch?.remove());

/** The valid fixture in a git repository of its own, everything committed. */
function repository(): string {
  scratch = scratchContent(() => {});
  git('init', '--quiet');
  commit('The help center');
  return scratch.dir;
}

function git(...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: scratch!.dir, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

function commit(message: string): void {
  git('add', '-A', '.');
  git('commit', '--quiet', '--allow-empty', '-m', message);
}

/** What `npm run check` adds about ids gone since the release, relative to the content folder. */
function warnings(dir: string): string[] {
  const { content } = loadContent(dir, { includeDrafts: true });
  const problems = vanishedIdWarnings(content!, { label: (file) => file, lineOf: createEntryLocator(dir) });
  return formatProblems(problems).split('\n').filter(Boolean).map((line) => line.split(`${path.relative(process.cwd(), dir)}/`).join(''));
}

const move = (dir: string, from: string, to: string) => fs.renameSync(path.join(dir, from), path.join(dir, to));

describe('an entry id that disappeared since the last release', () => {
  it('is a warning on the entry asking the same question, with the alias line to add', () => {
    const dir = repository();
    move(dir, 'faq/orders/refund-timing.md', 'faq/orders/money-back.md');
    expect(warnings(dir)).toEqual([
      'faq/orders/money-back.md:2: entry id "refund-timing" (en) was published at the last commit (faq/orders/refund-timing.md) and no entry has it now, so links to its page break — if this entry replaces it, add `aliases: [refund-timing]` to its front matter',
    ]);
  });

  it('follows a rename git sees, even when the question was reworded too', () => {
    const dir = repository();
    git('mv', 'faq/orders/refund-timing.md', 'faq/orders/money-back.md');
    const file = path.join(dir, 'faq/orders/money-back.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('When do I get my money back?', 'When is my refund paid?'));
    expect(warnings(dir)).toEqual([
      'faq/orders/money-back.md:2: entry id "refund-timing" (en) was published at the last commit (faq/orders/refund-timing.md) and no entry has it now, so links to its page break — if this entry replaces it, add `aliases: [refund-timing]` to its front matter',
    ]);
  });

  it('names the file it was in when no entry replaces it, in its language', () => {
    const dir = repository();
    fs.rmSync(path.join(dir, 'faq/zh/return-window.md'));
    expect(warnings(dir)).toEqual([
      'faq/zh/return-window.md: entry id "return-window" (zh) was published at the last commit (faq/zh/return-window.md) and no entry has it now, so links to its page break — add `aliases: [return-window]` to the front matter of the entry that replaces it, so its old address leads there',
    ]);
  });

  it('is silent once an entry lists the old id in aliases', () => {
    const dir = repository();
    const file = path.join(dir, 'faq/orders/refund-timing.md');
    fs.writeFileSync(path.join(dir, 'faq/orders/money-back.md'), fs.readFileSync(file, 'utf8').replace('priority: 60', 'priority: 60\naliases: [refund-timing]'));
    fs.rmSync(file);
    expect(warnings(dir)).toEqual([]);
  });

  it('compares with the last release tag when there is one, so a committed rename still counts', () => {
    const dir = repository();
    git('tag', 'v1.0');
    move(dir, 'faq/orders/refund-timing.md', 'faq/orders/money-back.md');
    commit('Rename');
    expect(warnings(dir)).toEqual([
      'faq/orders/money-back.md:2: entry id "refund-timing" (en) was published at v1.0 (faq/orders/refund-timing.md) and no entry has it now, so links to its page break — if this entry replaces it, add `aliases: [refund-timing]` to its front matter',
    ]);
  });

  it('leaves out members-only entries, whose addresses were never public', () => {
    const dir = repository();
    fs.rmSync(path.join(dir, 'faq/products/widget-tuning.md'));
    expect(warnings(dir)).toEqual([]);
  });

  it('is not looked for outside a git repository', () => {
    scratch = scratchContent((dir) => fs.rmSync(path.join(dir, 'faq/orders/refund-timing.md')));
    expect(warnings(scratch.dir)).toEqual([]);
  });
});
