import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, listFiles, readOutput, removeTemporaryFolders, type BuildResult } from '../support/astro-build.ts';

afterAll(removeTemporaryFolders);

/** The valid fixture with refund-timing renamed money-back (its old id kept as an alias), a Chinese entry renamed too, under /help/ of a site with a url. */
function contentWithAliases(): string {
  const contentDir = copyContent('tests/fixtures/valid/content');
  fs.appendFileSync(path.join(contentDir, 'site.yaml'), 'url: https://help.example.com\n');
  const refund = path.join(contentDir, 'faq/orders/refund-timing.md');
  fs.writeFileSync(path.join(contentDir, 'faq/orders/money-back.md'), fs.readFileSync(refund, 'utf8').replace('priority: 60', 'priority: 60\naliases: [refund-timing]'));
  fs.rmSync(refund);
  const zh = path.join(contentDir, 'faq/zh/return-window.md');
  fs.writeFileSync(zh, fs.readFileSync(zh, 'utf8').replace('id: return-window', 'id: return-window\naliases: [tui-huo]'));
  return contentDir;
}

describe('a build with aliases', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ contentDir: contentWithAliases(), base: '/help/' });
    expect(build.status, build.output).toBe(0);
  });

  it('writes a page at each old address that sends the browser to the new one, with a canonical link, noindex and a link to follow', () => {
    const html = readOutput(build.outDir, 'q/refund-timing/index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/help/q/money-back/">');
    expect(html).toContain('<link rel="canonical" href="https://help.example.com/help/q/money-back/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('This question has moved to a new address: <a href="/help/q/money-back/">When do I get my money back?</a>');
    const zh = readOutput(build.outDir, 'zh/q/tui-huo/index.html');
    expect(zh).toContain('<html lang="zh"');
    expect(zh).toContain('<meta http-equiv="refresh" content="0; url=/help/zh/q/return-window/">');
    expect(zh).toContain('这个问题已移到新的地址： <a href="/help/zh/q/return-window/">退货期限是多久？</a>');
  });

  it('keeps the redirect pages within the security policy: the policy itself, and no script or inline style', () => {
    const html = readOutput(build.outDir, 'q/refund-timing/index.html');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';/);
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
  });

  it('writes the entry at its new address and leaves old addresses out of the sitemap', () => {
    expect(listFiles(build.outDir)).toContain('q/money-back/index.html');
    const sitemap = readOutput(build.outDir, 'sitemap.xml');
    expect(sitemap).toContain('<loc>https://help.example.com/help/q/money-back/</loc>');
    expect(sitemap).not.toContain('refund-timing');
    expect(sitemap).not.toContain('tui-huo');
  });

  it('tells hosts the permanent redirects: _redirects, and an nginx map that the nginx rules read', () => {
    expect(readOutput(build.outDir, '_redirects')).toBe([
      '/help/q/refund-timing/  /help/q/money-back/  301!',
      '/help/q/refund-timing  /help/q/money-back/  301!',
      '/help/zh/q/tui-huo/  /help/zh/q/return-window/  301!',
      '/help/zh/q/tui-huo  /help/zh/q/return-window/  301!',
      '',
    ].join('\n'));
    expect(readOutput(build.outDir, 'nginx-redirects.conf')).toContain('    /help/q/refund-timing/ /help/q/money-back/;\n');
    expect(readOutput(build.outDir, 'nginx-headers.conf')).toContain('location /help/ {\n    if ($faq_redirect) {');
  });
});

describe('a build without aliases', () => {
  it('writes no _redirects, and an nginx map with nothing in it', () => {
    const build = buildSite({ contentDir: 'tests/fixtures/valid/content', reuse: true });
    expect(build.status, build.output).toBe(0);
    expect(fs.existsSync(path.join(build.outDir, '_redirects'))).toBe(false);
    expect(readOutput(build.outDir, 'nginx-redirects.conf')).toBe('map $uri $faq_redirect {\n    default "";\n}\n');
  });
});
