/**
 * The only way the UI makes elements: text always goes in as text nodes (never parsed as HTML), attributes
 * from a fixed list, links only to http(s) or the UI's own #routes. Untrusted page content cannot run.
 */
export type Child = Node | string | number | null | undefined | false;

const ALLOWED_ATTRS = new Set([
  'class',
  'title',
  'id',
  'role',
  'type',
  'placeholder',
  'value',
  'name',
  'for',
  'lang',
  'datetime',
  'tabindex',
  'rel',
  'target',
]);

export function h(
  tag: string,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    if (k === 'href') {
      const safe = safeHref(v);
      if (safe) el.setAttribute('href', safe);
    } else if (ALLOWED_ATTRS.has(k) || k.startsWith('data-') || k.startsWith('aria-')) el.setAttribute(k, v);
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** An href that cannot run script: the UI's own routes, or absolute http(s) URLs; null otherwise. */
export function safeHref(v: string): string | null {
  if (v.startsWith('#/')) return v;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An SVG element (for the timeline chart); same rules: text as text nodes. */
export function s(
  tag: string,
  attrs: Record<string, string | number> = {},
  ...children: Child[]
): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  append(el, children);
  return el;
}
