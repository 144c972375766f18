/**
 * Structured body hints: the JSON-LD articleBody a page publishes about itself.
 */
import { CONTENT_TUNABLES as T, JSONLD_BODY_KEYS } from './settings.js';

/** The longest articleBody (or text) string found in the page's JSON-LD, or null. */
export function jsonLdArticleBody(scripts: readonly string[]): string | null {
  let best: string | null = null;
  for (const raw of scripts) {
    if (raw.length > T.MAX_JSONLD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // a broken JSON-LD block says nothing; the DOM result stands
    }
    // Iterative walk over objects and arrays (bounded: each value is visited once).
    const stack: unknown[] = [data];
    let visited = 0;
    while (stack.length && visited++ < 50_000) {
      const v = stack.pop();
      if (Array.isArray(v)) for (const x of v) stack.push(x);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        for (const key of JSONLD_BODY_KEYS) {
          const s = o[key];
          if (typeof s === 'string' && s.length > (best?.length ?? 0)) best = s;
        }
        for (const x of Object.values(o)) if (x && typeof x === 'object') stack.push(x);
      }
    }
  }
  return best ? cleanStructuredText(best) : null;
}

/** JSON-LD bodies may carry markup and entities; keep paragraphs, collapse the rest. */
export function cleanStructuredText(s: string): string {
  return s
    .replace(/<\/(p|div|h\d|li|blockquote)>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
