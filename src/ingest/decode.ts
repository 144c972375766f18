/**
 * Bytes → text, with the charset found the way browsers find it.
 *
 * 1. A byte-order mark (UTF-8, UTF-16LE/BE) decides, and is dropped.
 * 2. Else the declared charsets, in order: the HTTP Content-Type header (when fetched), then
 *    `<meta charset>` / `<meta http-equiv=content-type>` / `<?xml encoding?>` in the first 4 KB (HTML).
 * 3. Bytes that are valid UTF-8 with non-ASCII characters are UTF-8, whatever was declared: legacy
 *    text is almost never valid UTF-8 by chance, and "declared Latin-1, really UTF-8" is the common lie.
 * 4. Else the first declared charset that decodes the bytes without error wins.
 * 5. Else a guess from the bytes: Cyrillic text (windows-1251 or KOI8-R, told apart by where the
 *    lowercase letters fall), otherwise windows-1252 (what browsers assume; it maps every byte).
 * When the first declaration was not the charset used, a `charset-mismatch` warning says so.
 * Finally NUL bytes are removed and CRLF / CR line ends become LF.
 */
import { type Warning, warning } from '../doc/errors.js';
import { INPUT_LIMITS } from './limits.js';

export interface DecodeOptions {
  /** The Content-Type header of a fetched page (its charset parameter is the first declaration). */
  contentType?: string | null;
  /** Look for <meta charset> in the head (HTML, and sniffed content that may be HTML). */
  html?: boolean;
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used (e.g. utf-8, windows-1252, shift_jis). */
  charset: string;
  warnings: Warning[];
}

/** Fallback for bytes that are neither UTF-8 nor any declared charset. */
const FALLBACK_CHARSET = 'windows-1252';

/** The legacy-charset guess reads this much: enough letters to count, fast on a 50 MB page. */
const GUESS_SAMPLE_BYTES = 64 * 1024;
/** Letters ≥ 0xC0 outnumbering ASCII letters: a non-Latin script (French has ~3% accented letters). */
const NON_LATIN_SHARE = 0.5;
/** At least this many such bytes before guessing a script: short texts are left to windows-1252. */
const MIN_SCRIPT_BYTES = 20;
/** Share of those bytes in one case range that marks a Cyrillic charset (running text is ~90% lowercase). */
const LOWERCASE_SHARE = 0.6;

const BOMS: ReadonlyArray<{ bytes: readonly number[]; charset: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const warnings: Warning[] = [];
  // 1. BOM.
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.bytes.length), bom.charset);
    return {
      text: cleanText(text, warnings, bytes.subarray(bom.bytes.length), bom.charset),
      charset: bom.charset,
      warnings,
    };
  }

  // 2. Declarations.
  const declared: Array<{ label: string; source: string }> = [];
  const header = opts.contentType ? charsetFromContentType(opts.contentType) : null;
  if (header) declared.push({ label: header, source: 'the Content-Type header' });
  if (opts.html) {
    const meta = charsetFromMeta(bytes);
    if (meta) declared.push({ label: meta, source: 'the page' });
  }
  const candidates: Array<{ charset: string; source: string; label: string }> = [];
  for (const d of declared) {
    const charset = resolveCharset(d.label, d.source === 'the page');
    if (charset) candidates.push({ charset, source: d.source, label: d.label });
    else warnings.push(warning('charset-unknown', `unknown charset "${d.label}" declared in ${d.source}`));
  }

  let chosen: string | null = null;
  let text: string | null = null;
  if (!hasHighBytes(bytes)) {
    // Pure 7-bit: every ASCII-compatible charset agrees; a 7-bit one (ISO-2022-JP) still decodes right.
    chosen = candidates[0]?.charset ?? 'utf-8';
    text = decodeAs(bytes, chosen);
  } else {
    // 3. Valid UTF-8 wins.
    text = tryDecode(bytes, 'utf-8');
    if (text !== null) chosen = 'utf-8';
    // 4. The first declaration that fits.
    for (const c of candidates) {
      if (chosen) break;
      if (c.charset === 'utf-8') continue;
      text = tryDecode(bytes, c.charset);
      if (text !== null) chosen = c.charset;
    }
    // 5. Guess.
    if (!chosen || text === null) {
      chosen = guessLegacyCharset(bytes);
      text = decodeAs(bytes, chosen);
    }
    const wrong = candidates[0];
    if (wrong && wrong.charset !== chosen)
      warnings.push(
        warning(
          'charset-mismatch',
          `${wrong.source} declares ${wrong.label} but the bytes are not ${wrong.charset}; decoded as ${chosen}`,
        ),
      );
  }
  return { text: cleanText(text, warnings, bytes, chosen), charset: chosen, warnings };
}

/**
 * A guess for undeclared, non-UTF-8 bytes. Cyrillic pages are the common case browsers get wrong:
 * in windows-1251 lowercase letters are 0xE0–0xFF, in KOI8-R 0xC0–0xDF, and running text is mostly
 * lowercase. Everything else is windows-1252. (Greek or CJK legacy pages without a declaration are
 * not recognised: they come out as windows-1252.)
 */
export function guessLegacyCharset(bytes: Uint8Array): string {
  const n = Math.min(bytes.length, GUESS_SAMPLE_BYTES);
  let ascii = 0;
  let upperHalf = 0; // 0xC0–0xDF
  let lowerHalf = 0; // 0xE0–0xFF
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
    else if (b >= 0xe0) lowerHalf++;
    else if (b >= 0xc0) upperHalf++;
  }
  const high = upperHalf + lowerHalf;
  if (high < MIN_SCRIPT_BYTES || high / (high + ascii) < NON_LATIN_SHARE) return FALLBACK_CHARSET;
  if (lowerHalf / high >= LOWERCASE_SHARE) return 'windows-1251';
  if (upperHalf / high >= LOWERCASE_SHARE) return 'koi8-r';
  return FALLBACK_CHARSET;
}

/** The WHATWG encoding for a label, or null when unknown. A page's own UTF-16 claim means UTF-8 (HTML spec). */
export function resolveCharset(label: string, fromPage = false): string | null {
  try {
    const enc = new TextDecoder(label.trim()).encoding;
    if (fromPage && enc.startsWith('utf-16')) return 'utf-8';
    return enc;
  } catch {
    return null; // unknown or unsupported label: the caller warns
  }
}

export function charsetFromContentType(contentType: string): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(contentType);
  const label = (m?.[1] ?? m?.[2] ?? '').trim();
  return label || null;
}

/** <meta charset>, <meta http-equiv content="...; charset=...">, or an XML declaration, in the head. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, INPUT_LIMITS.metaScanBytes))
    .toString('latin1')
    .replace(/<!--[\s\S]*?(-->|$)/g, '');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!.trim();
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\scharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct) return direct[1]!;
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
      const label = content ? charsetFromContentType(content[1] ?? content[2] ?? '') : null;
      if (label) return label;
    }
  }
  return null;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * windows-1252 bytes 0x80–0x9F (WHATWG table; the five unassigned ones map to themselves).
 * Node 20's ICU TextDecoder drops these bytes instead of mapping them, so we decode 1252 ourselves.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Lenient decoding (replacement characters for invalid bytes). */
function decodeAs(bytes: Uint8Array, charset: string): string {
  return charset === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(charset).decode(bytes);
}

/** Strict decoding: null when the bytes are not valid in this charset. */
function tryDecode(bytes: Uint8Array, charset: string): string | null {
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null; // invalid in this charset: the caller tries the next one
  }
}

/**
 * Charsets in which U+0000 and U+000D come only from the bytes 0x00 and 0x0D (and every other byte
 * decodes to something else, U+FFFD included): the bytes tell whether the text holds any.
 */
const BYTE_EXACT_CONTROLS: ReadonlySet<string> = new Set(['utf-8', 'windows-1252']);

/**
 * NUL bytes are never content; CRLF and lone CR are line ends. Copies only when needed. When the charset
 * allows, the bytes are searched instead of the text (a native byte scan instead of two scans of a
 * string that is twice the size and mostly two-byte).
 */
function cleanText(text: string, warnings: Warning[], bytes: Uint8Array, charset: string): string {
  if (BYTE_EXACT_CONTROLS.has(charset)) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (buf.indexOf(0) < 0 && buf.indexOf(13) < 0) return text;
  }
  let out = text;
  if (out.includes('\0')) {
    out = out.replaceAll('\0', '');
    warnings.push(warning('nul-bytes', 'NUL bytes were removed from the input'));
  }
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  return out;
}
