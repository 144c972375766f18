/** Validation against the boundary schemas: the first problem, as one line for a 400 response. */
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ApiError } from './errors.js';

export function validate<S extends TSchema>(schema: S, value: unknown, what: string): Static<S> {
  if (Value.Check(schema, value)) return value;
  const first = Value.Errors(schema, value).First();
  const where = first?.path ? ` at ${first.path}` : '';
  throw new ApiError(400, 'bad-request', `invalid ${what}${where}: ${first?.message ?? 'does not match'}`);
}
