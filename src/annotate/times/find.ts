/**
 * findTimes: time expressions of a text, detected and normalised to TIMEX3.
 *
 * 1. Candidates: every pattern (patterns.ts) over the whole text; each match parsed to a meaning, or
 *    dropped when the parse says it is no time after all ("may" the verb, "$1990").
 * 2. Choose: longest first, ties to the earlier pattern, then no overlaps (leftmost of equals).
 * 3. Modifiers: a chosen DATE or TIME takes "early", "late", "mid-", "the end of" … just before it
 *    into its span and its mod.
 * 4. Normalise in text order: the clause's tense (tense.ts), the anchor and the discourse reference
 *    (the last calendar value named) turn each meaning into a value (normalise.ts).
 */
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';
import { parseIsoDay, type Ymd } from './calendar.js';
import { PERIOD_MODS } from './lexicon.js';
import { type Reference, resolve, updateReference } from './normalise.js';
import { type Parsed, PATTERNS } from './patterns.js';
import { clauseTense } from './tense.js';
import type { TimeItem } from './types.js';

interface Candidate {
  start: number;
  end: number;
  prio: number;
  parsed: Parsed;
}

/** "early", "the end of" … before a date: its TIMEX3 mod. "early on Saturday" keeps the "on". */
const MOD_BEFORE = new RegExp(
  `(?:^|[^\\w-])((${Object.keys(PERIOD_MODS)
    .filter((k) => k !== 'mid')
    .join('|')})(?:\\s+on)?\\s+|mid-\\s*|mid\\s+)$`,
  'i',
);

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  PATTERNS.forEach((p, prio) => {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      if (m[0].length === 0) continue;
      const parsed = p.parse(m as RegExpExecArray, text);
      if (!parsed) continue;
      let end = m.index + m[0].length;
      while (end > m.index && /[\s,]/.test(text[end - 1]!)) end--;
      out.push({ start: m.index, end, prio, parsed });
    }
  });
  return out;
}

function choose(all: Candidate[], length: number): Candidate[] {
  const sorted = [...all].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.prio - b.prio || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The time expressions of `text`, in order, with TIMEX3 type and value. `anchor` (an ISO date, or a
 * day) is the publication date or DCT; without one, values stay underspecified (XXXX-11-17).
 */
export function findTimes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  anchor: string | Ymd | null,
): TimeItem[] {
  const a = typeof anchor === 'string' ? parseIsoDay(anchor) : anchor;
  // 1–2. Candidates, chosen.
  const chosen = choose(candidates(text), text.length);
  const ref: Reference = { value: null, quarter: null };
  const out: TimeItem[] = [];
  let prevEnd = 0;
  for (const c of chosen) {
    // 3. Modifiers.
    let start = c.start;
    let mod = c.parsed.mod;
    if (c.parsed.type === 'DATE' || c.parsed.type === 'TIME') {
      const head = text.slice(Math.max(prevEnd, start - 24), start);
      const m = MOD_BEFORE.exec(head);
      if (m) {
        start -= m[1]!.length;
        const key = m[2]?.toLowerCase().replace(/\s+/g, ' ');
        mod ??= key ? PERIOD_MODS[key] : 'MID';
      }
    }
    // 4. Normalise.
    const tense = clauseTense(tokens, sentenceAt(sentences, c.start), c.start, c.end);
    const value = resolve(c.parsed.sem, { anchor: a, tense, ref });
    if (c.parsed.type === 'DATE') updateReference(ref, c.parsed.sem, value);
    out.push({ start, end: c.end, type: c.parsed.type, value, ...(mod ? { mod } : {}) });
    prevEnd = c.end;
  }
  return out;
}
