import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, removeTemporaryFolders, temporaryFolder } from '../support/astro-build.ts';

afterAll(removeTemporaryFolders);

const scratch = () => temporaryFolder('faq-import-');

const FIXTURES = 'tests/fixtures/import';

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/import.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { ...result, output: result.stdout + result.stderr };
}

const check = (contentDir: string) =>
  spawnSync(process.execPath, ['src/cli/check.ts', '--today', '2026-11-23'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir }, timeout: 60_000 });

/** Every file under a folder, as `=== path` and its text (or its size, for a picture), in a stable order. */
function listing(folder: string): string {
  const files = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return files
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
    .map((file) => (file.endsWith('.png') ? `=== ${file} (${fs.statSync(path.join(folder, file)).size} bytes, copied)` : `=== ${file}\n${fs.readFileSync(path.join(folder, file), 'utf8')}`))
    .join('\n');
}

/** The report with the scratch folder's path written as <out>, so it reads the same on every machine. */
function report(output: string, out: string): string {
  return output.split(path.relative(process.cwd(), out)).join('<out>').replace(/\d+(\.\d+)? s\b/g, 'N s');
}

describe('npm run import', () => {
  const sources = [
    ['a spreadsheet with a byte-order mark, CRLF lines and quoted multi-line answers', 'faq.csv', 'csv'],
    ['a company page with FAQPage JSON-LD', 'pages/jsonld.html', 'page-jsonld'],
    ['a page of <details> only, with a picture beside it and a video', 'pages/details.html', 'page-details'],
    ['a page of headings and answers', 'pages/headings.html', 'page-headings'],
    ['a Zendesk Guide export in two locales', 'zendesk', 'zendesk'],
    ["Excel's Unicode Text export (UTF-16, tab-separated)", 'boots-unicode-text.txt', 'utf16-tsv'],
  ] as const;

  for (const [what, source, name] of sources) {
    it(`imports ${what} into files that pass npm run check`, async () => {
      const out = path.join(scratch(), 'content');
      const result = runImport(path.join(FIXTURES, source), '--out', out);
      expect(result.status, result.output).toBe(0);
      await expect(listing(out)).toMatchFileSnapshot(`__snapshots__/import/${name}.files.txt`);
      await expect(report(result.output, out)).toMatchFileSnapshot(`__snapshots__/import/${name}.report.txt`);
      const checked = check(out);
      expect(checked.stdout).toMatch(/entries checked in [\d.]+ s: 0 errors/);
      expect(checked.status, checked.stdout).toBe(0);
    });
  }

  it('reports each dropped script, tracking image and restricted article with its source record', () => {
    const out = path.join(scratch(), 'content');
    const result = runImport(path.join(FIXTURES, 'zendesk'), '--out', out);
    expect(result.stdout).toContain(`warning ${FIXTURES}/zendesk/articles.json: article 360011110001 (en-us): a <script> in the answer — dropped`);
    expect(result.stdout).toContain(`warning ${FIXTURES}/zendesk/articles.json: article 360011110002 (en-us): a 1×1 tracking image (https://t.hollis-mail.example) — dropped`);
    expect(result.stdout).toContain(`warning ${FIXTURES}/zendesk/articles.json: article 360011110003 (en-us): the article is restricted to signed-in users or a user segment — imported as members-only (audience: loyal)`);
    // The tracking address's query (a reader's id) is never printed.
    expect(result.stdout).not.toContain('r=55');
    const written = listing(out);
    expect(written).not.toMatch(/<script|trackView|o\.gif/);
  });

  it('never overwrites a file without --force, writing nothing at all, and --force writes the same files again', () => {
    const out = path.join(scratch(), 'content');
    expect(runImport(path.join(FIXTURES, 'faq.csv'), '--out', out).status).toBe(0);
    const first = listing(out);
    const entry = path.join(out, 'faq/orders/returns/when-will-my-refund-arrive.md');
    fs.writeFileSync(entry, 'edited by hand\n');
    fs.rmSync(path.join(out, 'faq/devices'), { recursive: true });

    const refused = runImport(path.join(FIXTURES, 'faq.csv'), '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(`error   ${path.relative(process.cwd(), entry)}: already exists — import with --force to overwrite it, or into another --out`);
    expect(refused.stdout).toMatch(/The import stopped with \d+ errors; nothing was written\.$/m);
    expect(fs.readFileSync(entry, 'utf8')).toBe('edited by hand\n');
    expect(fs.existsSync(path.join(out, 'faq/devices'))).toBe(false);

    const forced = runImport(path.join(FIXTURES, 'faq.csv'), '--out', out, '--force');
    expect(forced.status, forced.output).toBe(0);
    expect(listing(out)).toBe(first);
  });

  it('prints what --dry-run would write and writes nothing', () => {
    const out = path.join(scratch(), 'content');
    const result = runImport(path.join(FIXTURES, 'pages/details.html'), '--out', out, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`would write ${path.relative(process.cwd(), out)}/faq/setting-up/how-do-i-pair-a-new-bulb.md`);
    expect(result.stdout).toContain(`would copy ${FIXTURES}/pages/details_files/pairing-screen.png to ${path.relative(process.cwd(), out)}/faq/setting-up/pairing-screen.png`);
    expect(result.stdout).toContain('Would import 3 entries');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('adds its categories to an existing content folder, keeping the ones there, and the folder still checks', () => {
    const out = path.join(scratch(), 'content');
    fs.cpSync('tests/fixtures/valid/content', out, { recursive: true });
    const before = fs.readFileSync(path.join(out, 'categories.yaml'), 'utf8');
    const result = runImport(path.join(FIXTURES, 'pages/headings.html'), '--out', out);
    expect(result.status, result.output).toBe(0);
    const after = fs.readFileSync(path.join(out, 'categories.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe('- id: cards\n  title: Cards\n- id: online-banking\n  title: Online banking\n');
    expect(fs.readFileSync(path.join(out, 'site.yaml'), 'utf8')).toBe(fs.readFileSync('tests/fixtures/valid/content/site.yaml', 'utf8'));
    const checked = check(out);
    expect(checked.stdout).toMatch(/^8 entries checked in [\d.]+ s: 0 errors/m);
    expect(checked.status).toBe(0);
  });

  it('keeps the categories of a folder begun without site.yaml, and names a broken categories.yaml', () => {
    const out = path.join(scratch(), 'content');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'categories.yaml'), '- id: shoes\n  title: Shoes\n');
    expect(runImport(path.join(FIXTURES, 'boots-unicode-text.txt'), '--out', out).status).toBe(0);
    expect(fs.readFileSync(path.join(out, 'categories.yaml'), 'utf8')).toBe('- id: shoes\n  title: Shoes\n- id: sizing\n  title: Sizing\n- id: care\n  title: Care\n');

    const broken = path.join(scratch(), 'content');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'categories.yaml'), '- id: shoes\n  title: [Shoes\n');
    const result = runImport(path.join(FIXTURES, 'boots-unicode-text.txt'), '--out', broken);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^error   ${path.relative(process.cwd(), broken)}/categories.yaml:\\d+: cannot be read \\(.+\\) — fix it, then import again`, 'm'));
    expect(result.stdout).not.toMatch(/^\s+at /m);
    expect(fs.readdirSync(broken)).toEqual(['categories.yaml']);
  });

  it('reports a folder it cannot write into and leaves no entry file behind', () => {
    const out = path.join(scratch(), 'content');
    fs.mkdirSync(path.join(out, 'faq'), { recursive: true });
    // A file where the import needs a folder: the entries in orders/ cannot be written, the others could.
    fs.writeFileSync(path.join(out, 'faq/orders'), 'not a folder');
    const result = runImport(path.join(FIXTURES, 'faq.csv'), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^error   ${path.relative(process.cwd(), out)}: cannot be written \\(.*\\) — check the folder's permissions and free space$`, 'm'));
    expect(result.stdout).not.toMatch(/^\s+at /m);
    const left = fs.readdirSync(out, { recursive: true }).map(String);
    expect(left.filter((file) => /\.(md|yaml|import-tmp)$/.test(file))).toEqual([]);
  });

  it('names every mistake in the command at once and writes nothing', () => {
    const out = path.join(scratch(), 'content');
    const result = runImport(path.join(FIXTURES, 'faq.csv'), '--out', out, '--map', 'question=Frage,answer');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`error   --map: ${FIXTURES}/faq.csv has no column "Frage" — use one of its headers: question, answer, category, audience, keywords, language, id, url`);
    expect(result.stdout).toContain('error   --map: "answer" is not a column mapping — write field=Header');
    expect(result.stdout).not.toMatch(/at .*\.ts:\d+/);
    expect(fs.existsSync(out)).toBe(false);

    const latin1 = runImport(path.join(FIXTURES, 'latin1.csv'), '--out', out, '--lang', 'english');
    expect(latin1.status).toBe(1);
    expect(latin1.stdout).toBe(
      'error   --lang: "english" is not a language tag — write a tag such as en, zh or de\n' +
        `error   ${FIXTURES}/latin1.csv:2: the file is not UTF-8 text — save it again as UTF-8 (in a spreadsheet program: "CSV UTF-8"); nothing was imported\n` +
        'The import stopped with 2 errors; nothing was written.\n',
    );
    expect(fs.existsSync(out)).toBe(false);

    const missing = runImport(path.join(FIXTURES, 'nowhere.csv'), '--out', out);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain(`error   ${FIXTURES}/nowhere.csv: there is no such file or folder — give the path of an HTML page, a CSV or TSV file, or a Zendesk export`);
  });

  it('builds the imported help center, with the restricted article in no public file', () => {
    const out = path.join(scratch(), 'content');
    expect(runImport(path.join(FIXTURES, 'zendesk'), '--out', out).status).toBe(0);
    const codes = spawnSync(process.execPath, ['src/cli/codes.ts', '--count', '1'], { encoding: 'utf8' });
    const code = /^[A-Z0-9]{4}(?:-[A-Z0-9]{4}){4}$/m.exec(codes.stdout)?.[0];
    expect(code).toBeDefined();
    const built = buildSite({ contentDir: out, env: { FAQ_ACCESS_CODES: code } });
    expect(built.status, built.output.slice(-3000)).toBe(0);
    expect(fs.existsSync(path.join(built.outDir, 'q/how-do-i-install-the-doorbell/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(built.outDir, 'zh/q/q-360011110006/index.html'))).toBe(true);
    for (const file of listFiles(built.outDir)) {
      const bytes = fs.readFileSync(path.join(built.outDir, file));
      expect(bytes.includes('Hollis Care'), file).toBe(false);
      expect(bytes.includes('extended warranty'), file).toBe(false);
    }
  });
});
