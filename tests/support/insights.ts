import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/core/content/load.ts';
import { errorsIn } from '../../src/core/content/problems.ts';
import { analyse, type Insights } from '../../src/core/insights/analyse.ts';
import { readEvents, type ReadOptions } from '../../src/core/insights/read-events.ts';
import type { ReadSummary } from '../../src/core/insights/report-text.ts';
import { createSiteContext, type SiteContext } from '../../src/core/insights/site-context.ts';
import { buildSite } from '../../src/core/site/build-site.ts';
import { temporaryFolder } from './astro-build.ts';

/** The site context the insights command builds, for a content folder. */
export async function insightsSite(contentDir: string): Promise<SiteContext> {
  const { content, problems } = loadContent(contentDir, { includeDrafts: false });
  if (!content || errorsIn(problems).length) throw new Error(`${contentDir} does not load: ${problems.map((problem) => problem.message).join('; ')}`);
  return createSiteContext(content, buildSite(content));
}

/** Lines written to a temporary export file, read and analysed as the command does (`removeTemporaryFolders` removes the file). */
export async function insightsOf(site: SiteContext, lines: readonly string[], options: ReadOptions & { name?: string } = {}): Promise<{ insights: Insights; read: ReadSummary; file: string }> {
  const file = path.join(temporaryFolder('faq-insights-'), options.name ?? 'events.jsonl');
  fs.writeFileSync(file, lines.join('\n'));
  const { tally, read } = await readEvents([file], site, options);
  return { insights: await analyse(tally, site), read, file };
}
