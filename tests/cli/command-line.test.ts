import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'tests/fixtures/valid/content' }, timeout: 60_000 });

/** Node's own report of an uncaught error: a stack trace the user cannot act on. */
const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('every command, given a mistyped option', () => {
  const commands: [string, string][] = [
    ['src/cli/check.ts', 'usage: npm run check'],
    ['src/cli/search.ts', 'usage: npm run search'],
    ['src/cli/new.ts', 'usage: npm run new'],
    ['src/cli/insights.ts', 'usage: npm run insights'],
    ['src/cli/import.ts', 'usage: npm run import'],
    ['src/cli/codes.ts', 'usage: npm run codes'],
    ['scripts/search-bench.ts', 'options: --sizes VALUE --json VALUE'],
    ['scripts/audit.ts', 'options: --dist VALUE --min VALUE --min-performance VALUE'],
  ];
  it.each(commands)('%s names the option and says how to call it, and exits 2 without a stack trace', (script, usage) => {
    const result = run(script, '--sizse', '10');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--sizse'");
    expect(result.stderr).toContain(usage);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('numbers given to the benchmarks', () => {
  it('a size that is not a whole number is named, before any work starts', () => {
    const result = run('scripts/search-bench.ts', '--sizes', '1000,10k');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('--sizes takes whole numbers of at least 1, separated by commas, not "1000,10k"');
  });

  it('so is a count of rows below one', () => {
    const result = run('scripts/import-bench.ts', '--rows', '0');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('--rows takes a whole number of at least 1, not "0"');
  });
});

describe('npm run search --queries', () => {
  it('names a queries file that does not exist, with the form it expects', () => {
    const result = run('src/cli/search.ts', '--queries', 'no-such-queries.jsonl');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('search: no-such-queries.jsonl: no such file — --queries names a file of JSON lines {"query", "lang"?}');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('npm run preview', () => {
  it('with no built site to serve says to build one first, and exits 1 without a stack trace', () => {
    const result = run('scripts/preview.mjs', '--outDir', 'no-such-build');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('There is no built site in no-such-build to preview: run `npm run build -- --outDir no-such-build` first.');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
