import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { externalLinkPlaces, locateYaml } from '../../../src/core/lint/external-link-places.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-link-places-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function placesIn(files: Record<string, string>) {
  const dir = path.join(scratch, String(fs.readdirSync(scratch).length), 'content');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const { content, problems } = loadContent(dir, { includeDrafts: true });
  // A site of one draft is warned about (its home would be empty once built); it has no mistake.
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  const prefix = path.relative(process.cwd(), dir);
  return externalLinkPlaces(content!, { site: locateYaml(dir, 'site.yaml'), products: locateYaml(dir, 'products.yaml') }).map(({ url, file, line }) => `${path.relative(prefix, file)}:${line} ${url}`);
}

describe('the places external links are written', () => {
  it('are answers, site.yaml homepage and contact links, and products, each at its line; not the feedback endpoint, the site url, mail or paths', () => {
    const places = placesIn({
      'site.yaml': [
        'title: Acme Help',
        'url: https://help.acme.example',
        'homepage: https://acme.example',
        'contact:',
        '  - { kind: email, label: Mail, href: "mailto:help@acme.example" }',
        '  - { kind: form, label: Ask, href: /ask }',
        '  - kind: chat',
        '    label: Chat',
        '    href: https://acme.example/chat',
        'feedback: { endpoint: https://forms.acme.example/f/1 }',
        '',
      ].join('\n'),
      'categories.yaml': '- id: orders\n  title: Orders\n',
      'products.yaml': '- id: widget\n  name: Widget\n  url: /widget\n- id: gadget\n  name: Gadget\n  url: https://acme.example/gadget\n',
      'faq/returns.md': '---\nquestion: How do I return it?\naudience: new\ncategory: orders\ndraft: true\n---\nSee [the form](https://acme.example/returns)\nand http://post.example/track#parcel.\n',
    });
    expect(places).toEqual([
      'faq/returns.md:7 https://acme.example/returns',
      'faq/returns.md:8 http://post.example/track#parcel',
      'site.yaml:3 https://acme.example',
      'site.yaml:9 https://acme.example/chat',
      'products.yaml:6 https://acme.example/gadget',
    ]);
  });
});
