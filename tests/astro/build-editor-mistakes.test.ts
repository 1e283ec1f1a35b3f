import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, removeTemporaryFolders } from '../support/astro-build.ts';
import { contentWithEveryMistake, everyMistake } from '../support/editor-mistakes.ts';

afterAll(removeTemporaryFolders);

describe('a build of content with mistakes that used to crash, hang or pass silently', () => {
  it('stops at once with every mistake listed, and writes nothing', () => {
    const scratch = contentWithEveryMistake();
    try {
      const started = performance.now();
      const build = buildSite({ contentDir: scratch.dir });
      const seconds = (performance.now() - started) / 1000;
      expect(build.status, build.output).not.toBe(0);
      expect(build.output).toContain('The content has 9 errors; nothing was written.');
      for (const line of everyMistake(scratch.outside)) expect(build.output).toContain(`content/${line}`);
      expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
      expect(listFiles(build.outDir)).toEqual([]);
      expect(fs.existsSync(`${build.outDir}.partial`)).toBe(false);
      expect(seconds).toBeLessThan(60);
    } finally {
      scratch.remove();
    }
  });
});
