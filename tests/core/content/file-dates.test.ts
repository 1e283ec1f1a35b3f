import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';

function contentWithUndatedEntry(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-dates-'));
  fs.cpSync('tests/fixtures/valid/content', dir, { recursive: true });
  return dir;
}

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2025-03-04T12:00:00Z', GIT_COMMITTER_DATE: '2025-03-04T12:00:00Z' } });

/** Commits the whole folder as one commit dated 2025-03-04. */
function commitEverything(dir: string): void {
  for (const args of [['init', '-q'], ['add', '.'], ['commit', '-q', '-m', 'content']]) {
    const result = git(dir, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args);
    expect(result.status, result.stderr).toBe(0);
  }
}

describe('an entry without `updated`', () => {
  it('is dated by the last commit that touched its file', () => {
    const dir = contentWithUndatedEntry();
    commitEverything(dir);
    const entry = loadContent(dir, { includeDrafts: false }).content!.entries.find((candidate) => candidate.id === 'refund-timing')!;
    expect(entry.updated).toBe('2025-03-04');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('falls back to the file’s modification time outside git', () => {
    const dir = contentWithUndatedEntry();
    const file = path.join(dir, 'faq/orders/refund-timing.md');
    fs.utimesSync(file, new Date('2024-07-08T10:00:00Z'), new Date('2024-07-08T10:00:00Z'));
    const entry = loadContent(dir, { includeDrafts: false }).content!.entries.find((candidate) => candidate.id === 'refund-timing')!;
    expect(entry.updated).toBe('2024-07-08');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('falls back to the file’s modification time when it changed since the last commit', () => {
    const dir = contentWithUndatedEntry();
    commitEverything(dir);
    const file = path.join(dir, 'faq/orders/refund-timing.md');
    fs.appendFileSync(file, '\nAn edit not yet committed.\n');
    fs.utimesSync(file, new Date('2026-01-02T10:00:00Z'), new Date('2026-01-02T10:00:00Z'));
    const entries = loadContent(dir, { includeDrafts: false }).content!.entries;
    expect(entries.find((candidate) => candidate.id === 'refund-timing')!.updated).toBe('2026-01-02');
    // An undated entry left as committed still takes its commit's date.
    expect(entries.find((candidate) => candidate.id === 'widget-tuning')!.updated).toBe('2025-03-04');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the date an editor wrote', () => {
    const entry = loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!.entries.find((candidate) => candidate.id === 'return-window')!;
    expect(entry.updated).toBe('2026-10-01');
  });
});
