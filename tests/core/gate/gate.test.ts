import nodeCrypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkAccessCodes, CODE_ALPHABET, createKeyring, decryptFile, DEFAULT_ITERATIONS, encryptFile, fromBase64Url, generateAccessCode,
  normalizeAccessCode, opaqueId, paddedLength, saltFor, secretWeakness, unlockKeyring, unwrapTierKeys, type ParsedCode,
} from '../../../src/core/gate/index.ts';

// Tests derive keys with few iterations to stay fast; the build uses the default, checked below.
const FAST = { iterations: 1_000 };
const codeA = generateAccessCode();
const codeB = generateAccessCode();
const parse = (...codes: string[]) => checkAccessCodes(codes).codes;

describe('access codes', () => {
  it('have a public 4-character prefix and 80 random bits of secret in an unambiguous alphabet', () => {
    expect(codeA).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(new Set(Array.from({ length: 50 }, generateAccessCode)).size).toBe(50);
  });

  it('are read the way people type them', () => {
    const { prefix, secret } = normalizeAccessCode(codeA)!;
    const sloppy = ` ${codeA.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(normalizeAccessCode(sloppy)).toEqual({ prefix, secret });
    expect(normalizeAccessCode('K7QM-1234')).toBeUndefined();
  });

  it('are refused when weak, repeated or sharing a prefix, naming only the prefix', () => {
    const [prefixA] = codeA.split('-');
    const samePrefix = `${prefixA}-${codeB.split('-').slice(1).join('-')}`;
    const { problems } = checkAccessCodes([codeA, 'letmein', codeA, samePrefix]);
    expect(problems).toEqual([
      'access code 2 is not in the generated format (4 characters, then 16, from 0123456789ABCDEFGHJKMNPQRSTVWXYZ) — generate strong codes with `npm run codes`: the encrypted files are public, so a weak code can be guessed offline, one try after another, with no server to stop it',
      `access code 3 (${prefixA}-…) repeats the secret of another code — give every customer group its own code from \`npm run codes\``,
      `access code 4 (${prefixA}-…) has the same prefix as access code 1 — every code needs its own prefix; generate a new one with \`npm run codes\``,
    ]);
    expect(problems.join('\n')).not.toContain(normalizeAccessCode(codeA)!.secret);
  });
});

describe('predictable codes', () => {
  const weak = [
    'AAAA-0000-0000-0000-0000',
    'ACME-2024-0000-0000-0001',
    'K7QM-1234-5678-9ABC-DEFG',
    'K7QM-ZYXW-VTSR-QPNM-KJHG',
    'K7QM-ABCD-ABCD-ABCD-ABCD',
    'K7QM-X7Q2-M9X7-Q2M9-X7Q2',
    'K7QM-1111-2222-3333-4444',
    'K7QM-0211-5550-1234-8899',
    'K7QM-8D2F-ZZZZ-ZZW4-T9B3',
    'K7QM-HELP-HELP-HELP-HELP',
  ];

  it('are refused with the reason and `npm run codes`, naming each by its place and prefix only', () => {
    const { codes, problems } = checkAccessCodes(weak);
    expect(codes).toEqual([]);
    expect(problems).toHaveLength(weak.length);
    problems.forEach((problem, index) => {
      expect(problem).toMatch(new RegExp(`^access code ${index + 1} \\(${weak[index]!.slice(0, 4)}-…\\) is too predictable: it .+ — generate strong codes with \`npm run codes\``));
      expect(problem).not.toContain(weak[index]!.slice(5));
      expect(problem).not.toContain(normalizeAccessCode(weak[index]!)!.secret);
    });
  });

  it('never include a code from `npm run codes`: 10,000 of them pass', () => {
    const codes = Array.from({ length: 10_000 }, generateAccessCode);
    expect(codes.filter((code) => secretWeakness(normalizeAccessCode(code)!.secret))).toEqual([]);
  });

  it('are rare among uniformly random secrets: none of 10,000 fixed random draws is refused', () => {
    // Random secrets from a fixed seed, so the check of the rules themselves never flickers; no redrawing here.
    const secrets = Array.from({ length: 10_000 }, (_, index) => {
      const bytes = nodeCrypto.createHash('sha256').update(`secret ${index}`).digest();
      return [...bytes.subarray(0, 16)].map((byte) => CODE_ALPHABET[byte % 32]).join('');
    });
    expect(secrets.filter((secret) => secretWeakness(secret))).toEqual([]);
  });
});

describe('the keyring', () => {
  it('unlocks with any of its codes and refuses a wrong one', async () => {
    const { contentKeys: [contentKey], keyring } = await createKeyring(parse(codeA, codeB), 1, FAST);
    const envelope = await encryptFile(contentKey!, 'catalogue-en', 'members only');
    for (const code of [codeA, codeB]) {
      const key = (await unlockKeyring(keyring, code))!.tierKeys.get(0)!;
      expect(new TextDecoder().decode(await decryptFile(key, 'catalogue-en', envelope))).toBe('members only');
      expect(key.extractable).toBe(false);
      expect(key.usages).toEqual(['decrypt']);
    }
    expect(await unlockKeyring(keyring, generateAccessCode())).toBeUndefined();
    expect(await unlockKeyring(keyring, 'not a code')).toBeUndefined();
  });

  it('refuses the prefix of one code with the secret of another', async () => {
    const { keyring } = await createKeyring(parse(codeA, codeB), 1, FAST);
    const mixed = `${codeA.slice(0, 4)}${codeB.slice(4)}`;
    expect(await unlockKeyring(keyring, mixed)).toBeUndefined();
  });

  it('never contains a code, and draws fresh nonces and keys on every build', async () => {
    const first = await createKeyring(parse(codeA), 1, FAST);
    const second = await createKeyring(parse(codeA), 1, FAST);
    const serialized = JSON.stringify(first.keyring);
    expect(serialized).not.toContain(normalizeAccessCode(codeA)!.secret);
    expect(first.keyring.keys[0]!.slots[0]!.slice(0, 16)).not.toBe(second.keyring.keys[0]!.slots[0]!.slice(0, 16));
    expect(first.keyring.keys[0]!.slots[0]).not.toBe(second.keyring.keys[0]!.slots[0]);
  });

  it('derives keys with PBKDF2-SHA-256 at 600,000 iterations by default', async () => {
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { keyring } = await createKeyring(parse(codeA), 1);
    expect(keyring.kdf).toEqual({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
  });
});

describe('tiers', () => {
  const tiers = ['members', 'partners', 'pro'];
  const [membersCode, partnersCode, bothCode] = [generateAccessCode(), generateAccessCode(), generateAccessCode()];

  it('give each code the keys of its own tiers only', async () => {
    const { codes, problems } = checkAccessCodes([membersCode, `${partnersCode}:partners`, `${bothCode}:partners+pro`], tiers);
    expect(problems).toEqual([]);
    const { contentKeys, keyring } = await createKeyring(codes, tiers.length, FAST);
    const envelopes = await Promise.all(contentKeys.map((key, tier) => encryptFile(key, `catalogue-${tier}`, `tier ${tiers[tier]}`)));
    const opens = async (code: string) => {
      const { tierKeys } = (await unlockKeyring(keyring, code))!;
      const readable: string[] = [];
      for (const [tier, envelope] of envelopes.entries()) {
        for (const key of tierKeys.values()) {
          const plain = await decryptFile(key, `catalogue-${tier}`, envelope).catch(() => undefined);
          if (plain) readable.push(new TextDecoder().decode(plain));
        }
      }
      return readable;
    };
    expect(await opens(membersCode)).toEqual(['tier members']);
    expect(await opens(partnersCode)).toEqual(['tier partners']);
    expect(await opens(bothCode)).toEqual(['tier partners', 'tier pro']);
  });

  it('show no more of a code’s tiers than their number: one slot per tier for every code, all of one length', async () => {
    const { codes } = checkAccessCodes([membersCode, `${bothCode}:partners+pro`], tiers);
    const { keyring } = await createKeyring(codes, tiers.length, FAST);
    expect(keyring.tiers).toBe(3);
    expect(keyring.keys.map((key) => Object.keys(key))).toEqual([['prefix', 'slots'], ['prefix', 'slots']]);
    const lengths = keyring.keys.flatMap((key) => key.slots.map((slot) => fromBase64Url(slot).length));
    expect(lengths).toEqual([60, 60, 60, 60, 60, 60]);
  });

  it('are read from the codes input: CODE, CODE:partners, CODE:partners+pro; every mistake named by place and prefix, never the secret', () => {
    const { codes, problems } = checkAccessCodes(
      [membersCode, `${partnersCode}:partners`, `${bothCode}:pro+partners`, `${generateAccessCode()}:parners`, `${generateAccessCode()}:`, `${codeA.slice(0, 9)}:${codeA.slice(10)}`],
      tiers,
    );
    expect(codes.map((code) => code.tiers)).toEqual([[0], [1], [1, 2]]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^access code 4 \([0-9A-Z]{4}-…\) names an unknown tier: "parners" — use tiers that gate.tiers in site.yaml lists \(members, partners, pro\)/);
    expect(problems[1]).toMatch(/^access code 5 \([0-9A-Z]{4}-…\) has an empty tier name after its colon — /);
    expect(problems[2]).toMatch(/^access code 6 is not in the generated format/);
    expect(problems.join('\n')).not.toContain(codeA.slice(10));
  });

  it('written with a comma between a code\'s tiers, or with codes joined by a semicolon, are told the separators, never showing a secret', () => {
    const other = generateAccessCode();
    const { problems } = checkAccessCodes([`${membersCode}:members`, 'partners', `${codeA};${other}`], tiers);
    expect(problems).toEqual([
      'access code 2 is "partners", a tier, not a code — join a code\'s tiers with +, as CODE:members+partners: commas and new lines separate codes',
      'access code 3 has a ; or | in it — separate codes with commas or new lines',
    ]);
  });

  it('salt a code’s key derivation from its public prefix alone, the same in every build', async () => {
    const first = (await unlockKeyring((await createKeyring(parse(codeA), 1, FAST)).keyring, codeA))!;
    const { contentKeys, keyring } = await createKeyring(parse(codeA), 1, FAST);
    // The wrapping key of the first build opens the second build's content key.
    const tierKeys = (await unwrapTierKeys(keyring, first.prefix, first.wrappingKey))!;
    const envelope = await encryptFile(contentKeys[0]!, 'x', 'after a deploy');
    expect(new TextDecoder().decode(await decryptFile(tierKeys.get(0)!, 'x', envelope))).toBe('after a deploy');
    expect(first.wrappingKey.extractable).toBe(false);
    expect(first.wrappingKey.usages).toEqual(['unwrapKey']);
    const prefix = codeA.slice(0, 4);
    expect(Buffer.from(await saltFor(prefix))).toEqual(nodeCrypto.createHash('sha256').update(`faq-gate:v2:salt:${prefix}`).digest().subarray(0, 16));
    // A code taken out of the codes has no item any more.
    expect(await unwrapTierKeys((await createKeyring(parse(codeB), 1, FAST)).keyring, first.prefix, first.wrappingKey)).toBeUndefined();
  });
});

describe('encrypted files', () => {
  it('reject one flipped byte, and another file put in their place, rendering nothing', async () => {
    const contentKey = (await createKeyring(parse(codeA), 1, FAST)).contentKeys[0]!;
    const envelope = await encryptFile(contentKey, 'entry-1', 'first answer');
    const other = await encryptFile(contentKey, 'entry-2', 'second answer');
    for (const position of [4, 20, envelope.length - 1]) {
      const tampered = envelope.slice();
      tampered[position]! ^= 1;
      await expect(decryptFile(contentKey, 'entry-1', tampered)).rejects.toThrow();
    }
    await expect(decryptFile(contentKey, 'entry-1', other)).rejects.toThrow();
  });

  it('give the same content different ciphertexts every time', async () => {
    const contentKey = (await createKeyring(parse(codeA), 1, FAST)).contentKeys[0]!;
    const one = await encryptFile(contentKey, 'entry', 'same');
    const two = await encryptFile(contentKey, 'entry', 'same');
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(false);
  });

  it('pad lengths into buckets, so sizes do not give entries away', async () => {
    const contentKey = (await createKeyring(parse(codeA), 1, FAST)).contentKeys[0]!;
    const short = await encryptFile(contentKey, 'a', 'x');
    const longer = await encryptFile(contentKey, 'b', 'y'.repeat(3000));
    expect(short.length).toBe(longer.length);
    expect([1, 4092, 4093, 300_000].map(paddedLength)).toEqual([4096, 4096, 8192, 524_288]);
  });
});

describe('an auditor with another implementation', () => {
  it('decrypts a payload with Node’s crypto module from the documented format alone', async () => {
    const parsed: ParsedCode = checkAccessCodes([`${codeA}:partners`], ["members", "partners"]).codes[0]!;
    const { contentKeys, keyring } = await createKeyring([{ ...parsed, tiers: [1] }], 2, FAST);
    const envelope = await encryptFile(contentKeys[1]!, 'catalogue-en', JSON.stringify({ question: 'How do I tune it?' }));

    // docs/members-format.md: salt = SHA-256("faq-gate:v2:salt:<prefix>")[0..16]; PBKDF2-SHA-256(secret, salt, iterations) → 32-byte key;
    // each slot is a 12-byte nonce then AES-256-GCM of the tier's content key, additional data "faq-gate:v2:key:<prefix>:<tier>", 16-byte tag last.
    const entry = keyring.keys[0]!;
    const salt = nodeCrypto.createHash('sha256').update(`faq-gate:v2:salt:${entry.prefix}`).digest().subarray(0, 16);
    const wrappingKey = nodeCrypto.pbkdf2Sync(parsed.secret, salt, keyring.kdf.iterations, 32, 'sha256');
    const unwrapSlot = (tier: number) => {
      const slot = Buffer.from(fromBase64Url(entry.slots[tier]!));
      const unwrap = nodeCrypto.createDecipheriv('aes-256-gcm', wrappingKey, slot.subarray(0, 12));
      unwrap.setAAD(Buffer.from(`faq-gate:v2:key:${entry.prefix}:${tier}`));
      unwrap.setAuthTag(slot.subarray(-16));
      return Buffer.concat([unwrap.update(slot.subarray(12, -16)), unwrap.final()]);
    };
    expect(() => unwrapSlot(0)).toThrow();
    const rawContentKey = unwrapSlot(1);

    // Envelope: "FAQ" 0x02 | 12-byte nonce | ciphertext | 16-byte tag; additional data "faq-gate:v2:file:<file id>";
    // plaintext: 4-byte big-endian length | data | zero padding.
    const bytes = Buffer.from(envelope);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x46, 0x41, 0x51, 0x02]));
    const decipher = nodeCrypto.createDecipheriv('aes-256-gcm', rawContentKey, bytes.subarray(4, 16));
    decipher.setAAD(Buffer.from('faq-gate:v2:file:catalogue-en'));
    decipher.setAuthTag(bytes.subarray(-16));
    const padded = Buffer.concat([decipher.update(bytes.subarray(16, -16)), decipher.final()]);
    const length = padded.readUInt32BE(0);
    expect(JSON.parse(padded.subarray(4, 4 + length).toString('utf8'))).toEqual({ question: 'How do I tune it?' });
  });
});

describe('opaque ids', () => {
  it('are stable for one link key, differ between keys, and do not contain the slug', async () => {
    const key = new Uint8Array(32).fill(7);
    const id = await opaqueId(key, 'en', 'thermo-pid-tuning');
    expect(id).toMatch(/^[0-9a-z]{16}$/);
    expect(await opaqueId(key, 'en', 'thermo-pid-tuning')).toBe(id);
    expect(await opaqueId(new Uint8Array(32).fill(8), 'en', 'thermo-pid-tuning')).not.toBe(id);
    expect(id).not.toContain('thermo');
  });
});
