/**
 * One error type for the API and one place that turns any error into a response:
 * `{"error": {"code": "...", "message": "..."}}` with the matching status. Messages are one line.
 */
import { DatelineError, type ErrorCode, oneLine } from '../doc/errors.js';

export class ApiError extends Error {
  readonly status: 400 | 401 | 404 | 413 | 415 | 422 | 429 | 500 | 502 | 503;
  readonly code: string;
  constructor(status: ApiError['status'], code: string, message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** Dateline's error codes as HTTP statuses: the caller's fault (4xx) or the world's (502), else 500. */
const STATUS_BY_CODE: Partial<Record<ErrorCode, ApiError['status']>> = {
  usage: 400,
  'bad-json': 400,
  'bad-url': 400,
  'empty-input': 422,
  'binary-input': 422,
  'no-content': 422,
  'bad-gzip': 422,
  'too-large': 413,
  'not-found': 404,
  'fetch-failed': 502,
  timeout: 503,
};

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof DatelineError) {
    const status = STATUS_BY_CODE[err.code];
    if (status) return new ApiError(status, err.code, err.message, { cause: err });
  }
  return new ApiError(500, 'internal', 'internal error (see the server log)', { cause: err });
}

export function errorBody(e: ApiError): { error: { code: string; message: string } } {
  return { error: { code: e.code, message: e.message } };
}
