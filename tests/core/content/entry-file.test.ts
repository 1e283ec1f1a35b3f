import { describe, expect, it } from 'vitest';
import { readEntry } from '../../../src/core/content/entry-file.ts';
import { formatProblems } from '../../../src/core/content/problems.ts';
import { normalizeSite } from '../../../src/core/content/site-settings.ts';
import type { Problem } from '../../../src/core/content/types.ts';

const FRONT_MATTER = ['question: How long does a refund take?', 'audience: new', 'category: orders'];

/** One entry file as the loader reads it: the entry, and what an editor would be told. */
function read(text: string) {
  const problems: Problem[] = [];
  const entry = readEntry(text, 'faq/refund.md', 'faq/refund.md', normalizeSite(undefined), problems);
  return { entry, report: formatProblems(problems) };
}

describe('the --- fences around an entry\'s front matter', () => {
  it('split the file into the front matter and the body, which starts on the line after the closing fence', () => {
    const { entry, report } = read(['---', ...FRONT_MATTER, '---', 'The answer.', ''].join('\n'));
    expect(report).toBe('');
    expect(entry).toMatchObject({ question: 'How long does a refund take?', audience: ['new'], body: 'The answer.\n', bodyLine: 6 });
  });

  it('work the same with Windows line endings', () => {
    const { entry, report } = read(['---', ...FRONT_MATTER, '---', 'The answer.', ''].join('\r\n'));
    expect(report).toBe('');
    expect(entry).toMatchObject({ question: 'How long does a refund take?', categories: ['orders'], body: 'The answer.\r\n', bodyLine: 6 });
  });

  it('may follow a UTF-8 byte-order mark', () => {
    const { entry, report } = read(`\uFEFF${['---', ...FRONT_MATTER, '---', 'The answer.'].join('\n')}`);
    expect(report).toBe('');
    expect(entry).toMatchObject({ question: 'How long does a refund take?', body: 'The answer.', bodyLine: 6 });
  });

  it('without a closing fence leave the whole rest of the file to the front matter and an empty body', () => {
    const { entry, report } = read(['---', ...FRONT_MATTER, ''].join('\n'));
    expect(report).toBe('');
    expect(entry).toMatchObject({ question: 'How long does a refund take?', body: '' });
  });

  it('left unclosed above an answer say so, where the answer stops reading as YAML', () => {
    // The answer's first line reads as a key; its second cannot.
    const { entry, report } = read(['---', ...FRONT_MATTER, 'You have 30 days: start from your orders page.', 'We email a label.', ''].join('\n'));
    expect(entry).toBeUndefined();
    expect(report).toBe(
      "faq/refund.md:6: no --- line closes the front matter, so the answer below it is read as YAML, which this line is not — put a line of three dashes (---) after the front matter's last key, before the answer",
    );
  });

  it('are required at the very start of the file: otherwise the front matter is reported missing on line 1', () => {
    for (const text of [`${FRONT_MATTER.join('\n')}\n`, `\n---\n${FRONT_MATTER.join('\n')}\n---\n`, `----\n${FRONT_MATTER.join('\n')}\n---\n`, `--- yaml\n${FRONT_MATTER.join('\n')}\n---\n`]) {
      const { entry, report } = read(text);
      expect(entry).toBeUndefined();
      expect(report).toBe('faq/refund.md:1: the front matter is missing — start the file with a --- line, then question, audience and category, then another --- line');
    }
  });

  it('around something other than keys report it on the front matter\'s first line', () => {
    const { entry, report } = read('---\n- a list\n- of things\n---\nBody.\n');
    expect(entry).toBeUndefined();
    expect(report).toBe('faq/refund.md:2: the front matter is not a map of keys — write one `key: value` per line between the --- lines');
  });

  it('around nothing leave every required key to be reported missing', () => {
    const { entry, report } = read('---\n---\nBody.\n');
    expect(entry).toBeUndefined();
    expect(report.split('\n').sort()).toEqual([
      'faq/refund.md: `audience` is missing — add `audience:`',
      'faq/refund.md: `category` is missing — add `category:`',
      'faq/refund.md: `question` is missing — add `question:`',
    ]);
  });
});

describe('a key that takes one value or a list of them (audience, category)', () => {
  it('left out is reported missing, as any other required key', () => {
    const { entry, report } = read(['---', 'question: How long does a refund take?', 'category: orders', '---', 'Body.'].join('\n'));
    expect(entry).toBeUndefined();
    expect(report).toBe('faq/refund.md:2: `audience` is missing — add `audience:`');
  });

  it('given neither form names both forms and what it got', () => {
    const { entry, report } = read(['---', 'question: How long does a refund take?', 'audience: new', 'category: {orders: 1}', '---', 'Body.'].join('\n'));
    expect(entry).toBeUndefined();
    expect(report).toBe('faq/refund.md:4: `category` should be text or a list — got a map');
  });
});

describe('a question with ": " in it, written without quotes', () => {
  it('is shown on its line as it should be written', () => {
    const { entry, report } = read(['---', 'question: Refunds: how long do they take?', 'audience: new', 'category: orders', '---', 'Body.'].join('\n'));
    expect(entry).toBeUndefined();
    expect(report).toBe('faq/refund.md:2: this is not valid YAML: the value of `question` has ": " in it, which YAML reads as the start of another setting — put the whole value in quotes: question: "Refunds: how long do they take?"');
  });
});

describe('an audience it does not know', () => {
  it('is reported for every wrong item of the list, not only the first', () => {
    const { report } = read(['---', 'question: How long does a refund take?', 'audience: [loyl, customer]', 'category: orders', '---', 'Body.'].join('\n'));
    expect(report.split('\n')).toEqual([
      'faq/refund.md:3: `audience[0]` has an unknown value "loyl" — did you mean loyal? use one of: prospect, new, loyal',
      'faq/refund.md:3: `audience[1]` has an unknown value "customer" — use one of: prospect, new, loyal',
    ]);
  });

  it('names the one meant when it is written as a plural or as the audience\'s label', () => {
    for (const [written, meant] of [['prospects', 'prospect'], ['New customers', 'new']]) {
      const { report } = read(['---', 'question: How long does a refund take?', `audience: ${written}`, 'category: orders', '---', 'Body.'].join('\n'));
      expect(report).toBe(`faq/refund.md:3: \`audience\` has an unknown value "${written}" — did you mean ${meant}? use one of: prospect, new, loyal`);
    }
  });
});

describe('several values written as one text, the usual slip with lists', () => {
  it('in a key that takes a list, are shown as the list they were meant to be', () => {
    const { report } = read(['---', ...FRONT_MATTER, 'keywords: refund, money back，退款', '---', 'Body.'].join('\n'));
    expect(report).toBe('faq/refund.md:5: `keywords` should be a list — got string "refund, money back，退款": write it as a list, [refund, money back, 退款]');
  });

  it('in a key that takes one value or a list, are shown as the list, beside the values it knows', () => {
    const { report } = read(['---', 'question: How long does a refund take?', 'audience: new, loyal', 'category: orders', '---', 'Body.'].join('\n'));
    expect(report).toBe('faq/refund.md:3: `audience` has an unknown value "new, loyal" — use one of: prospect, new, loyal; for several, write a list: [new, loyal]');
  });
});

describe('line numbers in front-matter problems', () => {
  it('count from the top of the file, with any line endings', () => {
    for (const newline of ['\n', '\r\n']) {
      const lines = ['---', 'question: How long does a refund take?', 'audience: [new', 'category: orders', '---', 'Body.'];
      const { entry, report } = read(lines.join(newline));
      expect(entry).toBeUndefined();
      expect(report).toMatch(/^faq\/refund\.md:4: this is not valid YAML: .+ — check indentation, and quote values that contain ": " or start with a special character$/);
    }
  });

  it('point at the value zod rejects, and at a misspelt key', () => {
    const { entry, report } = read(['---', ...FRONT_MATTER, 'keywrods: [refund]', 'priority: high', '---', 'Body.'].join('\r\n'));
    expect(entry).toBeUndefined();
    expect(report.split('\n')).toEqual([
      'faq/refund.md:5: unknown key `keywrods` is ignored — did you mean `keywords`?',
      'faq/refund.md:6: `priority` should be a number — got string "high"',
    ]);
  });

  it('name the repeated value in a list written over several lines', () => {
    const { report } = read(['---', ...FRONT_MATTER, 'related: [', '  a-question,', '  another-question,', '  a-question', ']', '---', 'Body.'].join('\n'));
    expect(report).toBe('faq/refund.md:8: related entry "a-question" is listed twice in `related` — list it once');
  });
});

describe('YAML 1.2 core schema in front matter', () => {
  it('keeps an impossible date as text, so the date check rejects it instead of moving it to another year', () => {
    const { report } = read(['---', ...FRONT_MATTER, 'updated: 2026-13-45', '---', 'Body.'].join('\n'));
    expect(report).toBe('faq/refund.md:5: `updated`: "2026-13-45" is not a date — write it as YYYY-MM-DD, e.g. 2026-10-01');
  });

  it('reads yes and no as words, not as true and false', () => {
    const { entry, report } = read(['---', ...FRONT_MATTER, 'keywords: [yes, no, on]', '---', 'Body.'].join('\n'));
    expect(report).toBe('');
    expect(entry!.keywords).toEqual(['yes', 'no', 'on']);
  });
});

describe('`access:`, the members-only tiers that may read an entry', () => {
  const withTiers = (tiers?: string[]) => normalizeSite({ ...normalizeSite(undefined), gate: { audiences: ['loyal'], mode: 'encrypt', tiers } } as never);
  const readWith = (site: ReturnType<typeof normalizeSite>, ...lines: string[]) => {
    const problems: Problem[] = [];
    const entry = readEntry(['---', ...FRONT_MATTER, ...lines, '---', 'The answer.'].join('\n'), 'faq/refund.md', 'faq/refund.md', site, problems);
    return { entry, report: formatProblems(problems) };
  };

  it('makes the entry members-only in the tiers it names; without it a gated entry is in the default tier, the first of gate.tiers', () => {
    const site = withTiers(['members', 'partners', 'pro']);
    expect(readWith(site, 'access: [pro, partners]').entry).toMatchObject({ membersOnly: true, tiers: ['pro', 'partners'] });
    expect(readWith(site, 'access: partners').entry).toMatchObject({ membersOnly: true, tiers: ['partners'] });
    expect(readWith(site).entry).toMatchObject({ membersOnly: false, tiers: [] });
    const gated = readEntry(['---', 'question: Q?', 'audience: loyal', 'category: orders', '---', 'A.'].join('\n'), 'faq/q.md', 'faq/q.md', site, []);
    expect(gated).toMatchObject({ membersOnly: true, tiers: ['members'] });
  });

  it('naming a tier gate.tiers does not list is an error with its line, and how to fix it', () => {
    const { entry, report } = readWith(withTiers(['members', 'partners']), 'access:', '  - partners', '  - parners');
    expect(entry).toBeUndefined();
    expect(report).toBe('faq/refund.md:7: unknown tier "parners" in `access` — did you mean "partners"? use a tier from gate.tiers in site.yaml (members, partners), or add "parners" there');
    expect(readWith(withTiers(), 'access: [partners]').report).toBe(
      'faq/refund.md:5: unknown tier "partners" in `access` — this site has one tier, "members": add `tiers: [members, partners]` under gate: in site.yaml, or remove `access`',
    );
  });
});

describe('`priority:`, how high an entry sorts', () => {
  const reportOf = (value: string) => {
    const problems: Problem[] = [];
    const entry = readEntry(['---', ...FRONT_MATTER, `priority: ${value}`, '---', 'The answer.'].join('\n'), 'faq/refund.md', 'faq/refund.md', normalizeSite(undefined), problems);
    return { entry, report: formatProblems(problems) };
  };

  it('is a whole number from 0 up', () => {
    expect(reportOf('80').entry).toMatchObject({ priority: 80 });
    expect(reportOf('0').entry).toMatchObject({ priority: 0 });
  });

  it('below 0 or with a fraction is an error with its line and how to fix it, not a build that fails later', () => {
    expect(reportOf('-2').report).toBe('faq/refund.md:5: `priority`: -2 is below 0 — write a whole number from 0 up, such as 80: higher sorts earlier, and 0 (the default) sorts last');
    expect(reportOf('2.5').report).toBe('faq/refund.md:5: `priority`: 2.5 is not a whole number — write a whole number from 0 up, such as 80: higher sorts earlier');
  });
});
