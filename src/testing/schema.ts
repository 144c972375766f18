/** Test helpers: the committed JSON Schema and a validator for it (ajv is a dev dependency: tests only). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const committedSchema = JSON.parse(
  readFileSync(join(root, 'schema/record.schema.json'), 'utf8'),
) as object;

/** A validator for the committed schema (the contract users see), shared by the command tests. */
export function recordValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(committedSchema);
  return (rec: unknown): string | null =>
    validate(rec) ? null : ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 500);
}
