import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createSiteFiles } from '../../../src/core/content/new-site.ts';
import { CategoriesSchema, SiteSchema } from '../../../src/core/content/schema.ts';

const written = (request: Parameters<typeof createSiteFiles>[0]) => {
  const result = createSiteFiles(request);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return Object.fromEntries(result.files.map((file) => [file.name, file.text]));
};

describe('a new help center\'s settings', () => {
  it('name its title, languages (the first the default) and address, and the support address as a contact channel', () => {
    const files = written({ title: 'Acme: Help & Support', languages: ['en', 'zh'], email: 'help@acme.example', url: 'https://help.acme.example', schemasFolder: '../schemas' });
    expect(SiteSchema.parse(jsYaml.load(files['site.yaml']!))).toMatchObject({
      title: { '*': 'Acme: Help & Support' },
      url: 'https://help.acme.example',
      defaultLang: 'en',
      languages: ['en', 'zh'],
      contact: [{ kind: 'email', label: { '*': 'help@acme.example' }, href: 'mailto:help@acme.example' }],
    });
    expect(CategoriesSchema.parse(jsYaml.load(files['categories.yaml']!))).toEqual([expect.objectContaining({ id: 'general', title: { '*': 'General' } })]);
  });

  it('point editors\' YAML completion at the project\'s schemas, and show where a contact channel goes when none is given', () => {
    const files = written({ title: 'Acme Help', languages: [], schemasFolder: '../../tools/faq/schemas' });
    expect(files['site.yaml']).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/tools\/faq\/schemas\/site\.schema\.json\n/);
    expect(files['categories.yaml']).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/tools\/faq\/schemas\/categories\.schema\.json\n/);
    expect(jsYaml.load(files['site.yaml']!)).toEqual({ title: 'Acme Help', defaultLang: 'en', languages: ['en'] });
    expect(files['site.yaml']).toContain('# contact:\n#   - kind: email\n');
  });

  it('are refused, every mistake at once, for an empty title, a language that is no tag or named twice, an e-mail address that is none or is mistyped, and a site address that is not whole', () => {
    expect(createSiteFiles({ title: ' ', languages: ['en', 'english', 'EN'], email: 'help.acme.example', url: 'help.acme.example', schemasFolder: '../schemas' })).toEqual({
      ok: false,
      problems: [
        'the title is empty — write the help center\'s name after --site, in quotes: --site "Acme Help Center"',
        '"english" is not a language tag — use one such as en, zh, de or pt-br',
        '--lang names EN twice — name each language once, the default first',
        '--email "help.acme.example" is not an e-mail address — write it like help@example.com',
        expect.stringMatching(/^--url: "help\.acme\.example" is not .*https:\/\//),
      ],
    });
    expect(createSiteFiles({ title: 'Acme', languages: ['en'], email: 'help@gmial.com', schemasFolder: '../schemas' })).toEqual({
      ok: false,
      problems: ['--email help@gmial.com looks mistyped — did you mean help@gmail.com?'],
    });
  });
});
