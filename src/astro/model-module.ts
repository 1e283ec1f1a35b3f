import type { Plugin } from 'vite';
import type { SiteModel } from '../core/site/model.ts';

export const MODEL_MODULE_ID = 'virtual:faq/model';
const RESOLVED_ID = `\0${MODEL_MODULE_ID}`;

/**
 * Hands the site model to the pages as one module, computed once per build:
 * pages never read content files themselves. JSON.parse of a string literal is
 * the fastest way for the bundle to carry a large object.
 */
export function modelModulePlugin(getModel: () => SiteModel): Plugin {
  return {
    name: 'faq:model',
    resolveId: (id) => (id === MODEL_MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default JSON.parse(${JSON.stringify(JSON.stringify(getModel()))});` : undefined),
  };
}

export { RESOLVED_ID as RESOLVED_MODEL_MODULE_ID };
