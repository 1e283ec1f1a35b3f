/**
 * The default app icon: the first letter of the site's title, drawn as
 * strokes on the theme colour. The letters are paths of our own rather than
 * text, so the icon looks the same on every machine that builds it, with or
 * without fonts installed.
 */

/** Each glyph is drawn in a box 4 units wide and 6 high, y downwards, with round strokes. */
const GLYPHS: Record<string, string> = {
  A: 'M0 6L2 0L4 6M0.7 4H3.3',
  B: 'M0 3H2.5A1.5 1.5 0 0 1 2.5 6H0V0H2.3A1.5 1.5 0 0 1 2.3 3',
  C: 'M4 1.1A2.2 3 0 1 0 4 4.9',
  D: 'M0 0V6H1.5A2.5 3 0 0 0 1.5 0Z',
  E: 'M4 0H0V6H4M0 3H3',
  F: 'M4 0H0V6M0 3H3',
  G: 'M4 1.1A2.2 3 0 1 0 4 4.9V3.4H2.4',
  H: 'M0 0V6M4 0V6M0 3H4',
  I: 'M1 0H3M2 0V6M1 6H3',
  J: 'M1 0H4V4.2A2 1.8 0 0 1 0 4.2',
  K: 'M0 0V6M4 0L0 3.6M1.3 2.4L4 6',
  L: 'M0 0V6H4',
  M: 'M0 6V0L2 3.5L4 0V6',
  N: 'M0 6V0L4 6V0',
  O: 'M2 0A2 3 0 0 0 2 6A2 3 0 0 0 2 0Z',
  P: 'M0 6V0H2.5A1.5 1.5 0 0 1 2.5 3H0',
  Q: 'M2 0A2 3 0 0 0 2 6A2 3 0 0 0 2 0ZM2.6 4.4L4 6.2',
  R: 'M0 6V0H2.5A1.5 1.5 0 0 1 2.5 3H0M2.2 3L4 6',
  S: 'M3.8 0.9A1.9 1.5 0 1 0 2 3A1.9 1.5 0 1 1 0.2 5.1',
  T: 'M0 0H4M2 0V6',
  U: 'M0 0V4A2 2 0 0 0 4 4V0',
  V: 'M0 0L2 6L4 0',
  W: 'M0 0L1 6L2 2.5L3 6L4 0',
  X: 'M0 0L4 6M4 0L0 6',
  Y: 'M0 0L2 3L4 0M2 3V6',
  Z: 'M0 0H4L0 6H4',
  '0': 'M2 0A2 3 0 0 0 2 6A2 3 0 0 0 2 0ZM3.4 1L0.6 5',
  '1': 'M0.8 1.2L2.2 0V6M0.8 6H3.6',
  '2': 'M0.2 1.4A1.9 1.6 0 1 1 3.4 3L0 6H4',
  '3': 'M0.3 0.8A1.9 1.5 0 1 1 2 3A1.9 1.5 0 1 1 0.3 5.2',
  '4': 'M3 6V0L0 4.2H4',
  '5': 'M3.8 0H0.5L0.3 2.7A2 1.75 0 1 1 0.2 5.3',
  '6': 'M3.5 0.4A3.5 4 0 0 0 0 4.1A2 1.9 0 0 0 4 4.1A2 1.9 0 0 0 0 4.1',
  '7': 'M0 0H4L1.5 6',
  '8': 'M2 3A1.7 1.5 0 1 1 2 0A1.7 1.5 0 1 1 2 3A2 1.5 0 1 0 2 6A2 1.5 0 1 0 2 3',
  '9': 'M0.5 5.6A3.5 4 0 0 0 4 1.9A2 1.9 0 0 0 0 1.9A2 1.9 0 0 0 4 1.9',
  '?': 'M0.2 1.6A1.8 1.6 0 1 1 2 3.2V4.2M2 5.9V6',
};

/**
 * The letter the default icon shows: the title's first Latin letter or digit,
 * upper case. A title with none (a Chinese title, say) gets a question mark,
 * the sign of a help center.
 */
export function iconLetter(title: string): string {
  const found = /[A-Za-z0-9]/.exec(title.normalize('NFKD'));
  return found ? found[0].toUpperCase() : '?';
}

export function letterIconSvg(options: { letter: string; size: number; background: string; ink: string; rounded: boolean }): string {
  const { size } = options;
  const glyph = GLYPHS[options.letter] ?? GLYPHS['?']!;
  // The letter is 44% of the icon's height: inside the circle a maskable icon keeps (80% across) with room to spare.
  const scale = (size * 0.44) / 6;
  const left = (size - 4 * scale) / 2;
  const top = (size - 6 * scale) / 2;
  const corner = options.rounded ? ` rx="${round(size * 0.2)}"` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    `<rect width="${size}" height="${size}"${corner} fill="${options.background}"/>`,
    `<path transform="translate(${round(left)} ${round(top)}) scale(${round(scale)})" d="${glyph}" fill="none" stroke="${options.ink}" stroke-width="0.9" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</svg>',
  ].join('');
}

/** White or near-black, whichever reads better on the background (WCAG contrast ratio). */
export function contrastingInk(background: string): string {
  const light = '#ffffff';
  const dark = '#111827';
  return contrastRatio(background, light) >= contrastRatio(background, dark) ? light : dark;
}

export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const [red, green, blue] = [0, 2, 4].map((offset) => {
    const channel = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
