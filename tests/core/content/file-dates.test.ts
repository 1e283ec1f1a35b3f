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

describe('an entry without `updated`', () => {
  it('is dated by the last commit that touched its file', () => {
    const dir = contentWithUndatedEntry();
    git(dir, 'init', '-q');
    git(dir, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', 'add', '.');
    git(dir, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', 'commit', '-q', '-m', 'content');
    const entry = loadContent(dir, { includeDrafts: false }).content!.entries.find((candidate) => candidate.id === 'refund-timing')!;
    expect(entry.updated).toBe('2025-03-04');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('falls back to the file’s modification time outside git, or when changed since the last commit', () => {
    const dir = contentWithUndatedEntry();
    const file = path.join(dir, 'faq/orders/refund-timing.md');
    fs.utimesSync(file, new Date('2024-07-08T10:00:00Z'), new Date('2024-07-08T10:00:00Z'));
    const entry = loadContent(dir, { includeDrafts: false }).content!.entries.find((candidate) => candidate.id === 'refund-timing')!;
    expect(entry.updated).toBe('2024-07-08');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the date an editor wrote', () => {
    const entry = loadContent('tests/fixtures/valid/content', { includeDrafts: false }).content!.entries.find((candidate) => candidate.id === 'return-window')!;
    expect(entry.updated).toBe('2026-10-01');
  });
});
