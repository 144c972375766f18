/**
 * Reading bytes with a cap: files (one allocation when the size is known), streams (stdin, HTTP
 * bodies), and decompression with a cap on the output (gzip bombs).
 */
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import {
  brotliDecompress,
  brotliDecompressSync,
  gunzip,
  gunzipSync,
  inflate,
  inflateRaw,
  inflateRawSync,
  inflateSync,
  type ZlibOptions,
} from 'node:zlib';
import { DatelineError } from '../doc/errors.js';

const gunzipAsync = promisify<Buffer, ZlibOptions, Buffer>(gunzip);
const inflateAsync = promisify<Buffer, ZlibOptions, Buffer>(inflate);
const inflateRawAsync = promisify<Buffer, ZlibOptions, Buffer>(inflateRaw);
const brotliAsync = promisify<Buffer, ZlibOptions, Buffer>(brotliDecompress);

/** Chunk size for files whose size is unknown (pipes, devices). */
const CHUNK = 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

function tooLarge(what: string, cap: number): DatelineError {
  return new DatelineError('too-large', `${what} is over the ${formatBytes(cap)} cap`);
}

/**
 * A file's bytes, at most `cap` of them (too-large past it, before reading when the size is known).
 * Errors are coded: not-found, unreadable, too-large.
 */
export async function readFileCapped(path: string, cap: number): Promise<Buffer> {
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(path, 'r');
  } catch (cause) {
    throw fsError(cause, path);
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory()) throw new DatelineError('unreadable', `${path} is a directory`);
    // Regular files with a size: one allocation. Size 0 may still have content (/proc): read on.
    if (st.isFile() && st.size > 0) {
      if (st.size > cap) throw tooLarge(`the file (${formatBytes(st.size)})`, cap);
      const buf = Buffer.allocUnsafe(st.size);
      let filled = 0;
      while (filled < st.size) {
        const { bytesRead } = await fh.read(buf, filled, st.size - filled, filled);
        if (bytesRead === 0) break; // shrank while reading: keep what is there
        filled += bytesRead;
      }
      // Grew while reading: a snapshot is fine unless it is now over the cap.
      const probe = Buffer.allocUnsafe(1);
      const more = await fh.read(probe, 0, 1, filled);
      if (more.bytesRead > 0 && st.size >= cap) throw tooLarge('the file', cap);
      return filled === st.size ? buf : buf.subarray(0, filled);
    }
    // Pipes, devices, /proc: read in chunks until EOF or the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await fh.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > cap) throw tooLarge('the input', cap);
      chunks.push(bytesRead === CHUNK ? chunk : chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (cause) {
    throw cause instanceof DatelineError ? cause : fsError(cause, path);
  } finally {
    await fh.close();
  }
}

function fsError(cause: unknown, path: string): DatelineError {
  const code = (cause as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new DatelineError('not-found', `no such file or directory: ${path}`, { cause });
  if (code === 'EACCES' || code === 'EPERM')
    return new DatelineError('unreadable', `permission denied: ${path}`, { cause });
  if (code === 'EISDIR') return new DatelineError('unreadable', `${path} is a directory`, { cause });
  const msg = cause instanceof Error ? cause.message : String(cause);
  return new DatelineError('unreadable', `cannot read ${path}: ${msg}`, { cause });
}

/** A stream's bytes, at most `cap` (the stream is destroyed past it). */
export async function readStreamCapped(
  stream: AsyncIterable<unknown> & { destroy?: (err?: Error) => void },
  cap: number,
  what = 'the input',
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    if (total > cap) {
      stream.destroy?.();
      throw tooLarge(what, cap);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

export type Coding = 'gzip' | 'deflate' | 'br';

/**
 * Output chunk of one decompression: about the expected output (HTML inflates ≈ 5–8×), within
 * [64 KiB, 1 MiB]. zlib's default 16 KiB meant a dozen callbacks and copies per page (ingesting the
 * 181 scrapinghub pages: 75–85 ms of CPU in gunzip, 48–55 ms with this); the bytes are the same.
 */
const CHUNK_MIN = 64 * 1024;
const CHUNK_MAX = 1024 * 1024;
const EXPECTED_RATIO = 8;

export function outputChunk(inputLength: number): number {
  return Math.min(CHUNK_MAX, Math.max(CHUNK_MIN, inputLength * EXPECTED_RATIO));
}

/**
 * Outputs up to this size are first inflated synchronously: the asynchronous call builds a zlib stream
 * per input, and that machinery cost more CPU than the inflate itself (gunzip of the 181 scrapinghub
 * pages: 54–65 ms async, 38–46 ms sync). 4 MiB blocks the thread for a few milliseconds at most;
 * larger outputs, and every failure, go to the thread pool as before.
 */
export const SYNC_OUTPUT_MAX = 4 * 1024 * 1024;

type Inflate = (bytes: Buffer, opts: ZlibOptions) => Buffer;
type InflateAsync = (bytes: Buffer, opts: ZlibOptions) => Promise<Buffer>;

/** Whether an error is zlib's own (corrupt data, or past maxOutputLength), not a bug of ours. */
const isZlibError = (err: unknown): boolean => {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code === 'ERR_BUFFER_TOO_LARGE');
};

/**
 * One decompression: synchronous when it succeeds within SYNC_OUTPUT_MAX, else asynchronous with the
 * caller's cap. A synchronous zlib failure is not reported: the asynchronous run decides, so bytes,
 * errors and their codes are exactly those of the asynchronous call (the two differ on which of "too
 * large" and "truncated" they report first). Any other error is rethrown. `syncFirst` false (a gzip
 * trailer announcing more than SYNC_OUTPUT_MAX) goes straight to the asynchronous call.
 */
async function inflateWith(
  sync: Inflate,
  async: InflateAsync,
  bytes: Buffer,
  cap: number,
  chunkSize: number,
  syncFirst = true,
): Promise<Buffer> {
  if (syncFirst) {
    try {
      return sync(bytes, { maxOutputLength: Math.min(cap, SYNC_OUTPUT_MAX), chunkSize });
    } catch (err) {
      // Over SYNC_OUTPUT_MAX, or corrupt: the asynchronous run below gives the answer (and the error).
      if (!isZlibError(err)) throw err;
    }
  }
  return async(bytes, { maxOutputLength: cap, chunkSize });
}

/**
 * Whether a gzip member's trailer (ISIZE: the input size mod 2^32, last four bytes) announces an output
 * small enough for the synchronous path. Only a hint: a lying trailer costs at most one capped attempt.
 */
export function gzipFitsSync(bytes: Buffer): boolean {
  return bytes.length < 18 || bytes.readUInt32LE(bytes.length - 4) <= SYNC_OUTPUT_MAX;
}

/** Decompresses with a cap on the output: bad-gzip when corrupt, too-large past the cap. */
export async function decompress(bytes: Buffer, coding: Coding, cap: number): Promise<Buffer> {
  const chunkSize = outputChunk(bytes.length);
  try {
    if (coding === 'gzip')
      return await inflateWith(gunzipSync, gunzipAsync, bytes, cap, chunkSize, gzipFitsSync(bytes));
    if (coding === 'br') return await inflateWith(brotliDecompressSync, brotliAsync, bytes, cap, chunkSize);
    // "deflate" is zlib-wrapped by the spec, raw by some servers: try both.
    try {
      return await inflateWith(inflateSync, inflateAsync, bytes, cap, chunkSize);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw err;
      return await inflateWith(inflateRawSync, inflateRawAsync, bytes, cap, chunkSize);
    }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw new DatelineError('too-large', `decompressed, the input is over the ${formatBytes(cap)} cap`, {
        cause,
      });
    const msg = cause instanceof Error ? cause.message : String(cause);
    throw new DatelineError('bad-gzip', `corrupt ${coding} data: ${msg}`, { cause });
  }
}
