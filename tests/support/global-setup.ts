import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder for builds that several test files read and none changes (see `buildSite`'s `reuse`), removed after the run. */
    sharedBuilds: string;
  }
}

export default function setup(project: TestProject): () => void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'faq-shared-builds-'));
  project.provide('sharedBuilds', folder);
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
