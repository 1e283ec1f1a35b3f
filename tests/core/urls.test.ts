import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/core/urls.ts';

/** What the URL parser makes of a path on the site: the reference every absolute URL must equal. */
const parsed = (siteUrl: string, path: string) => new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).href;

describe('absolute URLs of the site’s pages', () => {
  const paths = [
    '/',
    '/q/reset-password/',
    '/zh/q/zh-wifi-password/',
    '/help/c/account/privacy/page/2/',
    "/q/it's-(still)-fine_~!*/",
    '/q/%E4%B8%AD%E6%96%87/',
    '/q/中文/',
    '/q/a b/',
    '/q/../etc/',
    '/q/./x',
    '/q/..',
    '//elsewhere.example/x',
    '/q/x?y=1#z',
    'relative/path',
    '/back\\slash/',
    '/q/%zz/',
  ];

  it.each(['https://help.example.com', 'https://help.example.com/', 'https://Help.Example.com:443/docs/', 'http://user:pw@localhost:8080', 'https://help.example.com/support'])('are what the URL parser makes of the path, under %s', (siteUrl) => {
    for (const path of paths) expect(absoluteUrl(siteUrl, path), path).toBe(parsed(siteUrl, path));
  });

  it('stay paths when the site has no URL', () => {
    expect(absoluteUrl(undefined, '/q/reset-password/')).toBe('/q/reset-password/');
  });
});
