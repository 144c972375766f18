import type { Dispatcher } from 'undici';
import type { DatelineError, Warning } from '../doc/errors.js';

/** One document read from an input, decoded to a string, before extraction. */
export interface RawDocument {
  /** The path or URL it came from (for JSONL lines: `path:lineNumber`). */
  input: string;
  /** From a JSONL line's `id`. */
  id?: string;
  url: string | null;
  /** From a JSONL line's `title`. */
  title?: string;
  /** From a JSONL line's `published` (wins over --published). */
  published?: string;
  /** html: markup to clean; text: a plain-text scrape (chrome and all), or the body itself with --no-extract. */
  kind: 'html' | 'text';
  content: string;
  /** Charset the bytes were decoded with, when they were bytes. */
  charset?: string;
  warnings: Warning[];
}

export type InputItem =
  { ok: true; doc: RawDocument } | { ok: false; input: string; id?: string; error: DatelineError };

export interface InputOptions {
  /** --url: the page's address when the input is a single file. */
  url?: string;
  /** Max bytes read from one file, stdin or response, before decompression (default 50 MB; responses 20 MB). */
  maxBytes?: number;
  /** Max bytes after gzip decompression (gzip-bomb guard). */
  maxDecodedBytes?: number;
  /** Stdin, for `-` (injectable for tests). */
  stdin?: NodeJS.ReadableStream;
  /** HTTP fetch settings (maxBytes: cap on one response as sent, over the general maxBytes). */
  fetch?: {
    timeoutMs?: number;
    maxRedirects?: number;
    userAgent?: string;
    maxBytes?: number;
    /** The undici dispatcher requests go through (the API passes its public-only guard). */
    dispatcher?: Dispatcher;
  };
  /**
   * Soft problems that belong to no document (a directory with no pages, a symlink loop skipped).
   * Default: one line on process.stderr.
   */
  onWarning?: (input: string, warning: Warning) => void;
}
