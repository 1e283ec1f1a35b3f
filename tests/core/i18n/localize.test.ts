import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatNumber } from '../../../src/core/i18n/localize.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatDate', () => {
  it('writes a date as readers of the language do', () => {
    expect(formatDate('2026-10-01', 'en')).toBe('October 1, 2026');
    expect(formatDate('2026-10-01', 'zh')).toBe('2026年10月1日');
  });

  it('keeps the calendar day whatever the time zone of the build machine', () => {
    expect(formatDate('2026-01-31', 'en')).toBe('January 31, 2026');
  });

  it('makes one formatter per language however many dates a build formats', () => {
    const constructed = vi.spyOn(Intl, 'DateTimeFormat');
    const days = Array.from({ length: 200 }, (_, day) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10));
    for (const day of days) formatDate(day, 'de');
    expect(formatDate('2025-03-01', 'de')).toBe('1. März 2025');
    expect(constructed.mock.calls.length).toBeLessThanOrEqual(1);
  });
});

describe('formatNumber', () => {
  it('groups digits as the language does, with one formatter per language', () => {
    const constructed = vi.spyOn(Intl, 'NumberFormat');
    for (let value = 0; value < 100; value++) formatNumber(value, 'fr');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(constructed.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
