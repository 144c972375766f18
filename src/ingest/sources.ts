/**
 * Inputs → RawDocuments, in input order, one item per document; a bad input is an error item and
 * the batch goes on.
 *
 * 1. Classify each spec: `-` (standard input), a URL (a scheme before a colon), else a path.
 * 2. Paths: a directory is walked (walk.ts); a file is read with a size cap (bytes.ts).
 *    URLs are fetched politely (fetch.ts); stdin is read with the same cap.
 * 3. Bytes → documents (toDocuments): empty? gzip (by name or magic, output capped)? binary?
 *    Then the format: from the file name or Content-Type, else sniffed (sniff.ts).
 * 4. Decode with the charset cascade (decode.ts); JSONL splits into one document per line (jsonl.ts).
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DatelineError, toDatelineError, type Warning, warning } from '../doc/errors.js';
import { decompress, readFileCapped, readStreamCapped } from './bytes.js';
import { decodeBytes } from './decode.js';
import { fetchUrl, looksLikeUrl, redactUrl } from './fetch.js';
import { parseJsonl } from './jsonl.js';
import { FORMAT_BY_EXTENSION, INPUT_LIMITS, type InputFormat } from './limits.js';
import { binaryReason, isGzip, sniffFormat } from './sniff.js';
import type { InputItem, InputOptions } from './types.js';
import { walkDir } from './walk.js';

export async function* readInputs(specs: string[], opts: InputOptions = {}): AsyncGenerator<InputItem> {
  const onWarning = opts.onWarning ?? printWarning;
  for (const spec of specs) {
    // 1–2.
    if (spec === '-') yield* guard('-', () => readStdin(opts));
    else if (looksLikeUrl(spec)) yield* guard(redactUrl(spec), () => readUrl(spec, opts));
    else yield* readPath(spec, opts, onWarning);
  }
}

function printWarning(input: string, w: Warning): void {
  process.stderr.write(`dateline: warning: ${input}: ${w.message}\n`);
}

/** Runs one input's reader; anything it throws becomes that input's error item. */
async function* guard(input: string, read: () => AsyncGenerator<InputItem>): AsyncGenerator<InputItem> {
  try {
    yield* read();
  } catch (err) {
    yield { ok: false, input, error: toDatelineError(err) };
  }
}

async function* readPath(
  spec: string,
  opts: InputOptions,
  onWarning: (input: string, w: Warning) => void,
): AsyncGenerator<InputItem> {
  let isDir = false;
  try {
    isDir = (await stat(spec)).isDirectory();
  } catch {
    isDir = false; // readFile below reports not-found / unreadable with the right code
  }
  if (!isDir) {
    yield* guard(spec, () => readFile(spec, opts));
    return;
  }
  let found = 0;
  for await (const entry of walkDir(spec, {
    onSkip: (path, reason) => onWarning(path, warning('skipped', reason)),
  })) {
    if (!entry.ok) {
      yield { ok: false, input: entry.input, error: entry.error };
      continue;
    }
    found++;
    yield* guard(entry.path, () => readFile(entry.path, opts));
  }
  if (found === 0)
    onWarning(
      spec,
      warning('empty-directory', `no .html, .htm, .xhtml, .txt or .jsonl files (or .gz) under ${spec}`),
    );
}

/** The format a file name promises, `.gz` aside; undefined for an unknown extension. */
export function formatFromName(path: string): { format: InputFormat | undefined; gzipped: boolean } {
  const name = basename(path).toLowerCase();
  const gzipped = name.endsWith('.gz');
  const inner = gzipped ? name.slice(0, -3) : name;
  const dot = inner.lastIndexOf('.');
  const format = dot > 0 ? FORMAT_BY_EXTENSION[inner.slice(dot)] : undefined;
  return { format, gzipped };
}

async function* readFile(path: string, opts: InputOptions): AsyncGenerator<InputItem> {
  const bytes = await readFileCapped(path, opts.maxBytes ?? INPUT_LIMITS.maxBytes);
  const { format, gzipped } = formatFromName(path);
  yield* toDocuments(bytes, { input: path, format, gzipped, url: opts.url ?? null }, opts);
}

async function* readStdin(opts: InputOptions): AsyncGenerator<InputItem> {
  if (!opts.stdin) throw new DatelineError('unreadable', 'no standard input to read');
  const bytes = await readStreamCapped(
    opts.stdin as AsyncIterable<unknown>,
    opts.maxBytes ?? INPUT_LIMITS.maxBytes,
    'standard input',
  );
  yield* toDocuments(bytes, { input: '-', format: undefined, gzipped: false, url: opts.url ?? null }, opts);
}

async function* readUrl(spec: string, opts: InputOptions): AsyncGenerator<InputItem> {
  const f = opts.fetch ?? {};
  const maxBytes = f.maxBytes ?? opts.maxBytes;
  const res = await fetchUrl(spec, {
    ...f,
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(opts.maxDecodedBytes !== undefined ? { maxDecodedBytes: opts.maxDecodedBytes } : {}),
  });
  const type = (res.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const path = new URL(res.url).pathname;
  const format: InputFormat | undefined =
    type === 'text/html' || type === 'application/xhtml+xml'
      ? 'html'
      : type === 'application/x-ndjson' || type === 'application/jsonl' || /\.jsonl(\.gz)?$/i.test(path)
        ? 'jsonl'
        : undefined;
  yield* toDocuments(
    res.bytes,
    {
      input: redactUrl(spec),
      format,
      gzipped: false,
      url: res.url,
      contentType: res.contentType,
      warnings: res.warnings,
    },
    opts,
  );
}

interface Source {
  /** The record's `input`: path, URL, or `-`. */
  input: string;
  /** From the name or Content-Type; undefined: sniff. */
  format: InputFormat | undefined;
  /** The name says gzip: the bytes must be gzip. */
  gzipped: boolean;
  url: string | null;
  contentType?: string | null;
  warnings?: Warning[];
}

/** Bytes → documents (step 3–4 of the recipe). */
async function* toDocuments(raw: Buffer, src: Source, opts: InputOptions): AsyncGenerator<InputItem> {
  let bytes = raw;
  if (bytes.length === 0) throw new DatelineError('empty-input', 'the input is empty (0 bytes)');
  if (src.gzipped && !isGzip(bytes))
    throw new DatelineError('bad-gzip', 'the name ends in .gz but the content is not gzip data');
  if (isGzip(bytes)) {
    bytes = await decompress(bytes, 'gzip', opts.maxDecodedBytes ?? INPUT_LIMITS.maxDecodedBytes);
    if (bytes.length === 0) throw new DatelineError('empty-input', 'the input decompresses to nothing');
  }
  const binary = binaryReason(bytes);
  if (binary) throw new DatelineError('binary-input', `not text: ${binary}`);

  const decoded = decodeBytes(bytes, {
    contentType: src.contentType ?? null,
    html: src.format !== 'text' && src.format !== 'jsonl',
  });
  if (!decoded.text.trim())
    throw new DatelineError('empty-input', 'the input holds no text (only whitespace)');
  const format = src.format ?? sniffFormat(decoded.text);
  const warnings = [...(src.warnings ?? []), ...decoded.warnings];
  if (format === 'jsonl') {
    for (const item of parseJsonl(decoded.text, src.input)) {
      if (item.ok)
        yield {
          ok: true,
          doc: { ...item.doc, charset: decoded.charset, warnings: [...warnings, ...item.doc.warnings] },
        };
      else yield item;
    }
    return;
  }
  yield {
    ok: true,
    doc: {
      input: src.input,
      url: src.url,
      kind: format,
      content: decoded.text,
      charset: decoded.charset,
      warnings,
    },
  };
}
