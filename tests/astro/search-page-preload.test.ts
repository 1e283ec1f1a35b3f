import { afterEach, describe, expect, it } from 'vitest';
import { readModuleGraph } from '../../src/astro/module-graph.ts';
import { modulesToPreload } from '../../src/astro/search-page-preload.ts';
import { bundledModules } from '../support/bundled-modules.ts';

let modules: ReturnType<typeof bundledModules> | undefined;
afterEach(() => modules?.remove());

describe('the search page', () => {
  it('preloads what its scripts import and the search code with its imports, and nothing loaded only on demand besides', () => {
    const graph = readModuleGraph((modules = bundledModules()).folder);
    expect(modulesToPreload(graph, ['SearchBox.a1.js'], 'search-engine.d4.js')).toEqual(['edit-distance.f6.js', 'events.c3.js', 'fill.b2.js', 'search-engine.d4.js', 'site-path.e5.js']);
  });
});
