/** The store's coded errors: one line for people, the driver's error as `cause`. */
export const STORE_ERROR_CODES = {
  'store-open': 'the database could not be opened or created (path, permissions, server down)',
  'store-migrate': 'the schema could not be created or upgraded',
  'store-write': 'a document could not be written (the store is unchanged)',
  'store-read': 'a query failed',
  'store-not-found': 'no article or story with that id',
  'store-newer': 'the database was written by a newer Dateline (unknown migration)',
  'store-cluster-state':
    'the saved clustering state is of an unknown version, or its seen ids are not in this store',
} as const;

export type StoreErrorCode = keyof typeof STORE_ERROR_CODES;

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message.replace(/\s+/g, ' ').trim(), options);
    this.name = 'StoreError';
    this.code = code;
  }
}

/** The driver's message, one line. */
export function causeMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
