import { describe, expect, it } from 'vitest';
import { applyToEntryText } from '../../../src/core/insights/apply-changes.ts';

const BODY = '\nThe answer stays **exactly** as written.\n\npriority: 3 is not front matter\n';

describe('--apply edits only keywords and priority in front matter', () => {
  it('changes the priority and extends a flow list of keywords, leaving every other byte as it was', () => {
    const text = `---\nquestion: "How long do refunds take?"   # asked a lot\nkeywords: [refund, money back]\npriority: 40\nupdated: 2026-10-05\n---${BODY}`;
    const result = applyToEntryText(text, { priority: { from: 40, to: 85 }, addKeywords: ['reimbursement', 'yes'] });
    expect(result).toEqual({ ok: true, changed: true, text: `---\nquestion: "How long do refunds take?"   # asked a lot\nkeywords: [refund, money back, reimbursement, "yes"]\npriority: 85\nupdated: 2026-10-05\n---${BODY}` });
  });

  it('adds items to a block list with its indentation, and adds the fields when the entry has none', () => {
    const block = `---\nquestion: Where is my order?\nkeywords:\n    - tracking\n    - parcel\nupdated: 2026-10-05\n---${BODY}`;
    const result = applyToEntryText(block, { priority: { from: 0, to: 60 }, addKeywords: ['where is it'] });
    expect(result).toEqual({ ok: true, changed: true, text: `---\nquestion: Where is my order?\nkeywords:\n    - tracking\n    - parcel\n    - where is it\nupdated: 2026-10-05\npriority: 60\n---${BODY}` });

    const bare = `---\nquestion: 发票怎么开？\n---${BODY}`;
    expect(applyToEntryText(bare, { addKeywords: ['电子发票'] })).toEqual({ ok: true, changed: true, text: `---\nquestion: 发票怎么开？\nkeywords: [电子发票]\n---${BODY}` });
  });

  it('changes nothing when applied a second time', () => {
    const text = `---\nquestion: Q?\nkeywords: [a]\npriority: 10\n---${BODY}`;
    const first = applyToEntryText(text, { priority: { from: 10, to: 90 }, addKeywords: [] });
    expect(first.ok && first.changed).toBe(true);
    const again = applyToEntryText(first.ok ? first.text : '', { priority: { from: 90, to: 90 }, addKeywords: [] });
    expect(again).toEqual({ ok: true, changed: false, text: first.ok ? first.text : '' });
  });

  it('refuses, leaving the file alone, when the front matter is written in a way it cannot edit safely', () => {
    const anchored = `---\nquestion: Q?\nkeywords: &words [a]\nalso: *words\n---${BODY}`;
    expect(applyToEntryText(anchored, { addKeywords: ['b'] })).toEqual({ ok: false, problem: 'the front matter is written in a way this command cannot edit safely; make the change by hand' });
  });
});
