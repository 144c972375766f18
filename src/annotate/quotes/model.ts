/**
 * The cue lexicon learned from PolNeAR train (train.ts): for each word, how often it was inside a gold
 * cue and how often it occurred. Loaded once; the extractor keeps words whose cue rate passes its threshold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatelineError } from '../../doc/errors.js';

/** Word → [times inside a gold cue, occurrences] in PolNeAR train. */
export type CueCounts = Readonly<Record<string, readonly [number, number]>>;

/** The committed lexicon's path: src/annotate/quotes/model/cues.json (found from src/ or dist/src/). */
export function cueModelPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'model', 'cues.json'),
    join(here, '..', '..', '..', '..', 'src', 'annotate', 'quotes', 'model', 'cues.json'),
  ];
  return candidates.find((p) => existsSync(p)) ?? candidates[1]!;
}

let cached: CueCounts | null = null;

/** The committed cue counts, loaded once ({} before the lexicon has been built). */
export function loadCueCounts(): CueCounts {
  if (cached) return cached;
  const path = cueModelPath();
  if (!existsSync(path)) return (cached = {});
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as CueCounts;
  } catch (err) {
    throw new DatelineError('internal', `the cue lexicon ${path} is not valid JSON`, { cause: err });
  }
  return cached;
}
