import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, readOutput, removeTemporaryFolders } from '../support/astro-build.ts';
import { contentWithSite, removeContentCopies } from '../support/content-copies.ts';

afterAll(() => {
  removeTemporaryFolders();
  removeContentCopies();
});

describe('a site that turns offline reading off in site.yaml', () => {
  it('builds no offline pages, links or lists, and a worker that only removes the one readers already have', () => {
    const { dir } = contentWithSite('offline: false\n');
    const build = buildSite({ contentDir: dir });
    expect(build.status, build.output).toBe(0);
    const files = listFiles(build.outDir);
    expect(files.filter((file) => /(^|\/)(offline|saved)\/index\.html$|^_faq\/offline\//.test(file))).toEqual([]);
    const home = readOutput(build.outDir, 'index.html');
    expect(home).not.toMatch(/data-offline-link|\/saved\/|faq-save-offline|name="faq-build"/);
    const category = files.find((file) => file.startsWith('c/') && file.endsWith('index.html'))!;
    expect(readOutput(build.outDir, category)).not.toContain('faq-save-offline');
    // Readers who installed the worker before get one that deletes this site's caches and unregisters itself.
    const worker = fs.readFileSync(path.join(build.outDir, 'sw.js'), 'utf8');
    expect(worker).toContain('unregister');
    expect(worker).not.toContain('fetch');
  });
});
