import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_TIERS, generateAccessCode, SECRET_BITS } from '../core/gate/index.ts';
import { parseYamlSource } from '../core/content/yaml-source.ts';
import { DEMO_CODES_FILE, refreshDemoFingerprint } from '../astro/access-codes.ts';
import { readCommandLine } from './command-line.ts';

const USAGE =
  'usage: npm run codes -- --count 5 [--tier partners --tier pro | --tier partners,pro]\n\n' +
  'Prints new access codes for the members-only section, one per line. Without --tier a code opens the default tier (the first of gate.tiers in site.yaml); ' +
  'with it, each line is CODE:tier+tier, the form the codes input (FAQ_ACCESS_CODES or .faq-codes) reads.\n\n' +
  `npm run codes -- --demo-fingerprint\n\nFor maintainers of the demo only: after editing the demo content, records its fingerprint in ${DEMO_CODES_FILE}, so that the demo's public code opens it again.`;

const { values } = readCommandLine(
  {
    options: {
      count: { type: 'string', default: '1' },
      tier: { type: 'string', multiple: true, default: [] },
      'demo-fingerprint': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
);
const root = process.cwd();
const contentDir = path.resolve(root, process.env.CONTENT_DIR || 'content');
const count = Number(values.count);
if (values.help || !Number.isInteger(count) || count < 1 || count > 1000) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
if (values['demo-fingerprint']) {
  const fingerprint = refreshDemoFingerprint(root, contentDir);
  console.log(`${DEMO_CODES_FILE}: fingerprint ${fingerprint} of ${path.relative(root, contentDir) || '.'}/`);
  console.error(`The demo's public code now opens the members-only answers of exactly this content. Never do this for your own content: give it codes of its own.`);
  process.exit(0);
}

const siteFile = path.join(contentDir, 'site.yaml');
const tiers = siteTiers(siteFile);
const asked = [...new Set(values.tier.flatMap((written) => written.split(/[,+]/)).map((tier) => tier.trim()).filter(Boolean))];
const unknown = asked.filter((tier) => !tiers.includes(tier));
if (unknown.length) {
  for (const tier of unknown) {
    console.error(`--tier ${tier}: ${path.relative(root, siteFile)} has no tier "${tier}" — use one of ${tiers.join(', ')}, or add it to gate.tiers there`);
  }
  process.exit(2);
}
// In gate.tiers order, as the codes input lists them; the default tier alone needs no suffix, so the codes stay valid for a site without tiers.
const suffix = asked.length === 0 || (asked.length === 1 && asked[0] === tiers[0]) ? '' : `:${tiers.filter((tier) => asked.includes(tier)).join('+')}`;
for (let index = 0; index < count; index++) console.log(generateAccessCode() + suffix);
console.error(
  `\n${count} new ${count === 1 ? 'code' : 'codes'} for ${asked.length ? `the ${asked.length === 1 ? 'tier' : 'tiers'} ${tiers.filter((tier) => asked.includes(tier)).join(' and ')}` : `the default tier, ${tiers[0]}`}, each a public 4-character prefix and ${SECRET_BITS} random bits of secret.\n` +
    'Give them to the build as FAQ_ACCESS_CODES="code1,code2" or one per line in .faq-codes (which git ignores); never put them in content/.',
);

/** The tiers site.yaml names under gate.tiers, or the single default tier; the build checks the rest of the file. */
function siteTiers(file: string): readonly string[] {
  if (!fs.existsSync(file)) return DEFAULT_TIERS;
  const site = parseYamlSource(fs.readFileSync(file, 'utf8'), file).value as { gate?: { tiers?: unknown } } | undefined;
  const written = site?.gate?.tiers;
  return Array.isArray(written) && written.length && written.every((tier) => typeof tier === 'string') ? (written as string[]) : DEFAULT_TIERS;
}
