/**
 * One error type with stable codes. Codes are kebab-case and appear in error records
 * (`{"error": {"code", "message"}}`) and warnings; messages are one line, for people.
 */
export const ERROR_CODES = {
  usage: 'the command line is wrong (exit status 2)',
  'not-found': 'the input file or directory does not exist',
  unreadable: 'the input could not be read (permissions, I/O error)',
  'empty-input': 'the input holds no bytes or no text',
  'binary-input': 'the input is not text (an image, an archive, an executable)',
  'too-large': 'the input is over the size cap, compressed or decompressed',
  'bad-gzip': 'the input claims to be gzip but does not decompress',
  'bad-json': 'a JSONL line is not a JSON object of the documented shape',
  'bad-url': 'a URL is malformed or uses a scheme other than http(s)',
  'fetch-failed': 'the page could not be fetched (network, DNS, HTTP status, timeout, redirects)',
  timeout: 'processing one document took longer than the time limit and was stopped',
  'no-content': 'no article text could be found in the page',
  'not-available': 'the command or layer is not available yet',
  internal: 'a bug: please report it with --debug output',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DatelineError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
    this.name = 'DatelineError';
    this.code = code;
  }
}

/** Messages are one line: collapse whitespace and cap the length. */
export function oneLine(message: string, max = 300): string {
  const s = message.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Turns anything thrown into a coded error, keeping the cause. */
export function toDatelineError(err: unknown): DatelineError {
  if (err instanceof DatelineError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new DatelineError('internal', message, { cause: err });
}

export interface Warning {
  code: string;
  message: string;
}

export function warning(code: string, message: string): Warning {
  return { code, message: oneLine(message) };
}
