import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, removeTemporaryFolders } from '../support/astro-build.ts';
import { contentSecurityPolicy, headersFile, needsRedirectsFile, nginxRedirectMap, nginxSnippet, redirectsFile } from '../../src/astro/host-headers.ts';
import { metaContentSecurityPolicy } from '../../src/core/security-policy.ts';
import type { SiteSettings } from '../../src/core/content/types.ts';

const settings: Pick<SiteSettings, 'feedback' | 'gate' | 'images'> = { gate: { audiences: ['loyal'], mode: 'encrypt' }, images: { origins: [] } };

describe('host configuration refuses values that would break out of it', () => {
  // Values that slipped past site.yaml's validation (or never went through it) must not reach the files.
  it.each([
    ['nginx directives', '/a { return 200 "x"; } location /b/'],
    ['a header line', '/help/\n/*\n  Access-Control-Allow-Origin: *\n/'],
    ['an nginx variable', '/$host/'],
    ['a dot segment', '/help/../'],
  ])('refuses a base path carrying %s', (_name, base) => {
    expect(() => headersFile(settings, base)).toThrow(/refusing to write host configuration for the base path/);
    expect(() => nginxSnippet(settings, base)).toThrow(/refusing to write host configuration for the base path/);
    expect(() => redirectsFile(base, { hostedMembers: true, redirects: [] })).toThrow(/refusing to write host configuration for the base path/);
  });

  it.each([
    ['a directive', 'https://x.example;sandbox/'],
    ['a keyword', "https://x.example'unsafe-inline'/"],
    ['a quote ending the nginx value', 'https://x.example"/'],
  ])('refuses a feedback endpoint whose origin would add %s to the policy', (_name, endpoint) => {
    expect(() => contentSecurityPolicy({ ...settings, feedback: { endpoint } })).toThrow(/refusing to put .* into the Content-Security-Policy/);
    expect(() => nginxSnippet({ ...settings, feedback: { endpoint } }, '/')).toThrow(/Content-Security-Policy/);
  });

  it('refuses an image origin that is not a plain https origin', () => {
    expect(() => contentSecurityPolicy({ ...settings, images: { origins: ['https://cdn.example.com; script-src *'] } })).toThrow(/refusing to put/);
    expect(() => contentSecurityPolicy({ ...settings, images: { origins: ['http://cdn.example.com'] } })).toThrow(/refusing to put/);
  });

  it('writes the rules for a valid sub-path, endpoint and image origins', () => {
    const valid = { ...settings, feedback: { endpoint: 'https://forms.example.com/f/abc?x=1' }, images: { origins: ['https://cdn.example.com'] } };
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https://cdn.example.com blob:; font-src 'self'; connect-src 'self' https://forms.example.com; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    expect(contentSecurityPolicy(valid)).toBe(policy);
    expect(headersFile(valid, '/docs/help/')).toContain(`/docs/help/*\n  Content-Security-Policy: ${policy}\n`);
    expect(nginxSnippet(valid, '/docs/help/')).toContain(`location /docs/help/ {\n    add_header Content-Security-Policy "${policy}" always;`);
  });
});

describe('the policy for a <meta> element', () => {
  it('is the header policy without what a meta policy cannot carry', () => {
    const valid = { ...settings, feedback: { endpoint: 'https://forms.example.com/f' }, images: { origins: ['https://cdn.example.com'] } };
    expect(metaContentSecurityPolicy(valid)).toBe(contentSecurityPolicy(valid).replace("; frame-ancestors 'none'", ''));
    expect(metaContentSecurityPolicy(valid)).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });
});

describe('images in the policy', () => {
  it('come only from the site itself unless site.yaml allows origins', () => {
    expect(contentSecurityPolicy({ ...settings, gate: { audiences: [], mode: 'encrypt' } })).toContain("img-src 'self';");
  });

  it('include the blob: addresses an encrypted members-only section decrypts its pictures into, and nothing else', () => {
    expect(contentSecurityPolicy(settings)).toContain("img-src 'self' blob:;");
    expect(contentSecurityPolicy({ ...settings, gate: { audiences: ['loyal'], mode: 'host' } })).toContain("img-src 'self';");
  });
});

describe('redirects from entries\' old addresses (aliases)', () => {
  const redirects = [
    { from: '/help/q/track-order/', to: '/help/q/where-is-my-order/', title: 'Where is my order?' },
    { from: '/help/zh/q/track-order/', to: '/help/zh/q/where-is-my-order/', title: '我的订单在哪？' },
  ];

  it('are permanent redirect lines in _redirects, with and without the trailing slash, forced over the fallback page', () => {
    expect(redirectsFile('/help/', { hostedMembers: false, redirects })).toBe([
      '/help/q/track-order/  /help/q/where-is-my-order/  301!',
      '/help/q/track-order  /help/q/where-is-my-order/  301!',
      '/help/zh/q/track-order/  /help/zh/q/where-is-my-order/  301!',
      '/help/zh/q/track-order  /help/zh/q/where-is-my-order/  301!',
      '',
    ].join('\n'));
  });

  it('follow the members rules of host mode in the same _redirects, which is written when either needs it', () => {
    const file = redirectsFile('/', { hostedMembers: true, redirects: [{ from: '/q/old/', to: '/q/new/', title: 'New' }] });
    expect(file.split('\n')).toEqual(['/members  200!  Role=member', '/members/*  200!  Role=member', '/members  /login/  401!', '/members/*  /login/  401!', '/q/old/  /q/new/  301!', '/q/old  /q/new/  301!', '']);
    expect(needsRedirectsFile({ hostedMembers: false, redirects: [] })).toBe(false);
    expect(needsRedirectsFile({ hostedMembers: false, redirects })).toBe(true);
    expect(needsRedirectsFile({ hostedMembers: true, redirects: [] })).toBe(true);
  });

  it('are an nginx map of every spelling of the old path, read by the site\'s location', () => {
    expect(nginxRedirectMap(redirects)).toBe([
      'map $uri $faq_redirect {',
      '    default "";',
      '    /help/q/track-order/ /help/q/where-is-my-order/;',
      '    /help/q/track-order /help/q/where-is-my-order/;',
      '    /help/q/track-order/index.html /help/q/where-is-my-order/;',
      '    /help/zh/q/track-order/ /help/zh/q/where-is-my-order/;',
      '    /help/zh/q/track-order /help/zh/q/where-is-my-order/;',
      '    /help/zh/q/track-order/index.html /help/zh/q/where-is-my-order/;',
      '}',
      '',
    ].join('\n'));
    expect(nginxSnippet(settings, '/help/', redirects)).toContain('location /help/ {\n    if ($faq_redirect) {\n        return 301 $faq_redirect;\n    }\n');
  });

  it('leave the nginx rules as they were without aliases, so a server without the map keeps working', () => {
    expect(nginxSnippet(settings, '/help/', [])).not.toContain('$faq_redirect');
    expect(nginxRedirectMap([])).toBe('map $uri $faq_redirect {\n    default "";\n}\n');
  });

  it('refuse a path that could break out of a line, a value or a block', () => {
    for (const from of ['/q/a b/', '/q/a;}/', '/q/"x"/', '/q/$host/', 'q/relative/']) {
      const bad = [{ from, to: '/q/new/', title: 'New' }];
      expect(() => redirectsFile('/', { hostedMembers: false, redirects: bad })).toThrow(/refusing to write a redirect for the path/);
      expect(() => nginxRedirectMap(bad)).toThrow(/refusing to write a redirect for the path/);
    }
  });
});

describe('a build with a BASE_PATH that would break out of the host configuration', () => {
  afterAll(removeTemporaryFolders);

  it('stops with what is wrong and how to fix it, exits non-zero and writes nothing', () => {
    const build = buildSite({ contentDir: 'tests/fixtures/valid/content', base: '/help/ { return 200 "x"; } location /b/' });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('BASE_PATH: "/help/ { return 200 \\"x\\"; } location /b/" is not a path of URL-safe segments — write it like /help/: letters, digits, - _ . ~ between slashes, starting and ending with /');
    expect(build.output).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(build.outDir, '_headers'))).toBe(false);
  });
});

describe('the service worker file', () => {
  it('is revalidated on every request, on Netlify and Cloudflare Pages and on nginx, so that a new deploy is seen', () => {
    const rules = headersFile(settings, '/help/');
    expect(rules).toContain('/help/sw.js\n  Cache-Control: no-cache\n');
    // nginx: sw.js is served by the site's location, which sends no-cache, not by the immutable `_astro/` one.
    const nginx = nginxSnippet(settings, '/help/');
    const siteLocation = nginx.slice(nginx.indexOf('location /help/ {'), nginx.indexOf('}', nginx.indexOf('location /help/ {')));
    expect(siteLocation).toContain('add_header Cache-Control "no-cache" always;');
    expect(nginx).not.toMatch(/location [^{]*sw\.js/);
  });
});
