import { describe, expect, it } from 'vitest';
import { interfaceStrings, SHIPPED_LANGUAGES, shipsInterfaceText, textDirection, uiStrings } from '../../../src/core/i18n/strings.ts';
import { placeholdersOf, stringLeaves, withWrittenStrings } from '../../../src/core/i18n/written-strings.ts';

describe('the shipped interface text', () => {
  it('covers English, Chinese in both scripts, German, French, Spanish and Japanese, a regional tag reading its language, and any other language English', () => {
    expect(SHIPPED_LANGUAGES).toEqual(['en', 'zh', 'zh-Hant', 'de', 'fr', 'es', 'ja']);
    expect(['en', 'zh', 'zh-CN', 'de-AT', 'fr-CA', 'es-419', 'ja', 'nl'].map(shipsInterfaceText)).toEqual([true, true, true, true, true, true, true, false]);
    expect(uiStrings('zh-CN').searchButton).toBe(uiStrings('zh').searchButton);
    expect(uiStrings('de-AT')).toBe(uiStrings('de'));
    expect(uiStrings('nl')).toBe(uiStrings('en'));
  });

  it('writes Chinese in traditional characters where the tag says so or where they are written (Taiwan, Hong Kong, Macau), and in simplified ones elsewhere', () => {
    const traditional = uiStrings('zh-Hant');
    expect(traditional.searchButton).toBe('搜尋');
    expect(['zh-TW', 'zh-hk', 'zh-MO', 'zh-Hant-TW'].map((lang) => uiStrings(lang))).toEqual([traditional, traditional, traditional, traditional]);
    expect(['zh-CN', 'zh-SG', 'zh-Hans-TW'].map((lang) => uiStrings(lang))).toEqual([uiStrings('zh'), uiStrings('zh'), uiStrings('zh')]);
  });

  it.each(SHIPPED_LANGUAGES.slice(1))('has every text in %s, with the placeholders of the English, and names the language in its own words', (lang) => {
    const english = stringLeaves(uiStrings('en'));
    const translated = stringLeaves(uiStrings(lang));
    expect(translated.map((leaf) => leaf.path.join('.'))).toEqual(english.map((leaf) => leaf.path.join('.')));
    for (const [index, leaf] of english.entries()) {
      const text = translated[index]!.text;
      expect(placeholdersOf(text).sort(), leaf.path.join('.')).toEqual(placeholdersOf(leaf.text).sort());
      expect((typeof text === 'string' ? [text] : text).every((item) => item.trim().length > 0), leaf.path.join('.')).toBe(true);
    }
    expect(uiStrings(lang).languageName.toLowerCase()).toBe(new Intl.DisplayNames([lang], { type: 'language' }).of(lang)!.toLowerCase());
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
    expect(['nl', 'pt-br', 'ar', 'ko'].map((lang) => interfaceStrings(lang).languageName)).toEqual(['Nederlands', 'Português (Brasil)', 'العربية', '한국어']);
    expect(interfaceStrings('de-CH', { languageName: 'Deutsch (Schweiz)' }).languageName).toBe('Deutsch (Schweiz)');
    expect(interfaceStrings('zh').languageName).toBe('中文');
  });
});

describe('textDirection', () => {
  it('is right to left for the languages written so, and left to right for the rest', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-EG'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'zh', 'de', 'ja', 'ko'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
