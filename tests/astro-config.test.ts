import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the Astro config', () => {
  // Astro imports a JavaScript config with Node, and runs any other through Vite, silently, when Node cannot load it:
  // that would transpile the whole content pipeline before every build again.
  it('is imported by Node itself, with the TypeScript integration it names, and nothing said on stderr', () => {
    const script = "const config = (await import('./astro.config.mjs')).default; console.log(config.integrations.map((item) => item.name).join());";
    const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('faq-site');
  });
});
