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

/**
 * A committed model file decoded once: null when it does not exist yet (before training), a coded
 * error when it is not valid JSON or not the shape `decode` expects.
 */
export function readModelFile<T>(path: string, what: string, decode: (json: unknown) => T): T | null {
  if (!existsSync(path)) return null;
  try {
    return decode(JSON.parse(readFileSync(path, 'utf8')));
  } catch (err) {
    throw new DatelineError('internal', `${what} ${path} is not valid JSON`, { cause: err });
  }
}

let cachedModel: CueModel | null | undefined;

/** The committed cue classifier, loaded once (null before it has been trained). */
export function loadCueModel(): CueModel | null {
  if (cachedModel === undefined)
    cachedModel = readModelFile(cueWeightsPath(), 'the cue classifier', (json) =>
      decodeCueModel(json as Parameters<typeof decodeCueModel>[0]),
    );
  return cachedModel;
}

let cached: CueCounts | null = null;

/** The committed cue counts, loaded once ({} before the lexicon has been built). */
export function loadCueCounts(): CueCounts {
  cached ??= readModelFile(cueModelPath(), 'the cue lexicon', (json) => json as CueCounts) ?? {};
  return cached;
}

/** The committed list of frequent non-cue words' path: src/annotate/quotes/model/non-cues.json. */
export function nonCuesPath(): string {
  return join(dirname(cueModelPath()), 'non-cues.json');
}

let cachedNonCues: ReadonlySet<string> | undefined;

/** The committed frequent non-cue words (train.ts), loaded once (empty before training). */
export function loadNonCues(): ReadonlySet<string> {
  cachedNonCues ??=
    readModelFile(
      nonCuesPath(),
      'the non-cue list',
      (json) => new Set((json as { words: string }).words.split(' ').filter(Boolean)),
    ) ?? new Set<string>();
  return cachedNonCues;
}
