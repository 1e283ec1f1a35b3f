import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load.ts';
import { ContentError, formatProblems } from '../../../src/core/content/problems.ts';
import { ALIAS_BOMB, contentWithEveryMistake, entry, everyMistake, loadWithFiles, scratchContent } from '../../support/editor-mistakes.ts';

const VALID = 'tests/fixtures/valid/content';
const INVALID = 'tests/fixtures/invalid/content';

describe('loading a content folder', () => {
  it('reads site settings, the category tree, products, synonyms and entries', () => {
    const { content, problems } = loadContent(VALID, { includeDrafts: false });
    expect(problems).toEqual([]);
    expect(content!.site.languages).toEqual(['en', 'zh']);
    expect(content!.site.title).toEqual({ en: 'Acme Help', zh: 'Acme 帮助中心' });
    expect(content!.categories.map((category) => category.path)).toEqual(['orders', 'products']);
    expect(content!.categories[0]!.children.map((category) => category.path)).toEqual(['orders/returns', 'orders/shipping']);
    expect(content!.synonyms).toEqual([['refund', 'money back', '退款'], ['return', 'send back']]);
    expect(content!.entries.map((entry) => `${entry.lang}:${entry.id}`).sort()).toEqual([
      'en:refund-timing',
      'en:return-window',
      'en:widget-tuning',
      'zh:return-window',
    ]);
  });

  it('normalizes shorthand front matter into one shape', () => {
    const { content } = loadContent(VALID, { includeDrafts: false });
    const refund = content!.entries.find((entry) => entry.id === 'refund-timing')!;
    expect(refund.audience).toEqual(['new']);
    expect(refund.categories).toEqual(['orders/returns', 'orders/shipping']);
    expect(refund.lang).toBe('en');
    expect(refund.also).toEqual([]);
    expect(refund.priority).toBe(60);
    const returns = content!.entries.find((entry) => entry.id === 'return-window' && entry.lang === 'en')!;
    expect(returns.updated).toBe('2026-10-01');
    expect(returns.bodyLine).toBe(12);
  });

  it('marks an entry members-only when every audience it names is gated', () => {
    const { content } = loadContent(VALID, { includeDrafts: false });
    const membersOnly = content!.entries.filter((entry) => entry.membersOnly).map((entry) => entry.id);
    expect(membersOnly).toEqual(['widget-tuning']);
  });

  it('leaves drafts out of production and keeps them while editing', () => {
    const production = loadContent(VALID, { includeDrafts: false }).content!;
    const editing = loadContent(VALID, { includeDrafts: true }).content!;
    expect(production.entries.some((entry) => entry.id === 'what-is-widget')).toBe(false);
    expect(editing.entries.find((entry) => entry.id === 'what-is-widget')?.draft).toBe(true);
  });

  it('reports a missing content folder instead of crashing', () => {
    const { content, problems } = loadContent('tests/fixtures/no-such-folder', { includeDrafts: false });
    expect(content).toBeUndefined();
    expect(formatProblems(problems)).toBe('tests/fixtures/no-such-folder: the content folder does not exist — point CONTENT_DIR at your content folder, or start one there with `npm run new -- --site "Your Help Center"`');
  });
});

describe('a misspelt front-matter key', () => {
  it('is a warning that suggests the right key, and the entry still loads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-typo-'));
    fs.cpSync(VALID, dir, { recursive: true });
    const file = path.join(dir, 'faq/orders/return-window.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('keywords:', 'keywrods:'));
    const { content, problems } = loadContent(dir, { includeDrafts: false });
    expect(problems.map((problem) => [problem.severity, problem.line, problem.message, problem.hint])).toEqual([
      ['warning', 6, 'unknown key `keywrods` is ignored', 'did you mean `keywords`?'],
    ]);
    expect(content!.entries.some((entry) => entry.id === 'return-window')).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('a misspelt key in a settings file', () => {
  it('is a warning on its line, in site.yaml, categories.yaml and products.yaml, at any depth', () => {
    const scratch = scratchContent((dir) => {
      const edit = (file: string, from: string, to: string) => fs.writeFileSync(path.join(dir, file), fs.readFileSync(path.join(dir, file), 'utf8').replace(from, to));
      edit('site.yaml', 'label: { en: Email us', 'lable: { en: Email us');
      edit('categories.yaml', '  description: Ordering', '  descripton: Ordering');
      edit('products.yaml', '  url:', '  colour: red\n  url:');
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([
        'categories.yaml:3: unknown key `[0].descripton` is ignored — did you mean `description`?',
        'products.yaml:3: unknown key `[0].colour` is ignored — the keys understood here are id, name, url, description',
        'site.yaml:5: `contact[0].label` is missing — add `label:`',
        'site.yaml:5: unknown key `contact[0].lable` is ignored — did you mean `label`?',
      ]);
    } finally {
      scratch.remove();
    }
  });
});

describe('a settings file with a mistake', () => {
  it('still lends its valid categories and products, so entries filed under them are not reported as well', () => {
    const scratch = scratchContent((dir) => {
      fs.appendFileSync(path.join(dir, 'categories.yaml'), '- id: Help Desk\n  title: Help\n');
      fs.appendFileSync(path.join(dir, 'products.yaml'), '- id: gadget\n  name: Gadget\n  url: javascript:alert(1)\n');
    });
    try {
      const report = reportFor(scratch.dir);
      expect(report.lines).toEqual([
        'categories.yaml:11: `[2].id`: "Help Desk" is not an id — use lowercase letters, digits and dashes, starting with a letter or digit, such as help-desk',
        'products.yaml:6: `[1].url`: "javascript:alert(1)" is not a link to a web page — write an https:// address, or a /path on this site',
      ]);
      expect(report.entryIds).toContain('return-window');
    } finally {
      scratch.remove();
    }
  });

  it('does not blame the entries filed under a category with a mistake, or below it: the category\'s own mistake is the one to fix', () => {
    const scratch = scratchContent((dir) => {
      const file = path.join(dir, 'categories.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^- id: orders\n  title: [^\n]*\n/m, '- id: orders\n  titel: Orders\n'));
    });
    try {
      const { lines } = reportFor(scratch.dir);
      expect(lines.filter((line) => line.startsWith('faq/'))).toEqual([]);
      expect(lines).toContain('categories.yaml:1: `[0].title` is missing — add `title:`');
    } finally {
      scratch.remove();
    }
  });

  it('does not blame the entries naming a product with a mistake, or linking to it: the product\'s own mistake is the one to fix', () => {
    const scratch = scratchContent((dir) => {
      const file = path.join(dir, 'products.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('url: https://acme.example/widget-pro', 'url: acme.example/widget-pro'));
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([
        'products.yaml:3: `[0].url`: "acme.example/widget-pro" is not a link to a web page — write an https:// address, such as https://acme.example/widget-pro, or a /path on this site',
      ]);
    } finally {
      scratch.remove();
    }
  });

  it('reports a product defined twice at the line of the repeat, even when another product has a mistake', () => {
    const scratch = scratchContent((dir) => {
      fs.appendFileSync(path.join(dir, 'products.yaml'), '- id: gadget\n  name: Gadget\n  url: shop.example/gadget\n- id: widget-pro\n  name: Widget again\n  url: /widget\n');
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([
        'products.yaml:6: `[1].url`: "shop.example/gadget" is not a link to a web page — write an https:// address, such as https://shop.example/gadget, or a /path on this site',
        'products.yaml:7: product "widget-pro" is defined twice — give each product its own id',
      ]);
    } finally {
      scratch.remove();
    }
  });

  it('reports a category defined twice after a broken one at the line it is written on', () => {
    const scratch = scratchContent((dir) => {
      fs.appendFileSync(path.join(dir, 'categories.yaml'), '- id: help\n- id: orders\n  title: Orders again\n');
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([
        'categories.yaml:11: `[2].title` is missing — add `title:`',
        'categories.yaml:12: category "orders" is defined twice — give each category a different id under the same parent, or merge the two',
      ]);
    } finally {
      scratch.remove();
    }
  });
});

describe('synonyms.yaml', () => {
  it('reads an empty place in a group as no word, not as the word "null", and reports a group with a list inside', () => {
    const scratch = scratchContent((dir) => fs.appendFileSync(path.join(dir, 'synonyms.yaml'), '- [wifi, ~, wireless]\n- [modem, [router]]\n'));
    try {
      const { content, problems } = loadContent(scratch.dir, { includeDrafts: false });
      expect(content!.synonyms).toContainEqual(['wifi', 'wireless']);
      expect(content!.synonyms.flat()).not.toContain('null');
      expect(formatProblems(problems)).toContain('synonyms.yaml:4: a synonym group holds a list or a map among its words — write its words as text, one level deep: `- [refund, money back]`');
    } finally {
      scratch.remove();
    }
  });
});

describe('files in faq/ that are not entries', () => {
  it('skip a folder\'s README, and warn about Markdown under another extension, which would be dropped without a word', () => {
    const scratch = scratchContent((dir) => {
      fs.writeFileSync(path.join(dir, 'faq/orders/README.md'), '# Orders\n\nNotes for editors.\n');
      fs.writeFileSync(path.join(dir, 'faq/orders/late.MD'), '---\nquestion: Is it late?\naudience: new\ncategory: orders\n---\nMaybe.\n');
      fs.writeFileSync(path.join(dir, 'faq/orders/lost.markdown'), '---\nquestion: Is it lost?\naudience: new\ncategory: orders\n---\nNo.\n');
    });
    try {
      const { lines, entryIds } = reportFor(scratch.dir);
      expect(lines).toEqual([
        'faq/orders/late.MD: this file is not read: entries are .md files — rename it to late.md if it is an entry',
        'faq/orders/lost.markdown: this file is not read: entries are .md files — rename it to lost.md if it is an entry',
      ]);
      expect(entryIds).not.toContain('README');
    } finally {
      scratch.remove();
    }
  });
});

describe('an id used twice in one language', () => {
  it('by a file in a language\'s folder without that `lang:`, says to add it: a translation copied in and not marked', () => {
    const scratch = scratchContent((dir) => {
      const file = path.join(dir, 'faq/zh/return-window.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^lang: zh\n/m, ''));
    });
    try {
      const folder = path.relative(process.cwd(), scratch.dir);
      expect(reportFor(scratch.dir).lines).toEqual([
        `faq/zh/return-window.md:2: id "return-window" is already used by ${folder}/faq/orders/return-window.md in language "en" — ${folder}/faq/zh/return-window.md is in the zh folder: if it is the zh translation, add \`lang: zh\` to its front matter`,
        // The fixture's one Chinese entry now reads as English.
        'site.yaml:3: language "zh" has no published entries, so the built site leaves it out until one is published — publish an entry with `lang: zh`, or take zh out of `languages`',
      ]);
    } finally {
      scratch.remove();
    }
  });
});

describe('a category named by its title, or by its path in other capitals', () => {
  it('is refused with the path meant: an entry files under a path of ids', () => {
    const { report } = loadWithFiles({
      'faq/orders/by-title.md': entry('Can I send it back?', '').replace('category: orders', 'category: [Orders, orders/Returns, Orders / Shipping, 退货]'),
    });
    const hint = 'A category is named by its path of ids, as in categories.yaml';
    expect(report.filter((line) => line.includes('by-title.md'))).toEqual([
      `faq/orders/by-title.md:4: unknown category "Orders / Shipping" — did you mean orders/shipping? ${hint}`,
      `faq/orders/by-title.md:4: unknown category "Orders" — did you mean orders? ${hint}`,
      `faq/orders/by-title.md:4: unknown category "orders/Returns" — did you mean orders/returns? ${hint}`,
      `faq/orders/by-title.md:4: unknown category "退货" — did you mean orders/returns? ${hint}`,
    ]);
  });
});

describe('an entry named by its file name or its words, in `related:` or a `faq:` link', () => {
  it('is refused with the id meant', () => {
    const { report } = loadWithFiles({
      'faq/orders/names.md': entry('Which one do you mean?', 'related: [Refund Timing, faq/orders/refund-timing.md]\n', 'See [the window](faq:Return_Window).\n'),
    });
    expect(report.filter((line) => line.includes('names.md'))).toEqual([
      'faq/orders/names.md:5: related entry "faq/orders/refund-timing.md" does not exist — did you mean refund-timing? use the id (file name without .md) of another entry, or remove it',
      'faq/orders/names.md:5: related entry "Refund Timing" does not exist — did you mean refund-timing? use the id (file name without .md) of another entry, or remove it',
      'faq/orders/names.md:7: the link "faq:Return_Window" names an entry that does not exist — did you mean faq:return-window? Use the id (file name without .md) of another entry',
    ]);
  });
});

describe('an entry with a mistake in one key', () => {
  it('has the names its other keys give checked in the same run, not the next', () => {
    const { report } = loadWithFiles({
      'faq/orders/two-mistakes.md': entry('Can I pay later?', 'related: [refund-timng]\npriority: high\n').replace('category: orders', 'category: Orders'),
    });
    expect(report.filter((line) => line.includes('two-mistakes.md'))).toEqual([
      'faq/orders/two-mistakes.md:4: unknown category "Orders" — did you mean orders? A category is named by its path of ids, as in categories.yaml',
      'faq/orders/two-mistakes.md:5: related entry "refund-timng" does not exist — use the id (file name without .md) of another entry, or remove it',
      'faq/orders/two-mistakes.md:6: `priority` should be a number — got string "high"',
    ]);
  });

  it('has its answer\'s links and pictures checked in the same run too, even with a required key wrong', () => {
    const { report } = loadWithFiles({
      'faq/orders/no-question.md': entry('', 'related: [refund-timng]\n', 'See [the window](faq:return-windw) and ![](gone.png).\n').replace('audience: new', 'audience: newcomer'),
    });
    expect(report.filter((line) => line.includes('no-question.md'))).toEqual([
      'faq/orders/no-question.md:2: `question` should be text — got an empty value',
      'faq/orders/no-question.md:3: `audience` has an unknown value "newcomer" — use one of: prospect, new, loyal',
      'faq/orders/no-question.md:5: related entry "refund-timng" does not exist — use the id (file name without .md) of another entry, or remove it',
      'faq/orders/no-question.md:7: the link "faq:return-windw" names an entry that does not exist — use the id (file name without .md) of another entry',
      expect.stringContaining('faq/orders/no-question.md:7: the picture "gone.png" does not exist'),
      expect.stringContaining('faq/orders/no-question.md:7: the picture "gone.png" has no alt text'),
    ]);
  });

  it('is still left out of the site, and entries that name it are not blamed for it', () => {
    const { content, report } = loadWithFiles({
      'faq/orders/broken.md': entry('Can I pay later?', 'priority: high\n'),
      'faq/orders/names-it.md': entry('How do I pay?', 'related: [broken]\n'),
    });
    expect(content!.entries.map((each) => each.id)).not.toContain('broken');
    expect(report.filter((line) => /broken|names-it/.test(line))).toEqual(['faq/orders/broken.md:5: `priority` should be a number — got string "high"']);
  });
});

describe('synonyms.yaml, words written twice', () => {
  it('in one group are listed once; a group of one word written twice, or in two cases, is refused', () => {
    const scratch = scratchContent((dir) => fs.appendFileSync(path.join(dir, 'synonyms.yaml'), '- [wifi, WiFi, wireless, wifi]\n- [modem, modem]\n- [Router, router]\n'));
    try {
      const { content, problems } = loadContent(scratch.dir, { includeDrafts: false });
      expect(content!.synonyms).toContainEqual(['wifi', 'wireless']);
      expect(formatProblems(problems).split('\n')).toEqual([
        'synonyms.yaml:3: "wifi" is listed twice in this group — list it once',
        'synonyms.yaml:4: a synonym group needs at least two different words — write `- [refund, money back]` or `- refund = money back`',
        'synonyms.yaml:5: a synonym group needs at least two different words — write `- [refund, money back]` or `- refund = money back`',
      ].map((line) => `${path.relative(process.cwd(), scratch.dir)}/${line}`));
    } finally {
      scratch.remove();
    }
  });
});

describe('broken content', () => {
  it('reports every mistake in one run, each with its file, line, what is wrong and how to fix it', () => {
    const { problems } = loadContent(INVALID, { includeDrafts: false });
    // The message the build and npm run check stop with.
    const lines = new ContentError(problems).message.split('\n');
    // What the YAML parser says went wrong is its own wording; the editor relies on the place, the verdict and the advice.
    const brokenYaml = lines.filter((line) => line.startsWith(`${INVALID}/faq/broken-yaml.md`));
    expect(brokenYaml).toHaveLength(1);
    expect(brokenYaml[0]).toMatch(
      /^tests\/fixtures\/invalid\/content\/faq\/broken-yaml\.md:4: this is not valid YAML: \S.* — check indentation, and quote values that contain ": " or start with a special character$/,
    );
    expect(lines.filter((line) => !brokenYaml.includes(line))).toEqual(
      [
        'The content has 28 errors; nothing was written.',
        'tests/fixtures/invalid/content/faq/...md: the file name "...md" cannot be the entry\'s id, which must be lowercase letters, digits and dashes, starting with a letter or digit — rename the file, for example to what-does-a-file-called-md-do.md (the name becomes the page\'s address), or set `id:` in the front matter',
        'tests/fixtures/invalid/content/faq/..md: the file name "..md" cannot be the entry\'s id, which must be lowercase letters, digits and dashes, starting with a letter or digit — rename the file, for example to what-does-a-file-called-md-do.md (the name becomes the page\'s address), or set `id:` in the front matter',
        'tests/fixtures/invalid/content/faq/alias-bomb.md:6: the `*` aliases from here on expand into far too much data, so the file is not read — write the values out, or repeat an alias a few times rather than nesting aliases of aliases',
        'tests/fixtures/invalid/content/faq/alias-taken.md:5: alias "alias-taken" is this entry\'s own id — remove "alias-taken" from `aliases`',
        'tests/fixtures/invalid/content/faq/alias-taken.md:5: alias "same-id" is the id of tests/fixtures/invalid/content/faq/duplicate-a.md in language "en" — an old address can lead to one entry only: remove "same-id" from `aliases`, or rename tests/fixtures/invalid/content/faq/duplicate-a.md',
        'tests/fixtures/invalid/content/faq/alias-twice.md:6: alias "old-answers" is already an alias of tests/fixtures/invalid/content/faq/alias-taken.md:5 in language "en" — an old address can lead to one entry only: keep "old-answers" in one of the two files',
        'tests/fixtures/invalid/content/faq/bad-date.md:5: `updated`: "2026-13-45" is not a date — write it as YYYY-MM-DD, e.g. 2026-10-01',
        'tests/fixtures/invalid/content/faq/dead-product-link.md:8: the link "product:gadget-max" names an unknown product — use an id from products.yaml',
        'tests/fixtures/invalid/content/faq/dead-related.md:5: related entry "no-such-entry" does not exist — use the id (file name without .md) of another entry, or remove it',
        'tests/fixtures/invalid/content/faq/deep-list.md:57: lists or quotes are nested too deeply here, so the page would leave out this line and what follows it — flatten the list: use fewer levels of indentation, or split it into several lists',
        'tests/fixtures/invalid/content/faq/duplicate-b.md:2: id "same-id" is already used by tests/fixtures/invalid/content/faq/duplicate-a.md in language "en" — rename one of the files, or set a different `id:`',
        'tests/fixtures/invalid/content/faq/latin1.md:6: this file is not UTF-8 text: byte 0xE9 on this line cannot be read — save the file with the UTF-8 encoding (in most editors: "Save with encoding" or "Reopen with encoding", then UTF-8)',
        'tests/fixtures/invalid/content/faq/members-alias.md:5: members-only entries cannot have aliases: their links are opaque, and a public redirect from "members-shipping" would reveal the question — remove `aliases:` from this entry',
        'tests/fixtures/invalid/content/faq/no-question.md:2: `question` is missing — add `question:`',
        'tests/fixtures/invalid/content/faq/public-links-members.md:5: related entry "members-secret" is members-only, and this entry is public — public pages must not reveal members-only questions: remove the link, or make this entry members-only too',
        'tests/fixtures/invalid/content/faq/public-links-members.md:7: the link "faq:members-secret" points to a members-only entry from a public one — public pages must not reveal members-only questions: remove the link',
        'tests/fixtures/invalid/content/faq/repeated-related.md:3: audience "new" is listed twice in `audience` — list it once',
        'tests/fixtures/invalid/content/faq/repeated-related.md:4: category "orders" is listed twice in `category` — list it once',
        'tests/fixtures/invalid/content/faq/repeated-related.md:5: related entry "dead-related" is listed 3 times in `related` — list it once',
        'tests/fixtures/invalid/content/faq/repeated-related.md:6: product "widget-pro" is listed twice in `products` — list it once',
        'tests/fixtures/invalid/content/faq/unknown-audience.md:3: `audience[0]` has an unknown value "customer" — use one of: prospect, new, loyal',
        'tests/fixtures/invalid/content/faq/unknown-category.md:4: unknown category "orders/retunrs" — did you mean orders/returns? use a path from categories.yaml, such as orders/returns, orders, orders/shipping',
        'tests/fixtures/invalid/content/faq/unknown-tier.md:4: unknown tier "parners" in `access` — did you mean "partners"? use a tier from gate.tiers in site.yaml (members, partners), or add "parners" there',
        'tests/fixtures/invalid/content/faq/unknown-variable.md:9: unknown variable "retrun_days" in {{ vars.retrun_days }} — did you mean {{ vars.return_days }}?',
        'tests/fixtures/invalid/content/products.yaml:1: this file is not UTF-8 text: byte 0xFC on this line cannot be read — save the file with the UTF-8 encoding (in most editors: "Save with encoding" or "Reopen with encoding", then UTF-8)',
        'tests/fixtures/invalid/content/site.yaml:13: `videos.providers[1]` has an unknown value "dailymotion" — use one of: youtube, vimeo',
        'tests/fixtures/invalid/content/synonyms.yaml:2: the `*` aliases from here on expand into far too much data, so the file is not read — write the values out, or repeat an alias a few times rather than nesting aliases of aliases',
      ],
    );
  });
});

/** Every problem loading finds, as the check and the build print them, relative to the content folder. */
function reportFor(dir: string): { lines: string[]; milliseconds: number; entryIds: string[] } {
  const started = performance.now();
  const { content, problems } = loadContent(dir, { includeDrafts: false });
  const all = problems;
  const milliseconds = performance.now() - started;
  const prefix = `${path.relative(process.cwd(), dir)}/`;
  const lines = formatProblems(all).split('\n').filter(Boolean).map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line));
  return { lines, milliseconds, entryIds: content?.entries.map((item) => item.id) ?? [] };
}

describe('editors\' mistakes that used to crash, hang or pass silently', () => {
  it('are all reported in one run, within seconds, and nothing outside the folder is read', () => {
    const scratch = contentWithEveryMistake();
    try {
      const { lines, milliseconds, entryIds } = reportFor(scratch.dir);
      expect(lines).toEqual(everyMistake(scratch.outside));
      expect(milliseconds).toBeLessThan(5000);
      expect(entryIds.sort()).toEqual(['deep-list', 'latin1', 'many-related', 'refund-timing', 'return-window', 'return-window', 'widget-tuning']);
    } finally {
      scratch.remove();
    }
  });

  it('a folder that links back to itself is reported at once, not read forever', () => {
    const scratch = scratchContent((dir) => {
      fs.symlinkSync('.', path.join(dir, 'faq/orders/self'));
      fs.symlinkSync('../..', path.join(dir, 'faq/zh/up'));
    });
    try {
      const { lines, milliseconds } = reportFor(scratch.dir);
      expect(lines).toEqual([
        'faq/orders/self: this is a symbolic link (to .), and the build does not follow links — copy the file or folder into the content folder instead of linking to it',
        'faq/zh/up: this is a symbolic link (to ../..), and the build does not follow links — copy the file or folder into the content folder instead of linking to it',
      ]);
      expect(milliseconds).toBeLessThan(1000);
    } finally {
      scratch.remove();
    }
  });

  it('a linked settings file or entry folder is reported, not read through the link', () => {
    const scratch = scratchContent((dir, outside) => {
      fs.renameSync(path.join(dir, 'site.yaml'), path.join(outside, 'site.yaml'));
      fs.symlinkSync(path.join(outside, 'site.yaml'), path.join(dir, 'site.yaml'));
      fs.renameSync(path.join(dir, 'faq'), path.join(outside, 'faq'));
      fs.symlinkSync(path.join(outside, 'faq'), path.join(dir, 'faq'));
    });
    try {
      const { lines } = reportFor(scratch.dir);
      expect(lines).toEqual([
        `faq: this is a symbolic link (to ${scratch.outside}/faq), and the build does not follow links — copy the file or folder into the content folder instead of linking to it`,
        `site.yaml: this is a symbolic link (to ${scratch.outside}/site.yaml), and the build does not follow links — copy the file or folder into the content folder instead of linking to it`,
      ]);
    } finally {
      scratch.remove();
    }
  });

  it('the content folder itself may be reached through a link', () => {
    const scratch = scratchContent(() => {});
    const link = `${scratch.outside}/content-link`;
    fs.symlinkSync(scratch.dir, link);
    try {
      expect(reportFor(link).lines).toEqual([]);
    } finally {
      scratch.remove();
    }
  });

  it('a pipe where a file should be is reported, not read (which would wait forever)', () => {
    const scratch = scratchContent((dir) => {
      fs.rmSync(path.join(dir, 'synonyms.yaml'));
      expect(spawnSync('mkfifo', [path.join(dir, 'synonyms.yaml'), path.join(dir, 'faq/pipe.md')]).status).toBe(0);
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([
        'faq/pipe.md: this is neither a file nor a folder — remove it, or replace it with a plain file',
        'synonyms.yaml: this is neither a file nor a folder — remove it, or replace it with a plain file',
      ]);
    } finally {
      scratch.remove();
    }
  });

  it('an alias bomb in any settings file names the file and the line where it starts', () => {
    for (const name of ['site.yaml', 'categories.yaml', 'products.yaml', 'synonyms.yaml']) {
      const scratch = scratchContent((dir) => {
        const bomb = name === 'site.yaml' ? `${ALIAS_BOMB}\n` : `${ALIAS_BOMB.replace(/^\w+: /gm, '- ')}\n`;
        fs.writeFileSync(path.join(dir, name), `# comment\n${bomb}`);
      });
      try {
        expect(reportFor(scratch.dir).lines).toContain(
          `${name}:3: the \`*\` aliases from here on expand into far too much data, so the file is not read — write the values out, or repeat an alias a few times rather than nesting aliases of aliases`,
        );
      } finally {
        scratch.remove();
      }
    }
  });

  it('a site.yaml that cannot be read is the one error: entries in its other languages are not blamed for it', () => {
    const scratch = scratchContent((dir) => fs.writeFileSync(path.join(dir, 'site.yaml'), `${ALIAS_BOMB}\n`));
    try {
      // The valid fixture has a Chinese entry, which a site read as English-only would report.
      expect(reportFor(scratch.dir).lines).toEqual([
        'site.yaml:2: the `*` aliases from here on expand into far too much data, so the file is not read — write the values out, or repeat an alias a few times rather than nesting aliases of aliases',
      ]);
    } finally {
      scratch.remove();
    }
  });

  it('an alias inside the value it stands for is reported, not followed forever', () => {
    const scratch = scratchContent((dir) => {
      fs.writeFileSync(path.join(dir, 'categories.yaml'), '- &orders\n  id: orders\n  title: Orders\n  children: [*orders]\n');
      fs.writeFileSync(path.join(dir, 'faq/loop.md'), entry('What does a looping alias do?', 'keywords: &words [one, *words]\n'));
    });
    try {
      const { lines } = reportFor(scratch.dir);
      expect(lines).toContain('categories.yaml:4: the alias *orders is inside the value it stands for, so that value would never end — write the value out instead of the alias');
      expect(lines).toContain('faq/loop.md:5: the alias *words is inside the value it stands for, so that value would never end — write the value out instead of the alias');
    } finally {
      scratch.remove();
    }
  });

  it('a file name that is not an id is reported for every way of writing it', () => {
    const scratch = scratchContent((dir) => {
      fs.writeFileSync(path.join(dir, 'faq/...md'), entry('What about three dots?'));
      fs.writeFileSync(path.join(dir, 'faq/Return Policy.md'), entry('What is the return policy?'));
      fs.writeFileSync(path.join(dir, 'faq/.md'), entry('退货政策是什么？'));
      fs.writeFileSync(path.join(dir, 'faq/named-by-id..md'), entry('Is a file with an id fine?', 'id: named-by-id\n'));
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([
        'faq/...md: the file name "...md" cannot be the entry\'s id, which must be lowercase letters, digits and dashes, starting with a letter or digit — rename the file, for example to what-about-three-dots.md (the name becomes the page\'s address), or set `id:` in the front matter',
        'faq/.md: the file name ".md" cannot be the entry\'s id, which must be lowercase letters, digits and dashes, starting with a letter or digit — rename the file (the name becomes the page\'s address), or set `id:` in the front matter',
        'faq/Return Policy.md: the file name "Return Policy.md" cannot be the entry\'s id, which must be lowercase letters, digits and dashes, starting with a letter or digit — rename the file, for example to what-is-the-return-policy.md (the name becomes the page\'s address), or set `id:` in the front matter',
      ]);
    } finally {
      scratch.remove();
    }
  });

  it('a byte that is not UTF-8 is found on its line, after text that is', () => {
    const scratch = scratchContent((dir) => {
      const before = Buffer.from('- [refund, money back, 退款]\n- [replacement character, \uFFFD]\n- [café, caf');
      fs.writeFileSync(path.join(dir, 'synonyms.yaml'), Buffer.concat([before, Buffer.from([0xc3, 0x28]), Buffer.from(']\n')]));
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([
        'synonyms.yaml:3: this file is not UTF-8 text: byte 0xC3 on this line cannot be read — save the file with the UTF-8 encoding (in most editors: "Save with encoding" or "Reopen with encoding", then UTF-8)',
      ]);
    } finally {
      scratch.remove();
    }
  });

  it('a UTF-8 byte-order mark is fine', () => {
    const scratch = scratchContent((dir) => {
      for (const name of ['site.yaml', 'faq/orders/refund-timing.md']) {
        fs.writeFileSync(path.join(dir, name), `\uFEFF${fs.readFileSync(path.join(dir, name), 'utf8')}`);
      }
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([]);
    } finally {
      scratch.remove();
    }
  });

  it('a list nested too deep is reported at the line where the page would be cut, and so is a quote', () => {
    const scratch = scratchContent((dir) => {
      fs.writeFileSync(path.join(dir, 'faq/deep-quote.md'), entry('What does a deep quote do?', '', `First.\n\n${'> '.repeat(120)}deep\n\nLast.\n`));
    });
    try {
      expect(reportFor(scratch.dir).lines).toEqual([
        'faq/deep-quote.md:8: lists or quotes are nested too deeply here, so the page would leave out this line and what follows it — flatten the list: use fewer levels of indentation, or split it into several lists',
      ]);
    } finally {
      scratch.remove();
    }
  });
});
