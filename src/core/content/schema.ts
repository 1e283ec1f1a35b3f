import { z } from 'zod';
import { AUDIENCES } from '../audiences.ts';
import { VIDEO_PROVIDERS } from '../markdown/video-links.ts';
import { BASE_PATH_PATTERN, HTTPS_ENDPOINT_PATTERN, HTTPS_ORIGIN_PATTERN } from './setting-patterns.ts';
import { idFromQuestion } from './id-from-text.ts';

export { AUDIENCES, type Audience } from '../audiences.ts';

export const AudienceSchema = z.enum(AUDIENCES);

/** A language tag as used in URLs, `lang:` and the names of `i18n/` files (`en`, `zh`, `pt-br`). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

const LangSchema = z.string().regex(LANGUAGE_TAG, 'a language tag such as en or zh');

export const ID_RULE = 'lowercase letters, digits and dashes, starting with a letter or digit';

/** Entry, category and product ids: they become URL segments, so nothing that could mean a folder (`.`, `..`). */
export const IdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: (issue) => {
    // `Help Desk` was meant as `help-desk`: the id it reads as is the fix to offer.
    const meant = typeof issue.input === 'string' ? idFromQuestion(issue.input) : '';
    return `${JSON.stringify(issue.input)} is not an id — use ${ID_RULE}${meant ? `, such as ${meant}` : ''}`;
  },
});

/**
 * Text that may be written once or per language. The shorthand `Returns` is
 * normalized to `{ '*': 'Returns' }` so that callers always read a map and
 * fall back through `localize()`.
 */
const LocalizedSchema = z
  .union([z.string().min(1), z.record(LangSchema, z.string().min(1))])
  .transform((value): Localized => (typeof value === 'string' ? { '*': value } : value));
export type Localized = Record<string, string>;

/**
 * A contact link a reader's phone or mail program can act on: `mailto:` an
 * address, `tel:` a number (with the visual separators RFC 3966 allows, an
 * extension, and spaces, which the site takes out), a web address or a path
 * on this site.
 */
const CONTACT_LINK = /^(mailto:[^\s@?]+@[^\s@?]+(\?\S*)?|tel:\+?[\d(][\d ().-]*\d(;ext=\d+)?|https?:\/\/\S+|\/\S*)$/;

/** What a contact link should have been, from what was written: an address or a number is the usual slip. */
function contactLinkError(input: unknown): string {
  const written = String(input).trim();
  if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/.test(written)) return `"${written}" is an e-mail address, not a link — write "mailto:${written}"`;
  if (/^\+?[\d\s().-]{6,}$/.test(written)) return `"${written}" is a phone number, not a link — write "tel:${written.replace(/[^\d+]/g, '')}"`;
  if (/^tel:/i.test(written)) return `"${written}" has no phone number after tel: — write the number with its country code, such as "tel:+442079460321"`;
  if (/^mailto:/i.test(written)) return `"${written}" has no e-mail address after mailto: — write one, such as "mailto:help@example.com"`;
  if (/^(https?:\/\/|\/)/.test(written)) return `"${written}" has a space in it — write each space as %20, or remove it`;
  return `${JSON.stringify(input)} is not a link readers can follow — write a mailto:, tel: or https:// link, or a /path on this site`;
}

export const ContactChannelSchema = z.object({
  kind: z.string().min(1).describe('What kind of channel: email, phone, form, chat… (used for its icon).'),
  label: LocalizedSchema.describe('What the reader sees on the button.'),
  href: z
    .string()
    .regex(CONTACT_LINK, { error: (issue) => contactLinkError(issue.input) })
    // Some phones dial only up to a space in a tel: link.
    .transform((href) => (href.startsWith('tel:') ? href.replaceAll(' ', '') : href)).describe('Where it leads: `mailto:`, `tel:`, `https:` or a path on this site.'),
  note: LocalizedSchema.optional().describe('Optional extra line, such as opening hours.'),
});

const GateSchema = z.object({
  audiences: z.array(AudienceSchema).default(['loyal']).describe('An entry whose every audience is listed here is members-only.'),
  howToGetAccess: LocalizedSchema.optional().describe('Shown above the access-code form: how a customer gets a code.'),
  mode: z.enum(['encrypt', 'host']).default('encrypt').describe('`encrypt` (default): encrypted in the output; `host`: plain under /members/ for hosts with their own login.'),
  tiers: z
    .array(IdSchema)
    .min(1, 'name at least one tier')
    .refine((tiers) => new Set(tiers).size === tiers.length, 'lists a tier twice — list each tier once')
    .optional()
    .describe('Members-only tiers, such as [members, partners, pro]: each has its own key, and an access code opens the tiers it is issued for. The first is the default tier, for entries without `access:` and codes that name no tier. Without it there is one tier, `members`.'),
});

/** `base:` (and `BASE_PATH`): a path under which the site is served, written into host configuration. */
export const BasePathSchema = z
  .string()
  .regex(BASE_PATH_PATTERN, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a path of URL-safe segments — write it like /help/: letters, digits, - _ . ~ between slashes, starting and ending with /`,
  });

/** An https origin (scheme, host, optional port), such as `https://cdn.example.com`. */
const HttpsOriginSchema = z
  .string()
  .regex(HTTPS_ORIGIN_PATTERN, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an https origin — write only the scheme and host, like https://cdn.example.com (a port is allowed, a path is not; international names in punycode)`,
  })
  .transform((value) => new URL(value).origin);

const FeedbackEndpointSchema = z
  .string()
  .regex(HTTPS_ENDPOINT_PATTERN, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an https:// URL the site can send feedback to — write it like https://forms.example.com/f/abc123: https only, no user name or password, and no spaces, quotes, ; , $ or backslashes`,
  });

const AskEndpointSchema = z
  .string()
  .regex(HTTPS_ENDPOINT_PATTERN, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an https:// URL the ask page can send questions to — write it like https://forms.example.com/f/abc123: https only, no user name or password, and no spaces, quotes, ; , $ or backslashes`,
  });

/** An address for `mailto:` links: nothing that could add a header or a second recipient. */
const AskEmailSchema = z
  .string()
  .regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/, {
    error: (issue) => `${JSON.stringify(issue.input)} is not an e-mail address — write one address, like help@example.com (no name, spaces or commas)`,
  });

/** The ask page's channel: the first of `endpoint`, `netlify`, `email` that is set (else the first mailto: contact channel). */
const AskSchema = z
  .object({
    endpoint: AskEndpointSchema.optional().describe('An https:// URL that accepts a JSON POST (and, without JavaScript, an ordinary form post): the ask page sends questions there.'),
    netlify: z.boolean().default(false).describe('Send questions through Netlify Forms (a form named `ask`); only on sites Netlify builds.'),
    email: AskEmailSchema.optional().describe('Where a `mailto:` question goes when neither endpoint nor netlify is set; defaults to the first mailto: contact channel.'),
  })
  .refine((ask) => !(ask.endpoint && ask.netlify), { error: 'names both an endpoint and netlify: true — keep one channel: remove netlify, or remove endpoint' });

/** A variable's name, as written in `{{ vars.name }}`. */
export const VAR_NAME_PATTERN = /^[a-z0-9_]+$/;

/** One line of plain text: a value is put inside a line of an answer, so a line break would move every line after it. */
const VarTextSchema = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(
    z
      .string()
      .min(1, 'is empty — write the text, or remove the variable')
      .regex(/^[^\r\n]*$/, 'has more than one line — write the value on one line (a variable is text inside a line)'),
  );

/** `name: text`, or per language with an optional `*` for every other language. */
const VarsSchema = z.record(
  z.string().regex(VAR_NAME_PATTERN),
  z
    .union([VarTextSchema, z.record(z.union([LangSchema, z.literal('*')]), VarTextSchema)])
    .transform((value): Localized => (typeof value === 'string' ? { '*': value } : value)),
  { error: (issue) => (issue.code === 'invalid_key' ? 'is not a variable name — rename it with lowercase letters, digits and underscores only, such as return_days' : undefined) },
);

/** A colour as `#rgb` or `#rrggbb`: it goes into the web app manifest and a `<meta>` tag, so nothing else is accepted. */
const HexColourSchema = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a colour — write it in hex, like "#1d4ed8" (quoted, so YAML does not read # as a comment)`,
});

/** How phones show the help center once added to the home screen. */
const AppSchema = z.object({
  name: LocalizedSchema.optional().describe('The app\'s name on the install prompt and the splash screen; defaults to the title.'),
  shortName: LocalizedSchema.optional().describe('The name under the home-screen icon, at most 12 characters shown; defaults to the leading words of the title that fit.'),
  themeColor: HexColourSchema.default('#1d4ed8').describe('The colour of the phone\'s toolbar and the default icon, in hex like "#1d4ed8".'),
  backgroundColor: HexColourSchema.default('#ffffff').describe('The splash screen\'s background while the help center opens, in hex like "#ffffff".'),
  icon: z.string().min(1).optional().describe('A square PNG, JPEG or WebP of at least 512×512 pixels in the content folder, such as images/app-icon.png; without it, an icon is drawn from the first letter of the title.'),
});

function notASiteAddress(issue: { input?: unknown }): string {
  return `${JSON.stringify(issue.input)} is not the address of a web site — write the help center's whole address, with https://, such as https://help.example.com`;
}

export const SiteSchema = z.object({
  title: LocalizedSchema,
  description: LocalizedSchema.optional().describe('One line under the title on the home page and in search engines.'),
  defaultLang: LangSchema.default('en'),
  languages: z.array(LangSchema).min(1).optional(),
  url: z
    .string()
    // Whole, http(s) and nothing a page or robots.txt could read as more: canonical links, the sitemap and feeds are built from it.
    .regex(/^https?:\/\/[^\s"'<>\\/?#]+(\/[^\s"'<>\\?#]*)?$/i, { error: notASiteAddress, abort: true })
    .refine((value) => URL.canParse(value), { error: notASiteAddress })
    .optional()
    .describe('The public origin, for canonical URLs and the sitemap (`https://help.example.com`).'),
  base: BasePathSchema.optional().describe('Served under a sub-path, such as `/help/`: letters, digits, `-`, `_`, `.`, `~` between slashes.'),
  homepage: z
    .string()
    .regex(/^(https?:\/\/[^\s"'<>\\]+|\/(?![\/\\])[^\s"'<>\\]*)$/, {
      error: (issue) => `${JSON.stringify(issue.input)} is not a link to a web page — write an http(s):// address, like https://example.com, or a /path on this site`,
    })
    .optional()
    .describe('The company\'s own site, linked from the toolbar: an http(s):// address or a /path.'),
  contact: z.array(ContactChannelSchema).default([]),
  // No gate: is read as an empty one, so the gate's defaults are written in GateSchema alone.
  gate: GateSchema.prefault({}),
  feedback: z.object({ endpoint: FeedbackEndpointSchema.describe('An https:// URL that accepts a JSON POST.') }).optional(),
  ask: AskSchema.optional().describe('Where the ask page (/ask/) sends a question no answer settled: an endpoint, Netlify Forms, or e-mail.'),
  images: z
    .object({
      origins: z.array(HttpsOriginSchema).default([]).describe('Origins answers may show images from, such as `https://cdn.example.com`; images are otherwise only from the site itself.'),
      sizeWarningKB: z.number().int().positive().optional().describe('`npm run check` warns about a picture in the content folder larger than this many kilobytes (default 2048).'),
    })
    .optional()
    .describe('Where images in answers may come from.'),
  vars: VarsSchema.default({}).describe('Facts written once and used as {{ vars.name }} in questions and answers: `name: text`, or per language.'),
  videos: z
    .object({
      providers: z.array(z.enum(VIDEO_PROVIDERS)).default([]).describe('Video sites (`youtube`, `vimeo`) whose links, alone on a line, become click-to-load embeds.'),
    })
    .optional()
    .describe('Which video links in answers become embeds; none by default.'),
  // No app: is read as an empty one, so its defaults are written in AppSchema alone.
  app: AppSchema.prefault({}).describe('The web app manifest: how the help center looks when added to a phone\'s home screen.'),
  offline: z.boolean().default(true).describe('Offline reading with a service worker (docs/offline.md); `false` turns it off and removes the worker readers already have.'),
});

export const CategorySchema = z.object({
  id: IdSchema,
  title: LocalizedSchema,
  description: LocalizedSchema.optional(),
  // A getter lets the tree refer to itself; zod resolves it when parsing.
  get children() {
    return z.array(CategorySchema).optional();
  },
});

export const CategoriesSchema = z.array(CategorySchema);

export const ProductSchema = z.object({
  id: IdSchema,
  name: LocalizedSchema,
  url: z
    .string()
    .regex(/^(https?:\/\/|\/)/, {
      error: (issue) => {
        const written = String(issue.input);
        // `shop.example/thermo` is an address without its scheme, the usual slip.
        const meant = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(written) ? `, such as https://${written}` : '';
        return `${JSON.stringify(issue.input)} is not a link to a web page — write an https:// address${meant}, or a /path on this site`;
      },
    })
    .describe('The product\'s own page: absolute, or a path on this site.'),
  description: LocalizedSchema.optional(),
});
export const ProductsSchema = z.array(ProductSchema);

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);

const DateSchema = z
  .string()
  .transform((value, context) => {
    const text = value.trim();
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(`${text}T00:00:00Z`) : undefined;
    if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      context.addIssue({ code: 'custom', message: `"${text}" is not a date — write it as YYYY-MM-DD, e.g. 2026-10-01` });
      return z.NEVER;
    }
    return text;
  });

const WordsSchema = z.array(z.union([z.string(), z.number()]).transform(String)).default([]);

/** The front matter of one `content/faq/**\/*.md` entry. */
export const EntryFrontMatterSchema = z.object({
  id: IdSchema.optional().describe('Overrides the id taken from the file name.'),
  question: z.string().trim().min(1, 'must not be empty').describe('The question, as the customer would ask it.'),
  also: WordsSchema.describe('Other ways customers ask the same thing; searched like the question.'),
  audience: oneOrMany(AudienceSchema).refine((list) => list.length > 0, 'name at least one audience').describe('Who the answer is for: prospect, new, loyal.'),
  category: oneOrMany(z.string().min(1)).refine((list) => list.length > 0, 'name at least one category').describe('Category paths from categories.yaml; the first is the entry\'s home.'),
  keywords: WordsSchema.describe('Words customers type, synonyms, other languages.'),
  tags: WordsSchema,
  products: z.array(IdSchema).default([]).describe('Product ids from products.yaml.'),
  related: z.array(z.string()).default([]).describe('Ids of related entries.'),
  aliases: z.array(IdSchema).default([]).describe('Former ids of this entry: their addresses keep working and redirect here.'),
  priority: z
    .number()
    .min(0, { error: (issue) => `${JSON.stringify(issue.input)} is below 0 — write a whole number from 0 up, such as 80: higher sorts earlier, and 0 (the default) sorts last` })
    .refine(Number.isInteger, { error: (issue) => `${JSON.stringify(issue.input)} is not a whole number — write a whole number from 0 up, such as 80: higher sorts earlier` })
    .default(0)
    .describe('Most-asked first: a whole number from 0 up, higher sorts earlier.'),
  updated: DateSchema.optional().describe('Last reviewed, YYYY-MM-DD.'),
  lang: LangSchema.optional(),
  draft: z.boolean().default(false),
  access: oneOrMany(IdSchema)
    .refine((list) => list.length > 0, 'name at least one tier')
    .optional()
    .describe('Members-only tiers from `gate.tiers` in site.yaml that may read this entry, such as [partners]; makes the entry members-only. Without it, an entry whose every audience is gated belongs to the default tier.'),
});
export type EntryFrontMatter = z.output<typeof EntryFrontMatterSchema>;
