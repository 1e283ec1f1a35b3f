import sharp from 'sharp';
import { letterIconFileSvg, type AppIconFile, type AppIconSource } from '../core/site/web-app.ts';

/** A maskable icon keeps the site's own picture inside the middle 80% a phone may crop to; the rest is the background colour. */
const MASKABLE_SAFE_SHARE = 0.8;

/** One home-screen icon as PNG: the letter icon rasterized, or the site's picture scaled to the size. */
export async function renderAppIcon(source: AppIconSource, file: AppIconFile): Promise<Uint8Array<ArrayBuffer>> {
  if (source.kind === 'letter') return new Uint8Array(await sharp(Buffer.from(letterIconFileSvg(source, file))).png().toBuffer());
  const picture = sharp(source.picture.file).rotate();
  if (file.purpose === 'any') return new Uint8Array(await picture.resize(file.size, file.size, { fit: 'cover' }).png().toBuffer());
  const inner = Math.round(file.size * MASKABLE_SAFE_SHARE);
  const scaled = await picture.resize(inner, inner, { fit: 'contain', background: source.background }).png().toBuffer();
  const canvas = sharp({ create: { width: file.size, height: file.size, channels: 4, background: source.background } });
  const offset = Math.round((file.size - inner) / 2);
  return new Uint8Array(await canvas.composite([{ input: scaled, left: offset, top: offset }]).png().toBuffer());
}
