import { parseArgs } from 'node:util';
import { generateAccessCode, SECRET_BITS } from '../core/gate/index.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1' }, help: { type: 'boolean', default: false } } });
const count = Number(values.count);
if (values.help || !Number.isInteger(count) || count < 1 || count > 1000) {
  console.log('usage: npm run codes -- --count 5\n\nPrints new access codes for the members-only section, one per line.');
  process.exit(values.help ? 0 : 2);
}
for (let index = 0; index < count; index++) console.log(generateAccessCode());
console.error(
  `\n${count} new ${count === 1 ? 'code' : 'codes'}, each a public 4-character prefix and ${SECRET_BITS} random bits of secret.\n` +
    'Give them to the build as FAQ_ACCESS_CODES="code1,code2" or one per line in .faq-codes (which git ignores); never put them in content/.',
);
