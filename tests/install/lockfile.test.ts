import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, LockedPackage> };
const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as LockedPackage;

/** Where npm would find `name` for the package at `from`: its own node_modules, then each parent's, then the top. */
function resolves(from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    if (lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

/** `package → dependency` for every dependency of that kind that the lock does not record. */
function unlocked(kind: 'dependencies' | 'optionalDependencies'): string[] {
  return Object.entries(lock.packages).flatMap(([where, pkg]) =>
    Object.keys(pkg[kind] ?? {}).filter((name) => !resolves(where, name)).map((name) => `${where || '(root)'} → ${name}`),
  );
}

describe('package-lock.json', () => {
  it('records the same dependencies as package.json, so npm ci accepts it', () => {
    const root = lock.packages['']!;
    expect(root.dependencies).toEqual(manifest.dependencies);
    expect(root.devDependencies).toEqual(manifest.devDependencies);
  });

  it("locks every platform's optional binaries, so npm ci works on other systems than the one that wrote it", () => {
    expect(unlocked('optionalDependencies')).toEqual([]);
  });

  it('installs every required dependency from the lock alone', () => {
    expect(unlocked('dependencies')).toEqual([]);
  });
});
