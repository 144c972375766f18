/**
 * Reads PolNeAR's BRAT standoff attributions (../shared/data/quotes/polnear): T lines are Source, Cue
 * and Content spans (several ";"-separated ranges when discontinuous), E lines link one attribution's
 * Source, Cue and Content. Used by the eval suite and the lexicon builder; nothing here is committed data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Span } from '../../doc/doc.js';

/** One gold attribution: content ranges, cue ranges, source ranges (empty when the source is absent). */
export interface GoldAttribution {
  content: Span[];
  cue: Span[];
  source: Span[];
}

export interface PolnearDoc {
  /** The article's file name without extension (several annotators may share a text). */
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

/** The folder holding PolNeAR's {train,dev}/{text,attributions} under a data root, or null. */
export function polnearDir(data: string): string | null {
  for (const d of [data, join(data, 'polnear'), join(data, 'quotes', 'polnear')]) {
    if (existsSync(join(d, 'data', 'dev', 'attributions'))) return join(d, 'data');
    if (existsSync(join(d, 'dev', 'attributions'))) return d;
  }
  return null;
}

function parseRanges(field: string): Span[] {
  return field.split(';').map((r) => {
    const [a, b] = r.trim().split(/\s+/).map(Number);
    return { start: a!, end: b! };
  });
}

/** Parses one .ann file's attributions (lines of other kinds are ignored). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    if (!line.startsWith('T')) continue;
    const [id, head] = line.split('\t');
    if (!id || !head) continue;
    const sp = head.indexOf(' ');
    spans.set(id, parseRanges(head.slice(sp + 1)));
  }
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const roles = new Map<string, string>();
    for (const part of (line.split('\t')[1] ?? '').split(/\s+/)) {
      const [role, ref] = part.split(':');
      if (role && ref) roles.set(role, ref);
    }
    const content = spans.get(roles.get('Content') ?? '');
    if (!content) continue;
    out.push({
      content,
      cue: spans.get(roles.get('Cue') ?? '') ?? [],
      source: spans.get(roles.get('Source') ?? '') ?? [],
    });
  }
  return out;
}

/**
 * The documents of a part ('train' | 'dev'): one per article text, with the attributions of the first
 * annotator's file in name order (some articles were annotated twice; scoring one keeps texts unweighted).
 */
export function readPolnear(dir: string, part: string): PolnearDoc[] {
  const annDir = join(dir, part, 'attributions');
  const textDir = join(dir, part, 'text');
  const seen = new Set<string>();
  const out: PolnearDoc[] = [];
  for (const f of readdirSync(annDir)
    .filter((n) => n.endsWith('.ann'))
    .sort()) {
    const id = basename(f, '.ann').replace(/_[0-9a-f]{4}$/, '');
    if (seen.has(id)) continue;
    const textPath = join(textDir, `${id}.txt`);
    if (!existsSync(textPath)) continue;
    seen.add(id);
    out.push({
      id,
      text: readFileSync(textPath, 'utf8'),
      attributions: parseAnn(readFileSync(join(annDir, f), 'utf8')),
    });
  }
  return out;
}

/**
 * The articles of a part that two annotators marked up: the first file's attributions and the
 * second's (in name order), for the human agreement figure the eval suite reports beside ours.
 */
export function readPolnearPairs(
  dir: string,
  part: string,
): Array<{ id: string; text: string; first: GoldAttribution[]; second: GoldAttribution[] }> {
  const annDir = join(dir, part, 'attributions');
  const byId = new Map<string, string[]>();
  for (const f of readdirSync(annDir)
    .filter((n) => n.endsWith('.ann'))
    .sort()) {
    const id = basename(f, '.ann').replace(/_[0-9a-f]{4}$/, '');
    byId.set(id, [...(byId.get(id) ?? []), f]);
  }
  const out: Array<{ id: string; text: string; first: GoldAttribution[]; second: GoldAttribution[] }> = [];
  for (const [id, files] of byId) {
    const textPath = join(dir, part, 'text', `${id}.txt`);
    if (files.length < 2 || !existsSync(textPath)) continue;
    out.push({
      id,
      text: readFileSync(textPath, 'utf8'),
      first: parseAnn(readFileSync(join(annDir, files[0]!), 'utf8')),
      second: parseAnn(readFileSync(join(annDir, files[1]!), 'utf8')),
    });
  }
  return out;
}
