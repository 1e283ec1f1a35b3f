import { describe, expect, it } from 'vitest';
import { answerProblems, entryFilePath, type AnswerContext } from '../../../src/core/content/check-answers.ts';
import { createPictureFinder } from '../../../src/core/content/local-images.ts';
import type { Entry, SiteSettings } from '../../../src/core/content/types.ts';

function entry(id: string, body: string, membersOnly = false, folder = 'faq'): Entry {
  return {
    id, lang: 'en', question: `About ${id}?`, also: [], audience: ['new'], categories: ['orders'], keywords: [], tags: [], products: [], related: [], aliases: [],
    priority: 0, draft: false, membersOnly, tiers: membersOnly ? ['members'] : [], body, file: `${folder}/${id}.md`, sourcePath: `${folder}/${id}.md`, bodyLine: 6,
  };
}

const others = new Map([
  ['refund-timing', entry('refund-timing', 'Five days.', false, 'faq/orders')],
  ['secret-tuning', entry('secret-tuning', 'Members only.', true)],
]);

function problemsOf(body: string, { membersOnly = false, origins = [] as string[], videoProviders = [] as string[] } = {}) {
  const context: AnswerContext = {
    site: { images: { origins }, videos: { providers: videoProviders } } as unknown as SiteSettings,
    productIds: new Set(['widget-pro']),
    findEntry: (id) => others.get(id),
    findFile: (path, from) => [...others.values()].find((other) => other.sourcePath === entryFilePath(path, from)),
    findPicture: createPictureFinder('tests/fixtures/valid/content').find,
  };
  // Line 6 of the file is the body's first line: problems name lines of the file.
  return answerProblems(entry('return-window', body, membersOnly), context).map(({ line, message, hint }) => ({ line, message, hint }));
}

describe('links in an answer', () => {
  it('may name existing products and entries, with a fragment', () => {
    expect(problemsOf('See [Widget](product:widget-pro) and [refunds](faq:refund-timing#why).')).toEqual([]);
  });

  it('to an unknown product or entry are reported on their line of the file', () => {
    expect(problemsOf('First paragraph.\n\nSee [the gadget](product:gadget).\n\nAnd [this](faq:nowhere).')).toEqual([
      { line: 8, message: 'the link "product:gadget" names an unknown product', hint: 'use an id from products.yaml' },
      { line: 10, message: 'the link "faq:nowhere" names an entry that does not exist', hint: 'use the id (file name without .md) of another entry' },
    ]);
  });

  it('may name another entry by its Markdown file, from this one, as links between files work in git', () => {
    expect(problemsOf('See [refunds](orders/refund-timing.md#why) and [tuning](./secret-tuning.md).', { membersOnly: true })).toEqual([]);
  });

  it('to a file that is no entry\'s are reported with the file they name', () => {
    expect(problemsOf('See [refunds](../orders/refund-timing.md).')).toEqual([
      { line: 6, message: 'the link "../orders/refund-timing.md" names no entry\'s file (there is no orders/refund-timing.md)', hint: 'give the path of another entry\'s .md file from this one, or link it as faq:<its id>' },
    ]);
  });

  it('that lead nowhere on the site are reported on their line: empty, relative to the page, a reference without its id, or a Markdown file from the root', () => {
    const hint = 'link another entry by its .md file (../orders/refund-timing.md) or faq:<id>, a product by product:<id>, or give the whole address (https://…)';
    expect(problemsOf('An [empty]() link.\n\nSee [setup](./setup) and\n[the guide](guides/wifi/).\n\nAnd [refunds](faq:) or [Widget](product: widget-pro).\n\nOr [returns](/faq/orders/return-window.md#how).')).toEqual([
      { line: 6, message: 'a link has no address', hint: 'put the address between the brackets: [text](https://…), [text](faq:<id>) or [text](other-entry.md)' },
      { line: 8, message: 'the link "./setup" is relative to the page\'s address, where the site has nothing', hint },
      { line: 9, message: 'the link "guides/wifi/" is relative to the page\'s address, where the site has nothing', hint },
      { line: 11, message: 'the link "faq:" has no id, so the page shows it as text', hint: 'write the id right after "faq:", with no space: [text](faq:refund-timing)' },
      { line: 11, message: 'the link "product:" has no id, so the page shows it as text', hint: 'write the id right after "product:", with no space: [text](product:refund-timing)' },
      {
        line: 13,
        message: 'the link "/faq/orders/return-window.md#how" names a Markdown file from the site\'s root, and the site serves no Markdown files',
        hint: 'give the path of the entry\'s .md file from this one (../orders/refund-timing.md), or faq:<its id>',
      },
    ]);
  });

  it('are not confused with HTML written in the text, which readers would see as written: a warning with the Markdown to write', () => {
    expect(problemsOf('Line one<br>line two, <b>bold</b> and <a href="https://x.example">a link</a>.\n\n<div class="note">A note</div>\n\nIn code `<b>` is fine, and 3 < 4 > 2.')).toEqual([
      {
        line: 6,
        message: 'HTML is shown to readers as written, not read: <br>, <b>, <a>',
        hint: 'write it in Markdown instead: a blank line starts a new paragraph, and a line ending in a backslash (\\) breaks the line; **bold**; [text](https://…)',
      },
      { line: 8, message: 'HTML is shown to readers as written, not read: <div>', hint: 'write it in Markdown instead: leave a blank line between paragraphs; Markdown needs no other markup around text' },
    ]);
  });

  it('from the site\'s root, within the page, and to e-mail and phone lead somewhere, and are not reported', () => {
    expect(problemsOf('[Ask us](/ask/), [above](#top), [mail](mailto:help@example.com), [call](tel:+441234567890).')).toEqual([]);
  });

  it('from a public answer to a members-only entry are refused, since the link would reveal the question', () => {
    expect(problemsOf('See [tuning](faq:secret-tuning).')).toEqual([
      { line: 6, message: 'the link "faq:secret-tuning" points to a members-only entry from a public one', hint: 'public pages must not reveal members-only questions: remove the link' },
    ]);
    expect(problemsOf('See [tuning](faq:secret-tuning).', { membersOnly: true })).toEqual([]);
    expect(problemsOf('See [tuning](secret-tuning.md).')).toEqual([
      { line: 6, message: 'the link "secret-tuning.md" points to a members-only entry from a public one', hint: 'public pages must not reveal members-only questions: remove the link' },
    ]);
  });

  it('are checked however they are written: reference-style, and with a percent-encoded or malformed id', () => {
    expect(problemsOf('[a][x]\n\n[b](faq:nowh%65re) [c](faq:50%off)\n\n[x]: product:gadget').map((problem) => [problem.line, problem.message])).toEqual([
      [6, 'the link "product:gadget" names an unknown product'],
      [8, 'the link "faq:nowhere" names an entry that does not exist'],
      [8, 'the link "faq:50%off" names an entry that does not exist'],
    ]);
  });

  it('inside code are not links, and are not checked', () => {
    expect(problemsOf('Write `[x](faq:nowhere)`.\n\n    [y](product:gadget)')).toEqual([]);
  });
});

describe('Markdown left as text by a slip of spacing', () => {
  it('is a warning on its line of the file, saying what readers see and the fix', () => {
    expect(problemsOf('##Refunds\n\nSee [our page] (https://acme.example/returns).\n\nOr [the form](https://acme.example/return form).')).toEqual([
      { line: 6, message: '"##Refunds" is shown as text, not as a heading', hint: 'put a space after the #: ## Refunds' },
      { line: 8, message: '"[our page] (https://acme.example/returns)" is shown as text, not as a link', hint: 'remove the space between ] and (' },
      { line: 10, message: '"[the form](https://acme.example/return form)" is shown as text, not as a link: its address has a space in it', hint: 'write each space in the address as %20, or remove it' },
    ]);
  });
});

describe('a code block never closed, or a callout that stays a quote', () => {
  it('is a warning on its line of the file, saying what readers see and the fix', () => {
    expect(problemsOf('> [!NOTEE]\n> Careful.\n\n> [!TIP]\n\n```sh\nreset\n')).toEqual([
      { line: 6, message: '"[!NOTEE]" is not a kind of callout, so this shows as a quote with [!NOTEE] in it', hint: 'did you mean [!NOTE]? use [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]' },
      { line: 9, message: 'the callout [!TIP] has nothing under it, so it shows as a quote with [!TIP] in it', hint: 'write what it calls out on the lines after [!TIP], each starting with >' },
      { line: 11, message: 'the code block that starts here with ``` is never closed, so everything after it shows as code', hint: 'end the code with a line of ```' },
    ]);
  });
});

describe('images in an answer', () => {
  it('may come from the site itself', () => {
    expect(problemsOf('![Front panel](/images/panel.png) ![Back](/help/images/back.png)')).toEqual([]);
  });

  it('from another origin are reported on their line, with how to allow them', () => {
    expect(problemsOf('Intro.\n\n![pixel](https://tracker.example/p.gif?u=1)')).toEqual([
      {
        line: 8,
        message: 'the image "https://tracker.example/p.gif?u=1" comes from https://tracker.example, which site.yaml does not allow, so the site\'s security policy blocks it',
        hint: 'put the image on this site and link it as /path, or add https://tracker.example to images.origins in site.yaml',
      },
    ]);
  });

  it('are checked however they are written: protocol-relative, reference-style, inside a link', () => {
    const markdown = '![a](//tracker.example/a.gif)\n\n![b][pixel]\n\n[![c](https://tracker.example/c.gif)](/)\n\n[pixel]: https://tracker.example/b.gif';
    expect(problemsOf(markdown).map((problem) => problem.line)).toEqual([6, 8, 10]);
  });

  it('over plain http are reported even from an allowed origin', () => {
    expect(problemsOf('![x](http://cdn.example.com/x.png)', { origins: ['https://cdn.example.com'] })).toEqual([
      expect.objectContaining({ line: 6, message: 'the image "http://cdn.example.com/x.png" is not loaded over https, so the site\'s security policy blocks it' }),
    ]);
  });

  it('from an origin listed in images.origins are allowed', () => {
    expect(problemsOf('![x](https://cdn.example.com/x.png) ![y](//cdn.example.com/y.png)', { origins: ['https://cdn.example.com'] })).toEqual([]);
  });
});

describe('lists and quotes', () => {
  it('nested past what the page can show are reported once, at the first line left out', () => {
    const deep = Array.from({ length: 120 }, (_, depth) => `${'> '.repeat(depth + 1)}level ${depth}`).join('\n');
    expect(problemsOf(`Intro.\n\n${deep}`)).toEqual([
      {
        // The file's line 8 holds level 0: markdown-it reads 99 levels deep, so it drops level 99, on line 107.
        line: 107,
        message: 'lists or quotes are nested too deeply here, so the page would leave out this line and what follows it',
        hint: 'flatten the list: use fewer levels of indentation, or split it into several lists',
      },
    ]);
    expect(problemsOf('> one\n>> two\n>>> three')).toEqual([]);
  });
});

describe('video links in an answer', () => {
  it('to a provider site.yaml does not enable are a warning on their line: they stay plain links', () => {
    const context: AnswerContext = { site: { images: { origins: [] }, videos: { providers: ['youtube'] } } as unknown as SiteSettings, productIds: new Set(), findEntry: () => undefined, findFile: () => undefined, findPicture: createPictureFinder('tests/fixtures/valid/content').find };
    expect(answerProblems(entry('tour', 'Intro.\n\nhttps://vimeo.com/76979871\n\n[Tour](https://youtu.be/dQw4w9WgXcQ)'), context)).toEqual([
      {
        file: 'faq/tour.md',
        line: 8,
        message: 'the Vimeo video "https://vimeo.com/76979871" is shown as a plain link, because site.yaml does not enable vimeo videos',
        hint: 'to embed it with a play button, add vimeo to videos.providers in site.yaml (videos: { providers: [vimeo] }); otherwise put the link inside a sentence',
        severity: 'warning',
      },
    ]);
  });

  it('inside a sentence are ordinary links and no concern of the check', () => {
    expect(problemsOf('Watch https://vimeo.com/76979871 first.')).toEqual([]);
  });

  it('in a heading or a table cell are ordinary links, as the page shows them', () => {
    expect(problemsOf('## https://vimeo.com/76979871\n\n| a |\n| - |\n| https://vimeo.com/76979871 |')).toEqual([]);
  });

  it('to an enabled provider are fine', () => {
    expect(problemsOf('https://vimeo.com/76979871', { videoProviders: ['vimeo'] })).toEqual([]);
  });
});
