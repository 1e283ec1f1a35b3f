import type { Plugin } from 'vite';
import type { LocalImage } from '../core/content/local-images.ts';

const PICTURE_MODULE_ID = 'virtual:faq/pictures';
const RESOLVED_ID = `\0${PICTURE_MODULE_ID}`;

/**
 * Imports every picture public answers show, so Astro's image pipeline knows
 * them as its own assets: `getImage` then processes each one once, into
 * hashed files under `_astro/`, through Astro's cache. Pictures only
 * members-only answers show are never imported: Astro would publish them.
 */
export function pictureModulePlugin(getPictures: () => readonly LocalImage[]): Plugin {
  return {
    name: 'faq:pictures',
    resolveId: (id) => (id === PICTURE_MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const pictures = getPictures();
      return [
        ...pictures.map((picture, index) => `import picture${index} from ${JSON.stringify(picture.file)};`),
        `export default new Map([${pictures.map((picture, index) => `[${JSON.stringify(picture.key)}, picture${index}]`).join(', ')}]);`,
      ].join('\n');
    },
  };
}

export { RESOLVED_ID as RESOLVED_PICTURE_MODULE_ID };
