import { expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, removeTemporaryFolders, type BuildOptions } from './astro-build.ts';
import { launchBrowser } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** A site built the way `npm run build` builds it, served on 127.0.0.1, and a Chromium to visit it with. */
export interface ServedSite {
  browser: Browser;
  server: StaticServer;
  outDir: string;
  /** A path of the site (`/q/x/`, `search/?q=…`) as an absolute URL under its base. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveBuiltSite(options: BuildOptions = {}, browserArgs: string[] = []): Promise<ServedSite> {
  const browser = await launchBrowser(browserArgs);
  const build = buildSite(options);
  expect(build.status, build.output).toBe(0);
  const server = await serveStatic(build.outDir, options.base ?? '/');
  return {
    browser,
    server,
    outDir: build.outDir,
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    close: async () => {
      await browser.close();
      await server.close();
      removeTemporaryFolders();
    },
  };
}
