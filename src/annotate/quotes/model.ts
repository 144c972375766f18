/**
 * The cue lexicon learned from PolNeAR train (train.ts): for each word, how often it was inside a gold
 * cue and how often it occurred. Loaded once; the extractor keeps words whose cue rate passes its threshold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatelineError } from '../../doc/errors.js';
import { type CueModel, decodeCueModel } from './cue-model.js';

/**
 * Word → [times inside a gold cue, occurrences, the same two counts right after a subject] in PolNeAR
 * train (train.ts says what "after a subject" means).
 */
export type CueCounts = Readonly<Record<string, readonly [number, number, number?, number?]>>;

/** The committed lexicon's path: src/annotate/quotes/model/cues.json (found from src/ or dist/src/). */
export function cueModelPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'model', 'cues.json'),
    join(here, '..', '..', '..', '..', 'src', 'annotate', 'quotes', 'model', 'cues.json'),
  ];
  return candidates.find((p) => existsSync(p)) ?? candidates[1]!;
}

/** The committed cue classifier's path: src/annotate/quotes/model/cue-weights.json. */
export function cueWeightsPath(): string {
  return join(dirname(cueModelPath()), 'cue-weights.json');
}

let cachedModel: CueModel | null | undefined;

/** The committed cue classifier, loaded once (null before it has been trained). */
export function loadCueModel(): CueModel | null {
  if (cachedModel !== undefined) return cachedModel;
  const path = cueWeightsPath();
  if (!existsSync(path)) return (cachedModel = null);
  try {
    cachedModel = decodeCueModel(
      JSON.parse(readFileSync(path, 'utf8')) as Parameters<typeof decodeCueModel>[0],
    );
  } catch (err) {
    throw new DatelineError('internal', `the cue classifier ${path} is not valid JSON`, { cause: err });
  }
  return cachedModel;
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

/** The committed list of frequent non-cue words' path: src/annotate/quotes/model/non-cues.json. */
export function nonCuesPath(): string {
  return join(dirname(cueModelPath()), 'non-cues.json');
}

let cachedNonCues: ReadonlySet<string> | undefined;

/** The committed frequent non-cue words (train.ts), loaded once (empty before training). */
export function loadNonCues(): ReadonlySet<string> {
  if (cachedNonCues) return cachedNonCues;
  const path = nonCuesPath();
  if (!existsSync(path)) return (cachedNonCues = new Set());
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { words: string };
    cachedNonCues = new Set(json.words.split(' ').filter(Boolean));
  } catch (err) {
    throw new DatelineError('internal', `the non-cue list ${path} is not valid JSON`, { cause: err });
  }
  return cachedNonCues;
}
