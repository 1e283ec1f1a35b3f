import { describe, expect, it } from 'vitest';
import type { LocalImage } from '../../../src/core/content/local-images.ts';
import { pictureWidths, planPublicPictures } from '../../../src/core/site/public-pictures.ts';

const picture = (key: string, width: number, height: number): LocalImage => ({ key, file: `/content/${key}`, format: 'png', width, height, bytes: 1000 });
const DIGEST_A = 'a'.repeat(64);
const DIGEST_B = 'b'.repeat(64);

describe('the widths a public picture is published at', () => {
  it('are a phone, a desktop column and in between, never wider than the picture, with its own width in place of wider ones', () => {
    expect(pictureWidths(2400)).toEqual([480, 960, 1440]);
    expect(pictureWidths(1440)).toEqual([480, 960, 1440]);
    expect(pictureWidths(1000)).toEqual([480, 960, 1000]);
    expect(pictureWidths(960)).toEqual([480, 960]);
    expect(pictureWidths(750)).toEqual([480, 750]);
    expect(pictureWidths(480)).toEqual([480]);
    expect(pictureWidths(400)).toEqual([400]);
  });
});

describe('the plan of public pictures', () => {
  it('names each file after its source and its pixels, under _astro/, and places src, srcset and sizes', () => {
    const label = picture('faq/orders/return-label.png', 1600, 1000);
    const planned = planPublicPictures([label], new Map([[label.key, DIGEST_A]]), '/help/').get(label.key)!;
    expect(planned.files.map((file) => file.width)).toEqual([480, 960, 1440]);
    for (const file of planned.files) expect(file.path).toBe(`_astro/return-label.${file.id}.webp`);
    expect(new Set(planned.files.map((file) => file.id)).size).toBe(3);
    const [narrow, phone, wide] = planned.files.map((file) => `/help/${file.path}`);
    expect(planned.placed).toEqual({
      src: phone,
      srcset: `${narrow} 480w, ${phone} 960w, ${wide} 1440w`,
      sizes: '(min-width: 48rem) 46rem, calc(100vw - 2rem)',
    });
  });

  it('shows a phone screen at about a phone\'s width, its src at its own width when narrower than a phone at 2×', () => {
    const screen = picture('images/app-wifi.png', 750, 1334);
    const planned = planPublicPictures([screen], new Map([[screen.key, DIGEST_A]]), '/').get(screen.key)!;
    expect(planned.placed.sizes).toBe('(min-width: 24rem) 22rem, calc(100vw - 2rem)');
    expect(planned.placed.src).toBe(`/${planned.files[1]!.path}`);
    expect(planned.placed.srcset).toMatch(/^\/_astro\/app-wifi\.[\w-]+\.webp 480w, \/_astro\/app-wifi\.[\w-]+\.webp 750w$/);
  });

  it('gives the same pixels the same file ids wherever they are, and other pixels other ids', () => {
    const one = picture('faq/a/screen.png', 1600, 1000);
    const copy = picture('faq/b/other-name.png', 1600, 1000);
    const changed = picture('faq/c/screen.png', 1600, 1000);
    const plan = planPublicPictures([one, copy, changed], new Map([[one.key, DIGEST_A], [copy.key, DIGEST_A], [changed.key, DIGEST_B]]), '/');
    const ids = (key: string) => plan.get(key)!.files.map((file) => file.id);
    expect(ids(copy.key)).toEqual(ids(one.key));
    expect(ids(changed.key).some((id) => ids(one.key).includes(id))).toBe(false);
    expect(plan.get(changed.key)!.files[0]!.path).not.toBe(plan.get(one.key)!.files[0]!.path);
  });

  it('keeps file names to letters, digits, - and _, whatever the source is called', () => {
    const names = ['faq/setup/路由器 设置.png', 'faq/setup/Café menu (2).png', 'faq/setup/—.png'].map((key) => picture(key, 400, 300));
    const plan = planPublicPictures(names, new Map(names.map((item) => [item.key, DIGEST_A])), '/');
    expect(names.map((item) => plan.get(item.key)!.files[0]!.path.split('.')[0])).toEqual(['_astro/picture', '_astro/Cafe-menu-2', '_astro/picture']);
    for (const item of names) expect(plan.get(item.key)!.files[0]!.path).toMatch(/^_astro\/[\w-]+\.[\w-]+\.webp$/);
  });

  it('refuses a picture that was never checked, rather than naming a file the build cannot write', () => {
    expect(() => planPublicPictures([picture('faq/x.png', 400, 300)], new Map(), '/')).toThrow('the picture faq/x.png was not checked before it was planned');
  });
});
