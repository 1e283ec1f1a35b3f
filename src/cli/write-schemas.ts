import fs from 'node:fs';
import path from 'node:path';
import { contentJsonSchemas } from '../core/content/json-schemas.ts';

// Regenerates schemas/*.json after a change to src/core/content/schema.ts; a test keeps them in sync.
const folder = path.resolve('schemas');
fs.mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas())) {
  fs.writeFileSync(path.join(folder, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
