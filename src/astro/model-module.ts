import type { Plugin } from 'vite';
import type { SiteModel } from '../core/site/model.ts';

const MODEL_MODULE_ID = 'virtual:faq/model';
const RESOLVED_ID = `\0${MODEL_MODULE_ID}`;
const MODEL_KEY = 'faq-site.model';

/**
 * Hands the site model to the pages, computed once per build: pages never read
 * content files themselves. Astro renders pages in the process that ran the
 * integration, so the model is shared by reference instead of being serialized
 * into the bundle, which at 10,000 entries would cost hundreds of megabytes.
 */
export function modelModulePlugin(getModel: () => SiteModel | Promise<SiteModel>): Plugin {
  return {
    name: 'faq:model',
    resolveId: (id) => (id === MODEL_MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // A build's model may still be loading: the bundle waits for it only when the pages' code runs.
      (globalThis as Record<symbol, unknown>)[Symbol.for(MODEL_KEY)] = getModel();
      return [
        `const model = await globalThis[Symbol.for(${JSON.stringify(MODEL_KEY)})];`,
        `if (!model) throw new Error('The help center model is missing: pages must be rendered by the process that ran the faq-site integration.');`,
        'export default model;',
      ].join('\n');
    },
  };
}

/** Publishes a new model after content changed while editing. */
export function shareModel(model: SiteModel): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(MODEL_KEY)] = model;
}

export { RESOLVED_ID as RESOLVED_MODEL_MODULE_ID };
