import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkAccessCodes } from '../../src/core/gate/index.ts';

/** `npm run codes` over the demo content, whose site.yaml names the tiers members and partners. */
const codes = (...args: string[]) => spawnSync(process.execPath, ['src/cli/codes.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'content' }, timeout: 60_000 });
const CODE = '[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){4}';

describe('npm run codes', () => {
  it('issues codes per tier, in the form the codes input reads', () => {
    const partners = codes('--count', '3', '--tier', 'partners');
    expect(partners.status, partners.stderr).toBe(0);
    const lines = partners.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(new RegExp(`^${CODE}:partners$`));
    expect(partners.stderr).toContain('3 new codes for the tier partners');
    // The build reads them as codes of the partners tier (number 1 of members, partners).
    expect(checkAccessCodes(lines, ['members', 'partners']).codes.map((code) => code.tiers)).toEqual([[1], [1], [1]]);
  });

  it('gives a code several tiers with --tier repeated or a comma, and the default tier alone as a bare code', () => {
    for (const args of [['--tier', 'partners', '--tier', 'members'], ['--tier', 'partners,members']]) {
      const both = codes(...args);
      expect(both.status, both.stderr).toBe(0);
      expect(both.stdout.trim()).toMatch(new RegExp(`^${CODE}:members\\+partners$`));
    }
    expect(codes('--tier', 'members').stdout.trim()).toMatch(new RegExp(`^${CODE}$`));
    expect(codes().stdout.trim()).toMatch(new RegExp(`^${CODE}$`));
  });

  it('refuses a tier site.yaml does not name, saying which tiers there are, and prints no code', () => {
    const wrong = codes('--count', '2', '--tier', 'partners,parners');
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr.trim()).toBe('--tier parners: content/site.yaml has no tier "parners" — use one of members, partners, or add it to gate.tiers there');
  });
});
