import { describe, expect, it } from 'vitest';
import { OncePer } from '../../src/core/once-per.ts';

describe('values made once per owner and key', () => {
  it('are made on the first ask and given back after, for each owner and key apart', () => {
    const made: string[] = [];
    const once = new OncePer<object, string, string>();
    const [site, next] = [{}, {}];
    const ask = (owner: object, key: string) => once.get(owner, key, () => (made.push(key), `${key}:${made.length}`));
    expect(ask(site, 'en')).toBe('en:1');
    expect(ask(site, 'en')).toBe('en:1');
    expect(ask(site, 'zh')).toBe('zh:2');
    expect(ask(next, 'en')).toBe('en:3');
    expect(made).toEqual(['en', 'zh', 'en']);
  });

  it('keep a value that is undefined or empty rather than making it again', () => {
    let calls = 0;
    const once = new OncePer<object, number, string | undefined>();
    const owner = {};
    for (let i = 0; i < 3; i++) once.get(owner, 1, () => (calls++, undefined));
    for (let i = 0; i < 3; i++) once.get(owner, 2, () => (calls++, ''));
    expect(calls).toBe(2);
  });
});
