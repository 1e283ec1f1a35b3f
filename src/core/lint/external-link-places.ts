import fs from 'node:fs';
import path from 'node:path';
import { scanAnswer } from '../markdown/scan-answer.ts';
import { parseYamlSource } from '../content/yaml-source.ts';
import type { Content } from '../content/types.ts';

/** One place an editor wrote an http(s) address: checked links are reported there. */
export interface LinkPlace {
  url: string;
  /** As messages show it. */
  file: string;
  line?: number;
}

/** Where a YAML file of the content is, as messages show it, and the line of any of its values. */
export interface YamlLocation {
  file: string;
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const EXTERNAL = /^https?:\/\//i;

/**
 * Every external address a reader can follow: links and images in answers
 * (read with the renderer's own parser, so bare URLs count as it links them),
 * contact channels and the homepage in site.yaml, and products' pages.
 * Left out on purpose: `feedback.endpoint` only accepts a POST, so a HEAD or
 * GET says nothing about it; `url` is this help center itself, which may not
 * be published yet; `images.origins` are origins, not pages.
 */
export function externalLinkPlaces(content: Content, yaml: { site?: YamlLocation; products?: YamlLocation }): LinkPlace[] {
  const places: LinkPlace[] = [];
  for (const entry of content.entries) {
    for (const { url, line } of scanAnswer(entry.body).externalLinks) {
      places.push({ url, file: entry.file, line: line === undefined ? undefined : entry.bodyLine + line - 1 });
    }
  }
  const { site } = yaml;
  if (site) {
    if (content.site.homepage && EXTERNAL.test(content.site.homepage)) {
      places.push({ url: content.site.homepage, file: site.file, line: site.lineOf(['homepage']) });
    }
    content.site.contact.forEach((channel, index) => {
      if (EXTERNAL.test(channel.href)) places.push({ url: channel.href, file: site.file, line: site.lineOf(['contact', index, 'href']) });
    });
  }
  const { products } = yaml;
  if (products) {
    content.products.forEach((product, index) => {
      if (EXTERNAL.test(product.url)) places.push({ url: product.url, file: products.file, line: products.lineOf([index, 'url']) });
    });
  }
  return places;
}

/** Reads a content YAML file's positions, for messages; undefined when it is absent or unreadable (loadContent reports that). */
export function locateYaml(contentDir: string, name: string): YamlLocation | undefined {
  const absolute = path.join(contentDir, name);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
  const file = path.relative(process.cwd(), absolute) || name;
  const source = parseYamlSource(text, file);
  return { file, lineOf: source.lineOf };
}
