/**
 * The Doc owns the text; every annotation is a stand-off span over it, in a named layer.
 * Extraction fills the text and metadata; annotators (src/annotate) add layers.
 */
import type { Warning } from './errors.js';

export interface Span {
  /** UTF-16 index into Doc.text, inclusive. */
  start: number;
  /** UTF-16 index into Doc.text, exclusive. */
  end: number;
}

/** The index of the span (of spans in text order, none overlapping) that holds offset, or -1 (binary search). */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface Dateline {
  /** The dateline as written, e.g. "PARIS, Nov 17, (RTRS)". */
  text: string;
  place: string | null;
  /** ISO date when the dateline states one (year inferred from context when absent). */
  date: string | null;
  agency: string | null;
}

export interface DocMeta {
  input: string;
  id?: string;
  url: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  dateline: Dateline | null;
  language: string | null;
  site?: string | null;
  description?: string | null;
  /** News agencies credited on the page, by canonical name. */
  agencies?: string[];
}

export type LayerName =
  'tokens' | 'sentences' | 'entities' | 'times' | 'quantities' | 'quotes' | 'events' | 'checks';

export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  readonly warnings: Warning[];
  private readonly layers = new Map<LayerName, unknown[]>();

  constructor(text: string, meta: DocMeta, warnings: Warning[] = []) {
    this.text = text;
    this.meta = meta;
    this.warnings = [...warnings];
  }

  /** The text a span covers: text is derived from offsets, never stored twice. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  hasLayer(name: LayerName): boolean {
    return this.layers.has(name);
  }

  getLayer<T>(name: LayerName): readonly T[] {
    return (this.layers.get(name) as T[] | undefined) ?? [];
  }

  setLayer<T extends Span | object>(name: LayerName, items: T[]): void {
    this.layers.set(name, items);
  }

  addWarning(w: Warning): void {
    this.warnings.push(w);
  }
}
