import { checkEmail } from '../ask/email-check.ts';
import { yamlScalar } from './yaml-scalar.ts';
import { LANGUAGE_TAG, SiteSchema } from './schema.ts';

interface NewSiteRequest {
  title: string;
  /** The site's languages, the default first. */
  languages: string[];
  /** The support address readers reach a person at. */
  email?: string;
  /** The address the site will be served at. */
  url?: string;
  /** The project's `schemas/` folder as seen from the new content folder, for editors' completion. */
  schemasFolder: string;
}

/** The category a new site files its first questions under, until the editor draws the catalogue. */
export const FIRST_CATEGORY = 'general';

type NewSiteResult = { ok: true; files: { name: string; text: string }[] } | { ok: false; problems: string[] };

/**
 * The settings a new help center starts from: `site.yaml` with its title,
 * languages and a way to reach a person, and a catalogue of one category. Both
 * pass the check as written; the questions are the editor's to write.
 */
export function createSiteFiles(request: NewSiteRequest): NewSiteResult {
  const problems: string[] = [];
  const title = request.title.trim();
  if (!title) problems.push('the title is empty — write the help center\'s name after --site, in quotes: --site "Acme Help Center"');
  const languages = request.languages.map((lang) => lang.trim()).filter(Boolean);
  for (const lang of languages.filter((item) => !LANGUAGE_TAG.test(item))) {
    problems.push(`"${lang}" is not a language tag — use one such as en, zh, de or pt-br`);
  }
  const repeated = languages.filter((lang, index) => languages.findIndex((other) => other.toLowerCase() === lang.toLowerCase()) !== index);
  if (repeated.length) problems.push(`--lang names ${[...new Set(repeated)].join(', ')} twice — name each language once, the default first`);
  const email = request.email?.trim();
  if (email !== undefined) {
    const check = checkEmail(email);
    if (check.kind === 'typo') problems.push(`--email ${email} looks mistyped — did you mean ${check.suggestion}?`);
    else if (check.kind !== 'ok') problems.push(`--email "${email}" is not an e-mail address — write it like help@example.com`);
  }
  const url = request.url?.trim();
  if (url !== undefined) {
    // The very rule site.yaml's `url` is read with, so what is written is never refused later.
    const parsed = SiteSchema.shape.url.safeParse(url);
    if (!parsed.success) problems.push(`--url: ${parsed.error.issues[0]!.message}`);
  }
  if (problems.length) return { ok: false, problems };
  const site = languages.length ? languages : ['en'];
  return {
    ok: true,
    files: [
      { name: 'site.yaml', text: siteText(title, site, email, url, request.schemasFolder) },
      { name: 'categories.yaml', text: categoriesText(site, request.schemasFolder) },
    ],
  };
}

function siteText(title: string, languages: string[], email: string | undefined, url: string | undefined, schemas: string): string {
  return [
    `# yaml-language-server: $schema=${schemas}/site.schema.json`,
    '# Every setting is described in docs/content-format.md, under site.yaml.',
    `title: ${yamlScalar(title)}`,
    `defaultLang: ${languages[0]}`,
    `languages: [${languages.join(', ')}]`,
    '# The address the site is served at: canonical links, the sitemap and the feed need it.',
    url ? `url: ${url}` : '# url: https://help.example.com',
    '# "Still need help?" on every page, and the ask page, lead readers to these.',
    ...(email
      ? ['contact:', '  - kind: email', `    label: ${yamlScalar(email)}`, `    href: ${JSON.stringify(`mailto:${email}`)}`]
      : ['# contact:', '#   - kind: email', '#     label: Email us', '#     href: "mailto:help@example.com"']),
    '',
  ].join('\n');
}

function categoriesText(languages: string[], schemas: string): string {
  return [
    `# yaml-language-server: $schema=${schemas}/categories.schema.json`,
    '# The catalogue: topics, each with sub-topics under `children:`. An entry\'s `category:` is a path of ids, such as orders/returns.',
    ...(languages.length > 1 ? [`# A title may be written per language: { ${languages.map((lang) => `${lang}: …`).join(', ')} }`] : []),
    `- id: ${FIRST_CATEGORY}`,
    '  title: General',
    '',
  ].join('\n');
}
