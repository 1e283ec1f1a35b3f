import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, holdAstro, removeTemporaryFolders } from '../support/astro-build.ts';

const children: ReturnType<typeof spawn>[] = [];
// The dev server writes Astro's working files as a build does: no build runs beside it.
let releaseAstro: (() => void) | undefined;
beforeAll(() => {
  releaseAstro = holdAstro();
});
afterAll(async () => {
  const exits = children.filter((child) => child.exitCode === null && child.signalCode === null).map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(exits);
  releaseAstro?.();
  removeTemporaryFolders();
});

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

describe('npm run dev', () => {
  it('shows drafts, serves the search index, serves the new answer as soon as an entry file changes, and shows an edit\'s mistakes over the page', { timeout: 240_000 }, async () => {
    const content = copyContent('tests/fixtures/valid/content');
    const screen = (colour: string) => sharp({ create: { width: 1600, height: 1000, channels: 3, background: colour } }).png().toBuffer();
    fs.writeFileSync(path.join(content, 'faq/orders/return-label.png'), await screen('#3a6ea5'));
    fs.appendFileSync(path.join(content, 'faq/orders/return-window.md'), '\n![The return label screen](return-label.png)\n');
    // A free port, chosen by the system for a moment and then handed to the dev server.
    const port = await freePort();
    // Without the test runner's own variables (VITEST, NODE_ENV=test), as an editor's terminal would start it.
    const { VITEST: _vitest, VITEST_MODE: _mode, NODE_ENV: _nodeEnv, ...environment } = process.env;
    // --ignore-lock: a dev server of the editor's own, or a lock a killed one left behind, must not stop this one, nor this one stop it.
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...environment, CONTENT_DIR: content, FAQ_ACCESS_CODES: 'T3ST-4XQM-8D2F-W4T9-B3HZ', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    children.push(child);
    const page = `http://127.0.0.1:${port}/q/return-window/`;
    let html: string | undefined;
    await waitForAsync(async () => (html = await fetchText(page)) !== undefined, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}; the dev server said:\n${log}`);
    });
    expect(html).toContain('Thirty days from delivery');
    // A picture is served as the build would write it: WebP, at the width its `src` names.
    const shown = async (alt: string, pageHtml: string) => {
      const src = new RegExp(`<img src="([^"]+)" srcset="[^"]*" sizes="[^"]*" alt="${alt}"`).exec(pageHtml)?.[1];
      expect(src, pageHtml).toMatch(/^\/_astro\/[\w-]+\.[\w-]+\.webp$/);
      const response = await fetch(`http://127.0.0.1:${port}${src}`);
      expect(response.headers.get('content-type')).toBe('image/webp');
      return sharp(Buffer.from(await response.arrayBuffer())).metadata();
    };
    expect(await shown('The return label screen', html!)).toMatchObject({ format: 'webp', width: 960, height: 600 });
    expect(await fetchText(`http://127.0.0.1:${port}/q/what-is-widget/`)).toContain('It widgets, professionally.');

    // Search works while editing: the index is served from memory.
    expect(JSON.parse((await fetchText(`http://127.0.0.1:${port}/_faq/search/en/index.json`))!).manifest).toMatchObject({ lang: 'en', docCount: 3 });
    // And the toolbar's results panel, which pages fetch on focus.
    expect(JSON.parse((await fetchText(`http://127.0.0.1:${port}/_faq/search/zh/panel.json`))!).html).toMatch(/^<div class="search-panel" id="search-toolbar-panel" data-search-panel /);

    const file = path.join(content, 'faq/orders/return-window.md');
    fs.writeFileSync(path.join(content, 'faq/orders/return-box.png'), await screen('#a5563a'));
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8').replace('Thirty days from delivery', 'Forty-five days from delivery')}\n![The return box](return-box.png)\n`);
    await waitForAsync(async () => (await fetchText(page))?.includes('Forty-five days from delivery') ?? false, 30_000);
    expect(await shown('The return box', (await fetchText(page))!)).toMatchObject({ format: 'webp', width: 960, height: 600 });

    // An edit with a mistake: the pages stay as they were, and the browser shows what is wrong over the page.
    const browser = await hmrMessages(port);
    const broken = path.join(content, 'faq/orders/broken.md');
    fs.writeFileSync(broken, '---\nquestion: ""\naudience: [new]\ncategory: orders\n---\nBody.\n');
    await waitForAsync(async () => browser.messages.some((message) => message.type === 'error'), 30_000);
    const { err } = browser.messages.find((message) => message.type === 'error') as unknown as { err: { title: string; message: string; hint: string } };
    expect(err.title).toBe('The content has 1 error');
    expect(err.message).toMatch(/broken\.md:2: .*question.*: must not be empty/);
    expect(err.hint).toBe('Fix it and save: the page reloads. Until then, the pages show the content as it was before the mistake.');
    expect(log).toContain('The content has 1 error; the pages show the content as it was before them.');
    expect(await fetchText(page)).toContain('Forty-five days from delivery');
    // Fixed, the page reloads, and the overlay goes with it.
    fs.rmSync(broken);
    await waitForAsync(async () => browser.messages.some((message) => message.type === 'full-reload'), 30_000);
    browser.close();
  });
});

/** What the dev server tells a page's Vite client over its socket, as a browser tab connects to it. */
async function hmrMessages(port: number): Promise<{ messages: { type: string; [key: string]: unknown }[]; close(): void }> {
  // Vite takes socket connections that carry the token its client script holds.
  const client = (await fetchText(`http://127.0.0.1:${port}/@vite/client`)) ?? '';
  const token = /wsToken\s*=\s*["']([^"']+)["']/.exec(client)?.[1];
  if (!token) throw new Error('the dev server\'s client script holds no socket token');
  const socket = new WebSocket(`ws://127.0.0.1:${port}/?token=${token}`, 'vite-hmr');
  const messages: { type: string }[] = [];
  socket.addEventListener('message', (event) => messages.push(JSON.parse(String(event.data)) as { type: string }));
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  return { messages, close: () => socket.close() };
}

describe('npm run dev on content with a mistake', () => {
  it('says what is wrong, with file and line, and stops, without Astro calling it an unhandled error', { timeout: 120_000 }, async () => {
    const content = copyContent('tests/fixtures/valid/content');
    fs.writeFileSync(path.join(content, 'faq/orders/broken.md'), '---\nquestion: ""\naudience: [new]\ncategory: orders\n---\nBody.\n');
    const { VITEST: _vitest, VITEST_MODE: _mode, NODE_ENV: _nodeEnv, ...environment } = process.env;
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--port', String(await freePort()), '--host', '127.0.0.1'], {
      env: { ...environment, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let log = '';
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(log).toContain('The content has 1 error; fix it, then start `npm run dev` again.');
    expect(log).toMatch(/broken\.md:2: `question`: must not be empty/);
    expect(log).not.toContain('unhandled');
    expect(log).not.toMatch(/\n\s+at /);
  });
});

describe('npm run preview', () => {
  it('serves the built site, saying nothing of members-only codes it does not use', { timeout: 240_000 }, async () => {
    const build = buildSite({ reuse: true });
    expect(build.status, build.output).toBe(0);
    const port = await freePort();
    const { VITEST: _vitest, VITEST_MODE: _mode, NODE_ENV: _nodeEnv, ...environment } = process.env;
    const child = spawn(process.execPath, ['scripts/preview.mjs', '--outDir', build.outDir, '--port', String(port), '--host', '127.0.0.1'], {
      env: { ...environment, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let log = '';
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    let home: string | undefined;
    await waitForAsync(async () => (home = await fetchText(`http://127.0.0.1:${port}/`)) !== undefined, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}; the preview said:\n${log}`);
    });
    expect(home).toBe(fs.readFileSync(path.join(build.outDir, 'index.html'), 'utf8'));
    expect(log).not.toContain('members-only section');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForAsync(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

