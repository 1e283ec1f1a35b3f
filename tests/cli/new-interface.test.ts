import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/core/i18n/strings.ts';
import { scratchContent, type ScratchContent } from '../support/editor-mistakes.ts';

let scratch: ScratchContent | undefined;
afterEach(() => scratch?.remove());

/** The valid fixture with Dutch (an interface the product does not ship) among its languages. */
function dutchSite(): string {
  scratch = scratchContent((dir) => {
    const site = path.join(dir, 'site.yaml');
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('languages: [en, zh]', 'languages: [en, zh, nl]'));
  });
  return scratch.dir;
}

const run = (script: string, contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir }, timeout: 60_000 });
const newInterface = (contentDir: string, lang: string) => run('src/cli/new.ts', contentDir, '--interface', lang);
const interfaceWarnings = (contentDir: string) => run('src/cli/check.ts', contentDir).stdout.split('\n').filter((line) => /i18n|interface/.test(line));

describe('npm run new -- --interface', () => {
  it('writes a language every text of the interface to translate, in a file the check passes', () => {
    const dir = dutchSite();
    expect(interfaceWarnings(dir)).toEqual([expect.stringContaining('site.yaml:3: the interface of the "nl" site (buttons, labels, messages) is in English')]);
    const result = newInterface(dir, 'nl');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Created .*i18n\/nl\.yaml\. Translate each text, then run npm run check\.\n$/);
    const written = fs.readFileSync(path.join(dir, 'i18n/nl.yaml'), 'utf8');
    expect(written).toMatch(/^# The interface of the "nl" site: buttons, labels and messages, in English, to translate\.\n/);
    expect(jsYaml.load(written)).toEqual({ ...uiStrings('en'), languageName: 'Nederlands' });
    expect(interfaceWarnings(dir)).toEqual([]);
  });

  it('lists only the texts an existing file lacks, and leaves the file as it is', () => {
    const dir = dutchSite();
    fs.mkdirSync(path.join(dir, 'i18n'));
    const mine = 'searchButton: Zoeken\nask:\n  send: Versturen\n';
    fs.writeFileSync(path.join(dir, 'i18n/nl.yaml'), mine);
    const result = newInterface(dir, 'nl');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# .*i18n\/nl\.yaml does not have these texts yet; add them to it, translated:\n/);
    const listed = jsYaml.load(result.stdout) as Record<string, unknown>;
    expect(listed.searchButton).toBeUndefined();
    expect(listed.searchLabel).toBe(uiStrings('en').searchLabel);
    expect(listed.ask).toMatchObject({ title: uiStrings('en').ask.title });
    expect((listed.ask as Record<string, unknown>).send).toBeUndefined();
    expect(fs.readFileSync(path.join(dir, 'i18n/nl.yaml'), 'utf8')).toBe(mine);
  });

  it("refuses a name that is no language tag, and a file with mistakes until they are fixed", () => {
    const dir = dutchSite();
    const notATag = newInterface(dir, 'Nederlands!');
    expect(notATag.status).toBe(2);
    expect(notATag.stderr).toContain('"Nederlands!" is not a language tag — use one such as de, fr or pt-br');
    expect(fs.existsSync(path.join(dir, 'i18n'))).toBe(false);
    fs.mkdirSync(path.join(dir, 'i18n'));
    fs.writeFileSync(path.join(dir, 'i18n/nl.yaml'), 'searchButton: Zoeken\nsearchResultsCount: "{n} antwoorden"\n');
    const broken = newInterface(dir, 'nl');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/i18n\/nl\.yaml:2: `searchResultsCount` has \{n\}, which nothing fills in/);
  });
});
