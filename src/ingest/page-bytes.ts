/**
 * Bytes of one fetched page or WARC payload → ingest items, the way readInputs treats a file:
 * gzip undone (capped), binary refused, charset cascade (Content-Type first), format from the
 * Content-Type or sniffed; JSONL splits into one document per line.
 */
import { DatelineError, toDatelineError } from '../doc/errors.js';
import { contentHash } from '../store/dedup.js';
import { decompress } from './bytes.js';
import { decodeBytes } from './decode.js';
import { parseJsonl } from './jsonl.js';
import { INPUT_LIMITS, type InputFormat } from './limits.js';
import { binaryReason, isGzip, sniffFormat } from './sniff.js';
import type { IngestItem } from './ingest-sources.js';
import type { InputOptions } from './types.js';

export interface PageSource {
  input: string;
  url: string | null;
  contentType: string | null;
  fetchedAt: string;
}

function formatOf(contentType: string | null): InputFormat | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  return undefined;
}

export async function* bytesToItems(
  raw: Buffer,
  src: PageSource,
  opts: InputOptions,
): AsyncGenerator<IngestItem> {
  try {
    let bytes = raw;
    if (bytes.length === 0) throw new DatelineError('empty-input', 'the page is empty (0 bytes)');
    if (isGzip(bytes))
      bytes = await decompress(bytes, 'gzip', opts.maxDecodedBytes ?? INPUT_LIMITS.maxDecodedBytes);
    const binary = binaryReason(bytes);
    if (binary) throw new DatelineError('binary-input', `not text: ${binary}`);
    const declared = formatOf(src.contentType);
    const decoded = decodeBytes(bytes, { contentType: src.contentType, html: declared !== 'jsonl' });
    if (!decoded.text.trim()) throw new DatelineError('empty-input', 'the page holds no text');
    const format = declared ?? sniffFormat(decoded.text);
    if (format === 'jsonl') {
      for (const item of parseJsonl(decoded.text, src.input)) {
        if (!item.ok) yield item;
        else
          yield {
            ok: true,
            doc: { ...item.doc, charset: decoded.charset },
            contentHash: contentHash(item.doc.kind, item.doc.content),
            fetchedAt: src.fetchedAt,
          };
      }
      return;
    }
    const doc = {
      input: src.input,
      url: src.url,
      kind: format,
      content: decoded.text,
      charset: decoded.charset,
      warnings: decoded.warnings,
    };
    yield { ok: true, doc, contentHash: contentHash(doc.kind, doc.content), fetchedAt: src.fetchedAt };
  } catch (err) {
    yield { ok: false, input: src.input, error: toDatelineError(err) };
  }
}
