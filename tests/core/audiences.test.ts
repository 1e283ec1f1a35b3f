import { describe, expect, it } from 'vitest';
import { AUDIENCES, isAudience } from '../../src/core/audiences.ts';
import { AudienceSchema } from '../../src/core/content/schema.ts';
import { AUDIENCE_BITS } from '../../src/core/search/index-format.ts';

describe('the audiences', () => {
  it('are the ones entries may name, and the search index stores each as the same bit as before', () => {
    expect(AudienceSchema.options).toEqual([...AUDIENCES]);
    expect(AUDIENCE_BITS).toEqual({ prospect: 1, new: 2, loyal: 4 });
  });

  it('tell a known audience from any other word', () => {
    expect(['prospect', 'new', 'loyal', 'members', 'Loyal', ''].map(isAudience)).toEqual([true, true, true, false, false, false]);
  });
});
