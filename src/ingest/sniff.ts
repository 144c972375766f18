/**
 * Looking at bytes before trusting them: gzip magic, binary formats, markup vs text vs JSONL.
 * Pure functions over a Buffer head or a decoded string.
 */
import { INPUT_LIMITS, type InputFormat } from './limits.js';

/** Magic numbers of formats that are never pages, with the name used in the error message. */
export const BINARY_MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[]; offset?: number }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic[i]) return false;
  return true;
}

/** A UTF-16 text has a NUL in every other byte; don't mistake it for binary. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Why these bytes are not text, or null when they may be: a known magic number, or a high share of
 * control bytes (not tab, LF, FF, CR, ESC) in the head. UTF-16 with a BOM is text.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const m of BINARY_MAGIC) if (startsWith(bytes, m.bytes, m.offset)) return `looks like a ${m.name}`;
  if (utf16Bom(bytes)) return null;
  const n = Math.min(bytes.length, INPUT_LIMITS.sniffBytes);
  if (n === 0) return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (control >= INPUT_LIMITS.minControlBytes && control / n > INPUT_LIMITS.maxControlShare)
    return `${Math.round((100 * control) / n)}% of its first ${n} bytes are control characters`;
  return null;
}

/** Markup: a doctype or a structural tag, or text that opens with a tag and closes one. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, INPUT_LIMITS.sniffBytes);
  if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(head)) return true;
  return /^\s*<[a-z!?]/i.test(head) && /<\/[a-z][a-z0-9]*\s*>/i.test(head);
}

/** JSONL: at least one non-empty line, and every non-empty line is a JSON object. */
export function looksLikeJsonl(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  let seen = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line[0] !== '{' || line[line.length - 1] !== '}') return false;
    try {
      const v: unknown = JSON.parse(line);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    } catch {
      return false; // not JSON: the text is not JSONL, which is the answer, not an error
    }
    seen = true;
  }
  return seen;
}

/** The format of content with no telling file name (stdin, an unknown extension). */
export function sniffFormat(text: string): InputFormat {
  if (looksLikeJsonl(text)) return 'jsonl';
  if (looksLikeHtml(text)) return 'html';
  return 'text';
}
