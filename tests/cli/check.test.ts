import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, removeTemporaryFolders } from '../support/astro-build.ts';
import { contentWithEveryMistake, everyMistake, scratchContent } from '../support/editor-mistakes.ts';

afterAll(removeTemporaryFolders);

const check = (contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/check.ts', '--today', '2026-11-23', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir }, timeout: 60_000 });

describe('npm run check', () => {
  it('passes valid content with warnings, and fails it with --strict', () => {
    const result = check('tests/fixtures/valid/content');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('warning tests/fixtures/valid/content/faq/orders/refund-timing.md:2: the entry has no keywords');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^5 entries checked in [\d.]+ s: 0 errors, \d+ warnings$/);
    expect(check('tests/fixtures/valid/content', '--strict').status).toBe(1);
  });

  it('fails on errors, printing every one as the build does', () => {
    const result = check('tests/fixtures/invalid/content');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error   tests/fixtures/invalid/content/faq/unknown-category.md:4: unknown category "orders/retunrs"');
    expect(result.stdout).toContain('error   tests/fixtures/invalid/content/faq/dead-product-link.md:8: the link "product:gadget-max" names an unknown product');
    expect(result.stdout).toContain('error   tests/fixtures/invalid/content/faq/..md: the file name "..md" cannot be the entry\'s id');
    expect(result.stdout).toContain('error   tests/fixtures/invalid/content/synonyms.yaml:2: the `*` aliases from here on expand into far too much data');
    expect(result.stdout).toContain('error   tests/fixtures/invalid/content/site.yaml:13: `videos.providers[1]` has an unknown value "dailymotion" — use one of: youtube, vimeo');
    expect(result.stdout).toContain('warning tests/fixtures/invalid/content/faq/video-not-enabled.md:8: the Vimeo video "https://vimeo.com/76979871" is shown as a plain link, because site.yaml does not enable vimeo videos — to embed it with a play button, add vimeo to videos.providers in site.yaml');
    expect(result.stdout).toMatch(/: 28 errors, \d+ warnings/);
  });

  it('reports a site.yaml with a mistake by that mistake, not by advice about the settings it could not read', () => {
    const scratch = scratchContent((dir) => {
      const site = path.join(dir, 'site.yaml');
      // The address and the contact channel are written, each with a mistake.
      fs.writeFileSync(site, `url: help.acme.example\n${fs.readFileSync(site, 'utf8')}`.replace('"mailto:help@acme.example"', 'help@acme.example'));
    });
    try {
      const onSite = check(scratch.dir).stdout.split('\n').filter((line) => line.includes('site.yaml'));
      expect(onSite).toEqual([
        expect.stringMatching(/^error {3}\S*site\.yaml:1: `url`: "help\.acme\.example" is not the address of a web site/),
        expect.stringMatching(/^error {3}\S*site\.yaml:\d+: `contact\[0\]\.href`: "help@acme\.example" is an e-mail address, not a link/),
      ]);
    } finally {
      scratch.remove();
    }
  });

  it('warns about an entry id gone since the last commit with the alias to add, and the alias mends its links too', () => {
    const scratch = scratchContent(() => {});
    try {
      const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args], { cwd: scratch.dir, encoding: 'utf8' });
      for (const args of [['init', '--quiet'], ['add', '-A', '.'], ['commit', '--quiet', '-m', 'The help center']]) expect(git(...args).status).toBe(0);
      const renamed = path.join(scratch.dir, 'faq/orders/money-back.md');
      fs.renameSync(path.join(scratch.dir, 'faq/orders/refund-timing.md'), renamed);
      const broken = check(scratch.dir);
      expect(broken.stdout).toContain(`warning ${path.relative(process.cwd(), scratch.dir)}/faq/orders/money-back.md:2: entry id "refund-timing" (en) was published at the last commit`);
      expect(broken.stdout).toContain('add `aliases: [refund-timing]` to its front matter');
      // The other entry's link to the old id is broken as well, until the alias is added.
      expect(broken.stdout).toContain('related entry "refund-timing" does not exist');
      expect(broken.status).toBe(1);

      fs.writeFileSync(renamed, fs.readFileSync(renamed, 'utf8').replace('priority: 60', 'priority: 60\naliases: [refund-timing]'));
      const mended = check(scratch.dir);
      expect(mended.stdout).not.toContain('refund-timing');
      expect(mended.status).toBe(0);
    } finally {
      scratch.remove();
    }
  });

  it('prints the whole report when its output is piped, however long, with the totals last', () => {
    const corpus = path.join(generateCorpus(1500), 'content');
    const result = check(corpus);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.at(-1)).toMatch(/^1500 entries checked in [\d.]+ s: 0 errors, \d+ warnings$/);
  });

  it('holds BASE_PATH to the rule the build holds it to', () => {
    const result = spawnSync(process.execPath, ['src/cli/check.ts', '--today', '2026-11-23'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'tests/fixtures/valid/content', BASE_PATH: '/a { return 200 "x"; }' },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error   BASE_PATH: "/a { return 200 \\"x\\"; }" is not a path of URL-safe segments — write it like /help/');
  });

  it('speaks GitHub Actions annotations on the right file and line', () => {
    const result = check('tests/fixtures/invalid/content', '--format', 'github');
    expect(result.stdout).toContain('::error file=tests/fixtures/invalid/content/faq/bad-date.md,line=5::`updated`: "2026-13-45" is not a date — write it as YYYY-MM-DD, e.g. 2026-10-01');
  });

  it('reports links, loops, alias bombs, bad file names, deep lists, repeated ids and bad bytes together, within seconds', () => {
    const scratch = contentWithEveryMistake();
    try {
      const started = performance.now();
      const result = check(scratch.dir);
      const seconds = (performance.now() - started) / 1000;
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toBe('');
      const prefix = path.relative(process.cwd(), scratch.dir);
      const errors = result.stdout.split('\n').filter((line) => line.startsWith('error'));
      expect(errors).toEqual(everyMistake(scratch.outside).map((line) => `error   ${prefix}/${line}`));
      expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ entries checked in [\d.]+ s: 9 errors, \d+ warnings$/);
      expect(seconds).toBeLessThan(10);
    } finally {
      scratch.remove();
    }
  });
});

describe('npm run check -- --vars', () => {
  it('lists the entries that use each variable, and warns about one nobody uses on its line in site.yaml', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-check-vars-'));
    try {
      const dir = path.join(parent, 'content');
      fs.cpSync('tests/fixtures/valid/content', dir, { recursive: true });
      // The fixture's site.yaml has 8 lines, so the variables are on lines 10 and 11.
      fs.appendFileSync(path.join(dir, 'site.yaml'), 'vars:\n  return_days: 30\n  old_fact: { en: gone, zh: 没了 }\n');
      for (const file of ['faq/orders/return-window.md', 'faq/zh/return-window.md']) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        fs.writeFileSync(path.join(dir, file), text.replace(/(Thirty days|三十天)/, '{{ vars.return_days }} days'));
      }
      const label = (file: string) => path.relative(process.cwd(), path.join(dir, file));
      const result = check(dir, '--vars');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(
        [
          'Variables (2) and the entries that use them:',
          '  {{ vars.old_fact }}: not used',
          '  {{ vars.return_days }}: 2 entries',
          `    ${label('faq/orders/return-window.md')}:12 (en)`,
          `    ${label('faq/zh/return-window.md')}:8 (zh)`,
        ].join('\n'),
      );
      expect(result.stdout).toContain(`warning ${label('site.yaml')}:11: variable "old_fact" is not used by any entry — use it as {{ vars.old_fact }} in a question or answer, or remove it from vars:`);
      expect(check(dir).stdout).not.toContain('Variables (2)');
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
