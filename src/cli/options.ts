import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values parseArgs returns for an options table: strings or booleans by declared type. */
export type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string;
};

/** Options shared by the document commands (extract, analyze, ingest, cluster). */
export const DOC_OPTIONS = {
  format: { type: 'string' },
  url: { type: 'string' },
  published: { type: 'string' },
  'no-extract': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  jobs: { type: 'string' },
  mentions: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export function parse<O extends Options>(
  args: string[],
  options: O,
): { values: ParsedValues<O>; positionals: string[] } {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: r.values as ParsedValues<O>, positionals: r.positionals };
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
}

export function parseJobs(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--jobs takes a whole number from 1 to 256 (got "${value}")`);
  return n;
}

/** ISO 8601 date or date-time. */
export function parseIsoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw new UsageError(`${flag} takes an ISO 8601 date such as 2015-11-17 (got "${value}")`);
  return value;
}
