import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { LoadedSite } from './load-site.ts';
import { headersFile, nginxSnippet } from './host-headers.ts';

export interface BuildOutputContext {
  /** The folder being built, before it is published. */
  dir: URL;
  site: LoadedSite;
  logger: AstroIntegrationLogger;
}

/** Files that are not pages: host configuration, the search index, the members-only section. */
export async function writeBuildOutputs({ dir, site }: BuildOutputContext): Promise<void> {
  const root = fileURLToPath(dir);
  const write = (file: string, contents: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), contents);
  };
  write('_headers', headersFile(site.content.site, site.model.base));
  write('nginx-headers.conf', nginxSnippet(site.content.site, site.model.base));
}
