import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, readOutput, removeTemporaryFolders, temporaryFolder } from '../support/astro-build.ts';
import { scratchContent, type ScratchContent } from '../support/editor-mistakes.ts';

let scratch: ScratchContent | undefined;
afterEach(() => {
  scratch?.remove();
  removeTemporaryFolders();
});

const run = (script: string, contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir }, timeout: 60_000 });
const newSite = (contentDir: string, ...args: string[]) => run('src/cli/new.ts', contentDir, '--site', ...args);
const check = (contentDir: string) => run('src/cli/check.ts', contentDir);

describe('npm run new -- --site', () => {
  it('starts a help center from nothing: with a first question answered, it builds, with the support address under "Still need help?"', () => {
    const dir = path.join(temporaryFolder('faq-new-site-'), 'help');
    const started = newSite(dir, 'Acme Help Center', '--lang', 'en,zh', '--email', 'help@acme.example', '--url', 'https://help.acme.example');
    expect(started.status, started.stderr).toBe(0);
    expect(started.stdout).toContain('npm run new -- "How do I …?" --category general --audience new');
    expect(fs.readdirSync(dir).sort()).toEqual(['categories.yaml', 'site.yaml']);

    const asked = run('src/cli/new.ts', dir, 'How do I reset my password?', '--category', 'general', '--audience', 'new');
    expect(asked.status, asked.stderr).toBe(0);
    const entry = path.join(dir, 'faq/general/how-do-i-reset-my-password.md');
    fs.writeFileSync(entry, `${fs.readFileSync(entry, 'utf8').replace('draft: true\n', '')}Open the app and tap **Forgot password**.\n`);
    const checked = check(dir);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toContain('0 errors');

    const build = buildSite({ contentDir: dir });
    expect(build.status, build.output).toBe(0);
    const home = readOutput(build.outDir, 'index.html');
    expect(home).toContain('<title>Acme Help Center</title>');
    expect(home).toContain('How do I reset my password?');
    expect(home).toContain('href="mailto:help@acme.example"');
    expect(readOutput(build.outDir, 'sitemap.xml')).toContain('<loc>https://help.acme.example/q/how-do-i-reset-my-password/</loc>');
  });

  it('leaves the next step to the check: an entry to write, with the command that writes it, the site’s own address, and a way to reach a person when no e-mail address was given', () => {
    const dir = path.join(temporaryFolder('faq-new-site-'), 'help');
    const started = newSite(dir, 'Acme Help Center');
    expect(started.status, started.stderr).toBe(0);
    expect(started.stdout).toContain('Add your support address under `contact:`');
    expect(started.stdout).toContain('Add the address the site will be served at as `url:`');
    const checked = check(dir);
    expect(checked.status).toBe(1);
    expect(checked.stdout.split('\n').filter((line) => /^(error|warning)/.test(line))).toEqual([
      expect.stringMatching(/^error {3}\S*help\/faq: there are no entries — .*`npm run new -- "How do I …\?" --category general --audience new` writes one$/),
      expect.stringMatching(/^warning \S*help\/site\.yaml: site\.yaml has no `url`/),
      expect.stringMatching(/^warning \S*help\/site\.yaml: site\.yaml names no way to reach a person/),
    ]);
  });

  it('refuses a folder that has a help center already, and leaves its files as they were', () => {
    scratch = scratchContent(() => {});
    const before = fs.readFileSync(path.join(scratch.dir, 'site.yaml'), 'utf8');
    const refused = newSite(scratch.dir, 'Another Help Center');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/site\.yaml and .*categories\.yaml already exist: .* has a help center\. Start the new one in a folder of its own: CONTENT_DIR=help npm run new -- --site "Another Help Center"/);
    expect(fs.readFileSync(path.join(scratch.dir, 'site.yaml'), 'utf8')).toBe(before);
  });

  it('writes nothing when what it is given has mistakes, and says each one', () => {
    const dir = path.join(temporaryFolder('faq-new-site-'), 'help');
    const refused = newSite(dir, '', '--lang', 'en,english');
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toEqual([
      'the title is empty — write the help center\'s name after --site, in quotes: --site "Acme Help Center"',
      '"english" is not a language tag — use one such as en, zh, de or pt-br',
    ]);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
