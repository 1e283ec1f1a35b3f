import { afterEach, describe, expect, it } from 'vitest';
import { loadedWith, readModuleGraph } from '../../src/astro/module-graph.ts';
import { bundledModules } from '../support/bundled-modules.ts';

let modules: ReturnType<typeof bundledModules> | undefined;
afterEach(() => modules?.remove());

describe('the modules the build reads', () => {
  const graph = () => readModuleGraph((modules = bundledModules()).folder);

  it('tell what a module imports with itself from what it loads on demand', () => {
    const read = graph();
    expect([...read.modules].sort()).toEqual(['SearchBox.a1.js', 'edit-distance.f6.js', 'events.c3.js', 'fill.b2.js', 'members-client.g7.js', 'search-engine.d4.js', 'site-path.e5.js']);
    expect(read.importsWith('SearchBox.a1.js')).toEqual(['fill.b2.js', 'events.c3.js']);
    expect(read.importsOnDemand('SearchBox.a1.js')).toEqual(['search-engine.d4.js']);
    expect(read.importsOnDemand('search-engine.d4.js')).toEqual(['members-client.g7.js']);
  });

  it('follow what loads with a module however deep, each once', () => {
    expect([...loadedWith(graph(), ['SearchBox.a1.js', 'events.c3.js'])].sort()).toEqual(['SearchBox.a1.js', 'events.c3.js', 'fill.b2.js', 'site-path.e5.js']);
  });
});
