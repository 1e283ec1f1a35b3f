import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWithSite, removeContentCopies } from '../../support/content-copies.ts';
import { loadContent } from '../../../src/core/content/load.ts';
import { contentJsonSchemas } from '../../../src/core/content/json-schemas.ts';
import { normalizeSite, validPartOfSite } from '../../../src/core/content/site-settings.ts';
import { formatProblem } from '../../../src/core/content/problems.ts';

afterAll(removeContentCopies);

const errorsOf = (dir: string) =>
  loadContent(dir, { includeDrafts: false })
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);

describe('settings that reach headers and the security policy', () => {
  it('refuses a base path, a feedback endpoint and image origins that could break out, each on its line with how to fix it', () => {
    const { dir, siteLabel } = contentWithSite(
      [
        'base: "/a { return 200 \\"x\\"; } location /b"',
        'feedback:',
        '  endpoint: "https://x.example;sandbox/"',
        'images:',
        '  origins:',
        '    - https://cdn.example.com',
        '    - http://cdn.example.com',
        '    - https://cdn.example.com/images/',
        '',
      ].join('\n'),
    );
    expect(errorsOf(dir)).toEqual([
      `${siteLabel}:9: \`base\`: "/a { return 200 \\"x\\"; } location /b" is not a path of URL-safe segments — write it like /help/: letters, digits, - _ . ~ between slashes, starting and ending with /`,
      `${siteLabel}:11: \`feedback.endpoint\`: "https://x.example;sandbox/" is not an https:// URL the site can send feedback to — write it like https://forms.example.com/f/abc123: https only, no user name or password, and no spaces, quotes, ; , $ or backslashes`,
      `${siteLabel}:15: \`images.origins[1]\`: "http://cdn.example.com" is not an https origin — write only the scheme and host, like https://cdn.example.com (a port is allowed, a path is not; international names in punycode)`,
      `${siteLabel}:16: \`images.origins[2]\`: "https://cdn.example.com/images/" is not an https origin — write only the scheme and host, like https://cdn.example.com (a port is allowed, a path is not; international names in punycode)`,
    ]);
  });

  it.each([
    ['a line break', '"/help/\\n/*\\n  Access-Control-Allow-Origin: *"'],
    ['a dot segment', '/help/../'],
    ['a double slash', '//evil.example/'],
    ['a quote', '"/help\\"/"'],
    ['no leading slash', 'help/'],
  ])('refuses a base path with %s', (_name, value) => {
    const { dir } = contentWithSite(`base: ${value}\n`);
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/:9: `base`: .* is not a path of URL-safe segments — write it like \/help\//)]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
    ['plain http:', 'http://forms.example.com/f/1'],
    ['a user name and password', 'https://user:secret@forms.example.com/f/1'],
    ['a space', '"https://forms.example.com/f/1 sandbox"'],
    ['a comma', '"https://forms.example.com/f/1,x"'],
  ])('refuses a feedback endpoint with %s', (_name, value) => {
    const { dir } = contentWithSite(`feedback:\n  endpoint: ${value}\n`);
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/:10: `feedback.endpoint`: .* is not an https:\/\/ URL/)]);
  });

  it.each(['javascript:alert(1)', '//evil.example/', 'data:text/html,hi'])('refuses %s as the homepage link', (value) => {
    const { dir } = contentWithSite(`homepage: "${value}"\n`);
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/:9: `homepage`: .* is not a link to a web page — write an http\(s\):\/\/ address/)]);
  });

  it.each([
    ['javascript:', '"javascript:alert(1)"'],
    ['ftp:', 'ftp://help.example.com'],
    ['no scheme', 'help.example.com'],
    ['a line break', '"https://help.example.com/\nDisallow: /"'],
    ['a port no address has', 'https://help.example.com:99999'],
  ])('refuses %s as the site\'s own address, which would otherwise stop the build with a stack trace or reach robots.txt', (_name, value) => {
    const { dir } = contentWithSite(`url: ${value}\n`);
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/:9: `url`: .* is not the address of a web site — write the help center's whole address, with https:\/\//)]);
  });

  it.each([
    ['an e-mail address', 'help@example.com', '"help@example.com" is an e-mail address, not a link — write "mailto:help@example.com"'],
    ['a phone number', '"+44 20 7946 0321"', '"+44 20 7946 0321" is a phone number, not a link — write "tel:+442079460321"'],
    ['javascript:', '"javascript:alert(1)"', '"javascript:alert(1)" is not a link readers can follow — write a mailto:, tel: or https:// link, or a /path on this site'],
    ['tel: without a number', '"tel:call us"', '"tel:call us" has no phone number after tel: — write the number with its country code, such as "tel:+442079460321"'],
    ['mailto: without an address', '"mailto:support"', '"mailto:support" has no e-mail address after mailto: — write one, such as "mailto:help@example.com"'],
    ['a web address with a space', '"https://example.com/contact us"', '"https://example.com/contact us" has a space in it — write each space as %20, or remove it'],
  ])('refuses %s as a contact link, saying the link it should be', (_name, value, said) => {
    const { dir } = contentWithSite('');
    const site = path.join(dir, 'site.yaml');
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('href: "mailto:help@acme.example"', `href: ${value}`));
    expect(errorsOf(dir)).toEqual([expect.stringContaining(`:5: \`contact[0].href\`: ${said}`)]);
  });

  it('accepts a phone number written with spaces, separators and an extension as a contact link, and links it without the spaces', () => {
    const { dir } = contentWithSite('');
    const site = path.join(dir, 'site.yaml');
    fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('href: "mailto:help@acme.example"', 'href: "tel:+44 (20) 7946-0321;ext=12"'));
    const { content, problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(content!.site.contact[0]!.href).toBe('tel:+44(20)7946-0321;ext=12');
  });

  it('accepts the site\'s address with a path, and plain http for a site on a local network', () => {
    const { dir } = contentWithSite('url: https://example.com/help/\n');
    expect(errorsOf(dir)).toEqual([]);
    const { dir: local } = contentWithSite('url: http://intranet.example:8080\n');
    expect(errorsOf(local)).toEqual([]);
  });

  it('accepts a sub-path without its trailing slash, an https endpoint with a query, and https origins', () => {
    const { dir } = contentWithSite('base: /docs/help\nfeedback: { endpoint: "https://forms.example.com/f/abc_123?site=help&x=%20" }\nimages: { origins: ["https://CDN.example.com/", "https://img.example.com:8443"] }\n');
    const { content, problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(content!.site.base).toBe('/docs/help');
    expect(content!.site.images).toEqual({ origins: ['https://cdn.example.com', 'https://img.example.com:8443'] });
  });
});

describe('the ask page settings', () => {
  it('refuses an ask endpoint or e-mail that could break out of the policy or the mailto: link, each on its line with how to fix it', () => {
    const { dir, siteLabel } = contentWithSite('ask:\n  endpoint: "https://x.example/f;sandbox"\n  email: "help@example.com?bcc=all@example.com"\n');
    expect(errorsOf(dir)).toEqual([
      `${siteLabel}:10: \`ask.endpoint\`: "https://x.example/f;sandbox" is not an https:// URL the ask page can send questions to — write it like https://forms.example.com/f/abc123: https only, no user name or password, and no spaces, quotes, ; , $ or backslashes`,
      `${siteLabel}:11: \`ask.email\`: "help@example.com?bcc=all@example.com" is not an e-mail address — write one address, like help@example.com (no name, spaces or commas)`,
    ]);
  });

  it.each(['http://forms.example.com/f/1', 'javascript:alert(1)', 'https://user:secret@forms.example.com/f/1'])('refuses %s as the ask endpoint', (value) => {
    const { dir } = contentWithSite(`ask:\n  endpoint: ${value}\n`);
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/:10: `ask.endpoint`: .* is not an https:\/\/ URL the ask page can send questions to/)]);
  });

  it('refuses two channels at once', () => {
    const { dir, siteLabel } = contentWithSite('ask:\n  endpoint: https://forms.example.com/f/ask\n  netlify: true\n');
    expect(errorsOf(dir)).toEqual([`${siteLabel}:9: \`ask\`: names both an endpoint and netlify: true — keep one channel: remove netlify, or remove endpoint`]);
  });

  it('reads a valid ask block', () => {
    const { dir } = contentWithSite('ask:\n  endpoint: https://forms.example.com/f/ask?site=help\n');
    const { content, problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(content!.site.ask).toEqual({ endpoint: 'https://forms.example.com/f/ask?site=help', netlify: false });
  });
});

describe('settings left out of site.yaml', () => {
  it('get the defaults the JSON Schema shows editors, also when site.yaml is missing', () => {
    const gate = (contentJsonSchemas()['site.schema.json'] as { properties: { gate: { properties: Record<string, { default?: unknown }> } } }).properties.gate.properties;
    const site = normalizeSite(undefined);
    expect(site.gate).toEqual({ audiences: gate.audiences!.default, mode: gate.mode!.default });
    expect(site).toEqual({
      title: { '*': 'Help Center' },
      defaultLang: 'en',
      languages: ['en'],
      contact: [],
      gate: { audiences: ['loyal'], mode: 'encrypt' },
      images: { origins: [] },
      vars: {},
      videos: { providers: [] },
      app: { themeColor: '#1d4ed8', backgroundColor: '#ffffff' },
      // Offline reading is on unless a site turns it off.
      offline: true,
    });
  });

  it('fill in what a partly written gate leaves out', () => {
    const { dir } = contentWithSite('');
    fs.writeFileSync(path.join(dir, 'site.yaml'), 'title: Acme Help\nlanguages: [en, zh]\ngate:\n  mode: host\n');
    const { content, problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(content!.site.gate).toEqual({ audiences: ['loyal'], mode: 'host' });
  });

  it('are defaulted, and the valid ones kept, when site.yaml has mistakes elsewhere', () => {
    const site = normalizeSite(validPartOfSite({ title: '', defaultLang: 'zh', languages: ['en', 'zh'], gate: { audiences: ['everyone'] }, base: 'help' }));
    expect(site.title).toEqual({ '*': 'Help Center' });
    expect(site.languages).toEqual(['zh', 'en']);
    expect(site.gate).toEqual({ audiences: ['loyal'], mode: 'encrypt' });
    expect(site.base).toBeUndefined();
  });
});
