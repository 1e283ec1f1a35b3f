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
      // Said by the build as an editor's mistakes, not introduced by Astro as "an unhandled error" of a hook.
      const plain = build.output.replace(/\u001b\[[\d;]*m/g, ''); // Astro colours its log where CI is set
      expect(plain).toMatch(/\[faq-site\] The content has 9 errors; nothing was written\./);
      expect(build.output).not.toContain('unhandled error');
      // Each once: the list is the message of the error the build stops with, not repeated as its cause.
      for (const line of everyMistake(scratch.outside)) expect(build.output.split(`content/${line}`)).toHaveLength(2);
      expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
      expect(listFiles(build.outDir)).toEqual([]);
      expect(fs.existsSync(`${build.outDir}.partial`)).toBe(false);
      expect(seconds).toBeLessThan(60);
    } finally {
      scratch.remove();
    }
  });
});
