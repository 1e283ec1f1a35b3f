import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateAccessCode, SECRET_BITS } from '../core/gate/index.ts';
import { DEMO_CODES_FILE, refreshDemoFingerprint } from '../astro/access-codes.ts';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '1' }, 'demo-fingerprint': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
const count = Number(values.count);
if (values.help || !Number.isInteger(count) || count < 1 || count > 1000) {
  console.log(
    'usage: npm run codes -- --count 5\n\nPrints new access codes for the members-only section, one per line.\n\n' +
      `npm run codes -- --demo-fingerprint\n\nFor maintainers of the demo only: after editing the demo content, records its fingerprint in ${DEMO_CODES_FILE}, so that the demo's public code opens it again.`,
  );
  process.exit(values.help ? 0 : 2);
}
if (values['demo-fingerprint']) {
  const root = process.cwd();
  const contentDir = path.resolve(root, process.env.CONTENT_DIR || 'content');
  const fingerprint = refreshDemoFingerprint(root, contentDir);
  console.log(`${DEMO_CODES_FILE}: fingerprint ${fingerprint} of ${path.relative(root, contentDir) || '.'}/`);
  console.error(`The demo's public code now opens the members-only answers of exactly this content. Never do this for your own content: give it codes of its own.`);
  process.exit(0);
}
for (let index = 0; index < count; index++) console.log(generateAccessCode());
console.error(
  `\n${count} new ${count === 1 ? 'code' : 'codes'}, each a public 4-character prefix and ${SECRET_BITS} random bits of secret.\n` +
    'Give them to the build as FAQ_ACCESS_CODES="code1,code2" or one per line in .faq-codes (which git ignores); never put them in content/.',
);
