import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content/load.ts';
import { planMembers, tiersWithoutCodes } from '../../src/astro/members-plan.ts';
import { TEST_ACCESS_CODE } from '../support/astro-build.ts';

const PARTNERS_TEST_CODE = 'PT3S-7VQM-2D8F-W9T4-H3BZ';

describe('the members-only plan of the demo, with its tiers members and partners', () => {
  const { content } = loadContent('content', { includeDrafts: false });

  it('gives each code the tiers the codes input names, and each entry the tiers access: names', async () => {
    const plan = await planMembers(content!, { codes: [TEST_ACCESS_CODE, `${PARTNERS_TEST_CODE}:partners`], source: 'test' }, {});
    if (plan.mode !== 'encrypt') throw new Error(`planned ${plan.mode}`);
    expect(plan.tiers).toEqual(['members', 'partners']);
    expect(plan.codes.map((code) => [code.prefix, code.tiers])).toEqual([['T3ST', [0]], ['PT3S', [1]]]);
    const partners = [...plan.opaqueIds.keys()].filter((entry) => entry.tiers.includes('partners')).map((entry) => `${entry.lang}:${entry.id}`).sort();
    expect(partners).toEqual(['en:partner-advance-replacement', 'en:partner-bulk-provisioning', 'en:partner-volume-pricing', 'zh:partner-advance-replacement', 'zh:partner-bulk-provisioning', 'zh:partner-volume-pricing']);
    expect(tiersWithoutCodes(plan)).toEqual([]);
  });

  it('names in the build log a tier with entries that no code opens', async () => {
    const plan = await planMembers(content!, { codes: [TEST_ACCESS_CODE], source: 'test' }, {});
    if (plan.mode !== 'encrypt') throw new Error(`planned ${plan.mode}`);
    expect(tiersWithoutCodes(plan)).toEqual(['members-only tier "partners": 6 entries, and no access code opens them — issue codes with `npm run codes -- --tier partners`']);
  });
});

describe('a site whose gate names no audience', () => {
  it('still encrypts the entries that access: makes members-only, rather than leaving them out', async () => {
    const { content } = loadContent('content', { includeDrafts: false });
    const site = { ...content!, site: { ...content!.site, gate: { ...content!.site.gate, audiences: [] } } };
    const plan = await planMembers(site, { codes: [`${PARTNERS_TEST_CODE}:partners`], source: 'test' }, {});
    expect(plan.mode).toBe('encrypt');
  });
});
