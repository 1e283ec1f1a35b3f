import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/core/markdown/create-renderer.ts';
import { absolutePictureAddresses, firstPictureEager, pictureKeysIn, placePictures } from '../../../src/core/markdown/pictures.ts';
import { markdownToText } from '../../../src/core/markdown/text.ts';

const render = createRenderer();
const sizes: Record<string, { key: string; width: number; height: number }> = {
  'wifi-router.png': { key: 'faq/setup/wifi-router.png', width: 750, height: 1334 },
  'pair.png': { key: 'faq/setup/pair "new".png', width: 1200, height: 800 },
};
const html = (markdown: string) => render(markdown, { picture: (src) => sizes[src] }).html;

describe('local pictures in an answer', () => {
  it('carry their intrinsic size, so the page keeps their space before they load, and a stand-in address for the image step', () => {
    expect(html('![The Wi-Fi screen](wifi-router.png "Wi-Fi")')).toBe(
      '<p><img src="faq-picture:faq/setup/wifi-router.png" alt="The Wi-Fi screen" title="Wi-Fi" class="picture picture-tall" width="750" height="1334" loading="lazy" decoding="async"></p>\n',
    );
    expect(html('![Pairing](pair.png)')).toContain(' class="picture" width="1200" height="800"');
  });

  it('load lazily, so a closed answer fetches nothing, except the first on the page the answer opens', () => {
    const output = html('![One](wifi-router.png)\n\n![Logo](https://cdn.example.com/logo.png)\n\n![Two](pair.png)\n\n![Three](wifi-router.png)');
    const loading = (text: string) => [...text.matchAll(/loading="(\w+)"/g)].map((match) => match[1]);
    expect(loading(output)).toEqual(['lazy', 'lazy', 'lazy']);
    expect(loading(firstPictureEager(output))).toEqual(['eager', 'lazy', 'lazy']);
  });

  it('marked ![""](…) are decorative: empty alt text, and no words in the plain text', () => {
    expect(html('![""](wifi-router.png)')).toContain('alt=""');
    expect(markdownToText('Before.\n\n![""](wifi-router.png)\n\n![The pairing screen](pair.png)')).toBe('Before.\nThe pairing screen');
  });

  it('leave images of other sites as written', () => {
    expect(html('![Logo](https://cdn.example.com/logo.png)')).toBe('<p><img src="https://cdn.example.com/logo.png" alt="Logo"></p>\n');
  });
});

describe('placing processed pictures', () => {
  it('swaps each stand-in for the processed files, escaping what it writes, and leaves everything else', () => {
    const rendered = html('Intro.\n\n![Pairing](pair.png)\n\n![Logo](https://cdn.example.com/logo.png)');
    expect(pictureKeysIn(rendered)).toEqual(['faq/setup/pair "new".png']);
    const placed = placePictures(rendered, (key) => ({ src: key === 'faq/setup/pair "new".png' ? '/_astro/pair.webp' : '/unknown.webp', srcset: '/_astro/a.webp 480w, /_astro/"b".webp 960w', sizes: '100vw' }));
    expect(placed).toContain('<img src="/_astro/pair.webp" srcset="/_astro/a.webp 480w, /_astro/&quot;b&quot;.webp 960w" sizes="100vw" alt="Pairing" class="picture" width="1200" height="800" loading="lazy" decoding="async">');
    expect(placed).toContain('<img src="https://cdn.example.com/logo.png" alt="Logo">');
    expect(placed).not.toContain('faq-picture:');
  });
});

describe('pictures read away from the site', () => {
  it('get absolute addresses, in src and every srcset candidate, while links stay as they are', () => {
    const html = '<p><a href="/q/x/">x</a> <img src="/_astro/a.webp" srcset="/_astro/a.webp 480w, /_astro/b.webp 960w" alt="A"> <img src="https://cdn.example.com/c.png" alt="C"></p>';
    expect(absolutePictureAddresses(html, (path) => `https://help.example${path}`)).toBe(
      '<p><a href="/q/x/">x</a> <img src="https://help.example/_astro/a.webp" srcset="https://help.example/_astro/a.webp 480w, https://help.example/_astro/b.webp 960w" alt="A"> <img src="https://cdn.example.com/c.png" alt="C"></p>',
    );
  });
});
