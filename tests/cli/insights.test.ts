import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, listFiles, removeTemporaryFolders, temporaryFolder } from '../support/astro-build.ts';

afterAll(removeTemporaryFolders);

const insights = (contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/insights.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir }, timeout: 120_000 });

const snapshot = (dir: string) => new Map(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));

describe('npm run insights', () => {
  it('reads the recorded sample right after install: a summary, and the HTML and Markdown reports', () => {
    const out = temporaryFolder('faq-insights-out-');
    const result = insights('content', 'examples/events.jsonl', '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^[\d,]+ events, 2026-\d\d-\d\d to 2026-\d\d-\d\d \(en \d+, zh \d+\) from 1 file\(s\)/);
    expect(result.stdout).toContain('Missing questions:');
    expect(fs.readFileSync(path.join(out, 'report.md'), 'utf8')).toContain('## 5. Deflection');
    expect(fs.readFileSync(path.join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>[\s\S]*<svg role="img"/);
  });

  it('--apply writes only keywords and priorities, and a second run with the same events changes nothing', () => {
    const content = copyContent('content');
    const before = snapshot(content);
    const out = temporaryFolder('faq-insights-out-');
    const first = insights(content, 'examples/events.jsonl', '--out', out, '--apply');
    expect(first.status).toBe(0);
    const after = snapshot(content);
    const changed = [...after].filter(([file, text]) => before.get(file) !== text);
    expect(changed.length).toBeGreaterThan(0);
    expect(first.stdout).toContain(`Applied: ${changed.length} entr`);
    for (const [file, text] of changed) {
      const old = before.get(file)!.split('\n');
      const lines = text.split('\n');
      expect(lines.length, file).toBe(old.length);
      lines.forEach((line, i) => {
        if (line !== old[i]) expect(`${file}: ${line}`).toMatch(/: (priority: \d+|keywords: \[.*\])$/);
      });
    }
    const second = insights(content, 'examples/events.jsonl', '--out', out, '--apply');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Applied: nothing to change.');
    expect(snapshot(content)).toEqual(after);
  });

  it('names every wrong argument at once, exits 2, and writes nothing', () => {
    const out = path.join(temporaryFolder('faq-insights-out-'), 'report');
    const result = insights('content', 'no-such-export.jsonl', '--since', 'lately', '--lang', 'fr', '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('insights: --since "lately" is not a period like 30d or 12w, or a date like 2026-11-01');
    expect(result.stderr).toContain('insights: no-such-export.jsonl: no such file or folder — name an exported .jsonl or .csv file, or a folder of them');
    expect(result.stderr).toContain('insights: --lang "fr" is not a language of the site — use one of en, zh');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });
});
