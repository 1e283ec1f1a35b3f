import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, removeTemporaryFolders } from '../support/astro-build.ts';
import { contentSecurityPolicy, headersFile, nginxSnippet, redirectsFile } from '../../src/astro/host-headers.ts';
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
    expect(() => redirectsFile(base)).toThrow(/refusing to write host configuration for the base path/);
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
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https://cdn.example.com; font-src 'self'; connect-src 'self' https://forms.example.com; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
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
    expect(contentSecurityPolicy(settings)).toContain("img-src 'self';");
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
