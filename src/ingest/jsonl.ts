/**
 * JSONL documents: one JSON object per line, `{"id"?, "url"?, "title"?, "published"?, "text"? | "html"?}`.
 * Each line is checked at the boundary; a bad line is an error item (`bad-json`), the rest go on.
 */
import { DatelineError, type Warning } from '../doc/errors.js';
import { checkUrl, redactUrl } from './fetch.js';
import type { InputItem, RawDocument } from './types.js';

/** The string fields a line may carry; any other key is ignored (lines often carry more). */
const STRING_FIELDS = ['id', 'url', 'title', 'published', 'text', 'html'] as const;

/** ISO 8601 date or date-time, as --published takes it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A preview of bad input in a message: short, one line. */
function preview(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

/** One line → a RawDocument, or the reason it is not one. `input` is `path:line`. */
export function parseJsonlLine(line: string, input: string): InputItem {
  const fail = (message: string, id?: string): InputItem => ({
    ok: false,
    input,
    ...(id !== undefined ? { id } : {}),
    error: new DatelineError('bad-json', message),
  });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    const msg = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, input, error: new DatelineError('bad-json', `not JSON: ${msg}`, { cause }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(`a line must be a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : undefined;
  for (const key of STRING_FIELDS) {
    const v = o[key];
    if (v !== undefined && v !== null && typeof v !== 'string')
      return fail(`"${key}" must be a string, got ${Array.isArray(v) ? 'an array' : typeof v}`, id);
  }
  const str = (k: (typeof STRING_FIELDS)[number]): string | undefined =>
    typeof o[k] === 'string' ? (o[k] as string) : undefined;
  const text = str('text');
  const html = str('html');
  if (text === undefined && html === undefined) return fail('a line needs "text" or "html"', id);
  if (text !== undefined && html !== undefined) return fail('give "text" or "html", not both', id);
  const published = str('published');
  if (published !== undefined && (!ISO_DATE.test(published) || Number.isNaN(Date.parse(published))))
    return fail(`"published" must be an ISO 8601 date such as 2015-11-17, got ${preview(published)}`, id);
  const warnings: Warning[] = [];
  let url: string | undefined;
  const rawUrl = str('url');
  if (rawUrl !== undefined) {
    try {
      url = checkUrl(rawUrl, warnings).href;
    } catch {
      return fail(`"url" must be an http(s) URL, got ${preview(redactUrl(rawUrl))}`, id);
    }
  }
  const content = (html ?? text)!.replaceAll('\0', '').replace(/\r\n?/g, '\n');
  if (!content.trim())
    return {
      ok: false,
      input,
      ...(id !== undefined ? { id } : {}),
      error: new DatelineError(
        'empty-input',
        `the line's "${html !== undefined ? 'html' : 'text'}" is empty`,
      ),
    };
  const title = str('title');
  const doc: RawDocument = {
    input,
    ...(id !== undefined ? { id } : {}),
    url: url ?? null,
    ...(title !== undefined ? { title } : {}),
    ...(published !== undefined ? { published } : {}),
    kind: html !== undefined ? 'html' : 'text',
    content,
    warnings,
  };
  return { ok: true, doc };
}

/** Every document of a JSONL text, in line order; blank lines are skipped. */
export function* parseJsonl(text: string, name: string): Generator<InputItem> {
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lineNo++;
    const line = text.slice(start, end).trim();
    if (line) yield parseJsonlLine(line, `${name}:${lineNo}`);
    if (nl === -1) break;
    start = nl + 1;
  }
}
