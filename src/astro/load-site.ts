import path from 'node:path';
import { loadContent } from '../core/content/load.ts';
import { errorsIn, ContentError } from '../core/content/problems.ts';
import { buildSite, type BuiltSite } from '../core/site/build-site.ts';
import type { Content } from '../core/content/types.ts';

export interface SiteSource {
  /** The content folder: `CONTENT_DIR`, else `content/` in the project. */
  contentDir: string;
  includeDrafts: boolean;
  /** A sub-path such as `/help/`: `BASE_PATH`, else site.yaml's `base`. */
  base?: string;
}

export interface LoadedSite extends BuiltSite {
  content: Content;
}

export function resolveSiteSource(root: string, command: string, env: NodeJS.ProcessEnv = process.env): SiteSource {
  return {
    contentDir: path.resolve(root, env.CONTENT_DIR || 'content'),
    includeDrafts: command === 'dev',
    base: env.BASE_PATH || undefined,
  };
}

/** Loads, validates and models the site; throws one error listing every problem. */
export function loadSite(source: SiteSource): LoadedSite {
  const { content, problems: loadProblems } = loadContent(source.contentDir, { includeDrafts: source.includeDrafts });
  if (!content) throw new ContentError(loadProblems);
  // Rendering finds dead links inside answers; run it even when loading found errors, to report everything at once.
  const built = buildSite(content, { base: source.base });
  const problems = [...loadProblems, ...built.problems];
  if (errorsIn(problems).length) throw new ContentError(problems);
  return { ...built, content, problems };
}
