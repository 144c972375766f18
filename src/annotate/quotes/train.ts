/**
 * Builds the cue lexicon (model/cues.json) from PolNeAR's train part, deterministically:
 *
 * 1. Tokenise every train article (first annotator's file per text, as the eval suite reads them).
 * 2. For every lower-cased word: how often it occurs, and how often it lies inside a gold Cue span.
 * 3. Keep the words seen inside a cue at least MIN_CUE_COUNT times, as [cue count, occurrences].
 *
 * Run: node dist/src/annotate/quotes/train.js [DATA_DIR] (default ../shared/data). Only counts are
 * written, never text. The extractor turns the counts into a cue rate and keeps words above its threshold.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize } from '../tokens/tokenizer.js';
import { polnearDir, readPolnear } from './brat.js';
import { cueModelPath } from './model.js';

/** A word must be inside a gold cue this often to enter the lexicon (rarer words are noise). */
const MIN_CUE_COUNT = 3;

export function countCues(dir: string): Record<string, [number, number]> {
  const cue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const doc of readPolnear(dir, 'train')) {
    const inCue = new Uint8Array(doc.text.length + 1);
    for (const a of doc.attributions) for (const r of a.cue) inCue.fill(1, r.start, r.end);
    for (const t of tokenize(doc.text)) {
      if (t.kind !== 'word' && t.kind !== 'punct') continue;
      total.set(t.lower, (total.get(t.lower) ?? 0) + 1);
      if (inCue[t.start]) cue.set(t.lower, (cue.get(t.lower) ?? 0) + 1);
    }
  }
  const out: Record<string, [number, number]> = {};
  for (const w of [...cue.keys()].sort()) {
    const c = cue.get(w)!;
    if (c >= MIN_CUE_COUNT) out[w] = [c, total.get(w)!];
  }
  return out;
}

if (process.argv[1]?.endsWith('train.js')) {
  const data = resolve(process.argv[2] ?? '../shared/data');
  const dir = polnearDir(data);
  if (!dir) throw new Error(`no PolNeAR under ${data}`);
  const counts = countCues(dir);
  const lines = Object.entries(counts).map(([w, c]) => `${JSON.stringify(w)}:${JSON.stringify(c)}`);
  writeFileSync(cueModelPath(), `{\n${lines.join(',\n')}\n}\n`);
  process.stdout.write(`${lines.length} cue words → ${join(cueModelPath())}\n`);
}
