import { describe, expect, it } from 'vitest';
import { interfaceStrings, shipsInterfaceText, textDirection, uiStrings } from '../../../src/core/i18n/strings.ts';
import { placeholdersOf, stringLeaves, withWrittenStrings } from '../../../src/core/i18n/written-strings.ts';

describe('the shipped interface text', () => {
  it('is English and Chinese, a regional tag reading its language and any other language English', () => {
    expect(['en', 'zh', 'zh-CN', 'zh-hans', 'de'].map(shipsInterfaceText)).toEqual([true, true, true, true, false]);
    expect(uiStrings('zh-CN').searchButton).toBe(uiStrings('zh').searchButton);
    expect(uiStrings('de')).toBe(uiStrings('en'));
  });

  it('has every text in both languages, with the same placeholders', () => {
    const english = stringLeaves(uiStrings('en'));
    const chinese = stringLeaves(uiStrings('zh'));
    expect(chinese.map((leaf) => leaf.path.join('.'))).toEqual(english.map((leaf) => leaf.path.join('.')));
    for (const [index, leaf] of english.entries()) expect(placeholdersOf(chinese[index]!.text).sort(), leaf.path.join('.')).toEqual(placeholdersOf(leaf.text).sort());
  });
});

describe("a site's own interface text", () => {
  it('replaces only the texts written, at any depth, keeping the rest', () => {
    const merged = withWrittenStrings(uiStrings('en'), { searchButton: 'Find', audienceName: { loyal: 'Members' }, searchTips: ['One tip'] });
    expect(merged.searchButton).toBe('Find');
    expect(merged.audienceName).toEqual({ prospect: 'Thinking of buying', new: 'New customers', loyal: 'Members' });
    expect(merged.searchTips).toEqual(['One tip']);
    expect(merged.ask).toBe(uiStrings('en').ask);
  });

  it('names a language the product does not ship in its own words', () => {
    expect(['de', 'fr', 'pt-br', 'ar', 'ja'].map((lang) => interfaceStrings(lang).languageName)).toEqual(['Deutsch', 'Français', 'Português (Brasil)', 'العربية', '日本語']);
    expect(interfaceStrings('de', { languageName: 'Deutsch (Schweiz)' }).languageName).toBe('Deutsch (Schweiz)');
    expect(interfaceStrings('zh').languageName).toBe('中文');
  });
});

describe('textDirection', () => {
  it('is right to left for the languages written so, and left to right for the rest', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-EG'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'zh', 'de', 'ja', 'ko'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
