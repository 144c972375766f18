/**
 * Text with overlapping annotations → flat segments for highlighting in place (as displaCy does): the text
 * is cut at every annotation boundary, each piece knows every annotation covering it. Pure; no DOM.
 */
export interface Annotation {
  start: number;
  end: number;
  /** "entity" | "time" | "quantity" | "quote" | "event" … */
  layer: string;
  /** CSS-safe kind within the layer: PERSON, DATE … */
  kind: string;
  /** What a reader sees on hover: "PERSON: Vladimir Putin", "DATE 2015-11-17". */
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Annotations covering the segment, outermost (longest) first. */
  covers: Annotation[];
}

export function segment(text: string, annotations: readonly Annotation[]): Segment[] {
  const valid = annotations.filter((a) => a.start >= 0 && a.end <= text.length && a.start < a.end);
  const cuts = new Set<number>([0, text.length]);
  for (const a of valid) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const byLength = [...valid].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      covers: byLength.filter((a) => a.start <= start && a.end >= end),
    });
  }
  return out;
}
