import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A folder of browser modules as Vite minifies them: imports by relative
 * path, with the module or on demand, in any quote. A search box that loads
 * the search code on demand, which loads the members-only code on demand.
 */
export function bundledModules(): { folder: string; remove: () => void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-modules-'));
  const files: Record<string, string> = {
    'SearchBox.a1.js': 'import{f as o}from"./fill.b2.js";import"./events.c3.js";const e=()=>import(`./search-engine.d4.js`);',
    'fill.b2.js': 'export const f=1;',
    'events.c3.js': "import{s}from'./site-path.e5.js';export const v=s;",
    'site-path.e5.js': 'export const s=2;',
    'search-engine.d4.js': 'import{d as t}from"./edit-distance.f6.js";const m=()=>import("./members-client.g7.js");export const q=t;',
    'edit-distance.f6.js': 'export const d=3;',
    'members-client.g7.js': 'export const c=4;',
    'site.h8.css': '.a{}',
  };
  for (const [file, code] of Object.entries(files)) fs.writeFileSync(path.join(folder, file), code);
  return { folder, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}
