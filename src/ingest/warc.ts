/**
 * WARC files (ISO 28500; `.warc` or `.warc.gz` with one gzip member per record, as in Common Crawl's
 * news crawl) → one ingest item per HTML response.
 *
 * 1. Stream the file (gunzipped when it is gzip: members follow each other, Node reads them all).
 * 2. Cut records: a `WARC/1.x` line, named headers, a blank line, Content-Length bytes, CRLF CRLF.
 *    A malformed record is one error item; the parser resynchronises on the next `WARC/` line.
 * 3. Keep `WARC-Type: response` records with an HTTP message: status line, headers, body. Others
 *    (request, metadata, warcinfo, revisit) and non-2xx or non-text responses are skipped quietly.
 * 4. Undo chunking and the content coding, then decode like any page (page-bytes.ts), with
 *    WARC-Target-URI as the URL and WARC-Date as the fetch time.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { DatelineError } from '../doc/errors.js';
import { type Coding, decompress } from './bytes.js';
import type { IngestItem } from './ingest-sources.js';
import { INPUT_LIMITS } from './limits.js';
import { bytesToItems } from './page-bytes.js';
import { isGzip } from './sniff.js';
import type { InputOptions } from './types.js';

export const WARC_LIMITS = {
  /** 50 MB per record: a news page response is well under 5 MB; bigger is a video or a dump. */
  maxRecordBytes: 50 * 1024 * 1024,
  /** 64 KB of WARC headers: real ones are under 2 KB. */
  maxHeaderBytes: 64 * 1024,
} as const;

export interface WarcRecord {
  /** 1-based position in the file. */
  index: number;
  headers: Map<string, string>;
  payload: Buffer;
}

export type WarcItem = { ok: true; record: WarcRecord } | { ok: false; index: number; error: DatelineError };

const CRLF2 = Buffer.from('\r\n\r\n');
const LF2 = Buffer.from('\n\n');
const MAGIC = Buffer.from('WARC/');

/** Where a header block ends (index after the blank line), or -1. */
function headerEnd(buf: Buffer, from = 0): number {
  const a = buf.indexOf(CRLF2, from);
  const b = buf.indexOf(LF2, from);
  if (a < 0 && b < 0) return -1;
  if (a < 0) return b + 2;
  if (b < 0) return a + 4;
  return a < b ? a + 4 : b + 2;
}

/** Header lines → lower-case name → value (continuation lines folded). */
export function parseHeaderLines(lines: string[]): Map<string, string> {
  const out = new Map<string, string>();
  let last = '';
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) {
      out.set(last, `${out.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    out.set(last, line.slice(colon + 1).trim());
  }
  return out;
}

/** Records of a WARC byte stream, errors in place; never throws for bad content. */
export async function* warcRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<WarcItem> {
  let buf: Buffer = Buffer.alloc(0);
  let index = 0;
  let skip = 0;
  let ended = false;
  const it = chunks[Symbol.asyncIterator]();
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    const r = await it.next();
    if (r.done) {
      ended = true;
      return false;
    }
    buf = buf.length ? Buffer.concat([buf, r.value]) : r.value;
    return true;
  };
  /** Drops bytes up to the next line starting with WARC/ (after a bad record). */
  const resync = async (from: number) => {
    for (;;) {
      let at = buf.indexOf(MAGIC, from);
      while (at > 0 && buf[at - 1] !== 0x0a) at = buf.indexOf(MAGIC, at + 1);
      if (at >= 0) {
        buf = buf.subarray(at);
        return;
      }
      buf = buf.subarray(Math.max(0, buf.length - MAGIC.length));
      from = 1;
      if (!(await more())) {
        buf = Buffer.alloc(0);
        return;
      }
    }
  };
  for (;;) {
    // Skip the bytes of an oversized record, and blank lines between records.
    while (skip > 0) {
      if (!buf.length && !(await more())) return;
      const n = Math.min(skip, buf.length);
      buf = buf.subarray(n);
      skip -= n;
    }
    let lead = 0;
    while (lead < buf.length && (buf[lead] === 0x0d || buf[lead] === 0x0a)) lead++;
    buf = buf.subarray(lead);
    if (buf.length < MAGIC.length && !(await more())) {
      if (buf.length) yield { ok: false, index: ++index, error: bad(`record ${index}: trailing garbage`) };
      return;
    }
    if (buf.length < MAGIC.length) continue;
    let end = headerEnd(buf);
    while (end < 0 && buf.length <= WARC_LIMITS.maxHeaderBytes && (await more())) end = headerEnd(buf);
    index++;
    if (!buf.subarray(0, MAGIC.length).equals(MAGIC)) {
      yield { ok: false, index, error: bad(`record ${index}: does not start with a WARC/ version line`) };
      await resync(1);
      continue;
    }
    if (end < 0) {
      yield { ok: false, index, error: bad(`record ${index}: header block never ends (truncated file?)`) };
      if (ended) return;
      await resync(1);
      continue;
    }
    const headers = parseHeaderLines(buf.subarray(0, end).toString('latin1').split(/\r?\n/).slice(1));
    const lengthText = headers.get('content-length');
    const length = lengthText !== undefined && /^\d+$/.test(lengthText) ? Number(lengthText) : NaN;
    if (!Number.isSafeInteger(length)) {
      yield { ok: false, index, error: bad(`record ${index}: missing or bad Content-Length`) };
      buf = buf.subarray(end);
      await resync(0);
      continue;
    }
    if (length > WARC_LIMITS.maxRecordBytes) {
      yield {
        ok: false,
        index,
        error: new DatelineError('too-large', `record ${index}: ${length} bytes, over the cap`),
      };
      buf = buf.subarray(end);
      skip = length;
      continue;
    }
    while (buf.length < end + length && (await more()));
    if (buf.length < end + length) {
      yield {
        ok: false,
        index,
        error: bad(`record ${index}: truncated (${buf.length - end} of ${length} bytes)`),
      };
      return;
    }
    const payload = Buffer.from(buf.subarray(end, end + length));
    buf = buf.subarray(end + length);
    yield { ok: true, record: { index, headers, payload } };
  }
}

function bad(message: string): DatelineError {
  return new DatelineError('unreadable', `bad WARC: ${message}`);
}

/** An HTTP response message → status, headers, body; null when it is not one. */
export function parseHttpResponse(
  msg: Buffer,
): { status: number; headers: Map<string, string>; body: Buffer } | null {
  const end = headerEnd(msg);
  if (end < 0) return null;
  const lines = msg.subarray(0, end).toString('latin1').split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!m) return null;
  return { status: Number(m[1]), headers: parseHeaderLines(lines.slice(1)), body: msg.subarray(end) };
}

/** Undoes chunked transfer coding; null when the body is not validly chunked. */
export function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const nl = body.indexOf('\r\n', at);
    if (nl < 0) return null;
    const size = parseInt(body.subarray(at, nl).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = nl + 2;
    if (start + size > body.length) return null;
    parts.push(body.subarray(start, start + size));
    at = start + size + 2;
  }
}

const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

async function fileChunks(path: string): Promise<AsyncIterable<Buffer>> {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(2);
  await fh.read(head, 0, 2, 0);
  await fh.close();
  const stream = createReadStream(path);
  return isGzip(head) ? stream.pipe(createGunzip()) : stream;
}

export async function* readWarc(path: string, opts: InputOptions): AsyncGenerator<IngestItem> {
  let chunks: AsyncIterable<Buffer>;
  try {
    chunks = await fileChunks(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    yield {
      ok: false,
      input: path,
      error: new DatelineError(
        code === 'ENOENT' ? 'not-found' : 'unreadable',
        `cannot read ${path}: ${code ?? cause}`,
      ),
    };
    return;
  }
  try {
    for await (const item of warcRecords(chunks)) {
      if (!item.ok) {
        yield { ok: false, input: `${path}#${item.index}`, error: item.error };
        continue;
      }
      yield* responseItems(path, item.record, opts);
    }
  } catch (cause) {
    // The stream itself failed: a corrupt or truncated gzip member. Records before it are kept.
    const msg = cause instanceof Error ? cause.message : String(cause);
    yield {
      ok: false,
      input: path,
      error: new DatelineError('bad-gzip', `WARC stream broke off: ${msg}`, { cause }),
    };
  }
}

async function* responseItems(path: string, rec: WarcRecord, opts: InputOptions): AsyncGenerator<IngestItem> {
  const input = `${path}#${rec.index}`;
  if ((rec.headers.get('warc-type') ?? '').toLowerCase() !== 'response') return;
  const http = parseHttpResponse(rec.payload);
  if (!http) {
    yield { ok: false, input, error: bad(`record ${rec.index}: the response is not an HTTP message`) };
    return;
  }
  const contentType = http.headers.get('content-type') ?? null;
  if (http.status < 200 || http.status > 299) return;
  if (contentType && !PAGE_TYPES.test(contentType)) return;
  let body = http.body;
  if (/chunked/i.test(http.headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const coding = (http.headers.get('content-encoding') ?? '').trim().toLowerCase();
  const codings: Record<string, Coding> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate', br: 'br' };
  const c = codings[coding];
  // Crawlers often store the decoded body but keep the header: decode only what still looks encoded.
  if (c && (c !== 'gzip' || isGzip(body))) {
    try {
      body = await decompress(body, c, opts.maxDecodedBytes ?? INPUT_LIMITS.maxDecodedBytes);
    } catch (err) {
      if (c === 'gzip') {
        const msg = err instanceof Error ? err.message : String(err);
        yield { ok: false, input, error: new DatelineError('bad-gzip', `record ${rec.index}: ${msg}`) };
        return;
      }
      // deflate/br already decoded by the crawler: keep the body as stored.
    }
  }
  const url = rec.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
  const date = rec.headers.get('warc-date') ?? '';
  const fetchedAt = Number.isNaN(Date.parse(date)) ? new Date().toISOString() : new Date(date).toISOString();
  yield* bytesToItems(body, { input, url, contentType, fetchedAt }, opts);
}
