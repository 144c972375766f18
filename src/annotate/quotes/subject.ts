/**
 * "Right after a subject": the test shared by the lexicon builder, the cue classifier and the
 * extractor, so that learned rates mean what the extractor asks.
 */
import type { Token } from '../tokens/tokenizer.js';
import { changesCase } from './case.js';
import { BETWEEN_SOURCE_AND_CUE, NOT_IN_SOURCE } from './lexicon.js';

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/**
 * The index of the subject before token i, or -1: skipping adverbs and auxiliaries back, the token
 * before is a subject pronoun or a capitalised word; token i itself must be a lower-case word.
 */
export function afterSubjectIndex(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.kind !== 'word' || text[t.start] !== t.lower[0]) return -1;
  let j = i - 1;
  while (j >= 0 && BETWEEN_SOURCE_AND_CUE.has(tokens[j]!.lower)) j--;
  if (j < 0) return -1;
  const s = tokens[j]!;
  if (PRONOUN_SUBJECTS.has(s.lower)) return j;
  if (s.kind !== 'word' || NOT_IN_SOURCE.has(s.lower)) return -1;
  return changesCase(text, s.start) ? j : -1;
}

/** Whether token i follows a subject ("Trump also urges", "she wants"). */
export function afterSubject(text: string, tokens: readonly Token[], i: number): boolean {
  return afterSubjectIndex(text, tokens, i) >= 0;
}
