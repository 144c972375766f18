/**
 * Small text helpers shared by the metadata fields: entity decoding (JSON-LD and double-encoded
 * attributes carry raw entities), whitespace collapsing, comparison keys and casing.
 */
import { Parser } from 'htmlparser2';

/** Strings longer than this are not metadata values; they are cut before decoding. */
const MAX_VALUE_CHARS = 2_000;

/** Decodes HTML entities with htmlparser2's decoder (every named entity, numeric ones, no tags). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const parts: string[] = [];
  const parser = new Parser({ ontext: (t) => parts.push(t) }, { decodeEntities: true });
  // Escape '<' so nothing is read as a tag; the decoder turns it back into '<'.
  parser.end(s.replace(/</g, '&lt;'));
  return parts.join('');
}

/**
 * A metadata value as people read it: entities decoded (twice at most: "&amp;#8217;" is common in
 * WordPress output), control characters and runs of whitespace collapsed, trimmed.
 */
export function cleanText(s: string | null | undefined): string {
  if (!s) return '';
  let t = s.length > MAX_VALUE_CHARS ? s.slice(0, MAX_VALUE_CHARS) : s;
  for (let i = 0; i < 2 && /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i.test(t); i++)
    t = decodeEntities(t);
  return t
    .replace(/[\u0000-\u001f\u007f\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A comparison key: lower-cased letters and digits only, so "Storm hits coast!" ≈ "storm hits coast". */
export function compareKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "JANE DOE" → "Jane Doe", "MARK O'NEILL" → "Mark O'Neill", "JEAN-PAUL" → "Jean-Paul". */
export function titleCaseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** True when a string has letters and none of them is lower case ("JANE DOE", not "dpa"). */
export function isShouting(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}
