import type { AstroIntegrationLogger } from 'astro';
import type { LoadedSite } from './load-site.ts';

export interface BuildOutputContext {
  /** The folder being built, before it is published. */
  dir: URL;
  site: LoadedSite;
  logger: AstroIntegrationLogger;
}

/** Files that are not pages: the search index and the encrypted members-only section. */
export async function writeBuildOutputs(_context: BuildOutputContext): Promise<void> {}
