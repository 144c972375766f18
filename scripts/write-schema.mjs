// Writes schema/record.schema.json from the TypeBox definitions in src/doc/record.ts (run by `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { RecordSchema } = await import(join(root, 'dist/src/doc/record.js'));
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(
  join(root, 'schema/record.schema.json'),
  `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...RecordSchema }, null, 2)}\n`,
);
