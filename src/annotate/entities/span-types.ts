/**
 * Span re-typing, stacked on the two-pass tagger: the tagger settles where names are; this stage looks
 * at each name it found as a whole and chooses the name's type again (PER, ORG, LOC or MISC), with
 * features a token tagger cannot see at once:
 *
 * 1. The span itself: its whole string, its first and last words, its length, its head's shape and
 *    word cluster, the gazetteer kinds of the whole span (exact match), and the tagger's own type.
 * 2. Around it: the words before and after, and the sentence's case (headlines).
 * 3. Across the document: every other mention of the same string (the tagger's types there and the
 *    words around each), and the other names sharing one of its capitalised words (their types:
 *    "Magna" after "Magna International").
 * 4. The document's first word (often a section word of the dateline or headline: "SOCCER -") with
 *    the span's gazetteer kinds and the tagger's type.
 *
 * A multiclass averaged perceptron over hashed features (train.ts trains it on train documents tagged
 * by tagger models that never saw them, so it learns how far to trust the tagger on new text).
 * Boundaries never change, only the type.
 */
import { fnv1a } from '../../doc/hash.js';
import { BOS, EOS, gazKey, gazLookup, type Lexicon, mix, wordInfo } from './features.js';

/** The span types, in tag order: type t has tags B = 1 + 2t, I = 2 + 2t (see TAGS). */
export const SPAN_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const NUM_SPAN_TYPES = SPAN_TYPES.length;

export interface SpanModel {
  buckets: number;
  /** `weights[bucket * NUM_SPAN_TYPES + type]`: float while training, int16 codes when committed. */
  weights: Float32Array | Int16Array;
}

/** One name the tagger found: sentence k, tokens start … end - 1, and its features. */
export interface Span {
  k: number;
  start: number;
  end: number;
  /** The tagger's type (index into SPAN_TYPES). */
  type: number;
  feats: Uint32Array;
}

/** The spans of one sentence's numeric IOB2 tags (as conlleval reads them: a stray I- starts a span). */
export function tagSpans(tags: readonly number[]): [start: number, end: number, type: number][] {
  const out: [number, number, number][] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 0;
    const ty = t === 0 ? -1 : (t - 1) >> 1;
    const begins = t !== 0 && ((t - 1) % 2 === 0 || ty !== type);
    if (type >= 0 && (t === 0 || begins)) {
      out.push([start, i, type]);
      type = -1;
    }
    if (t !== 0 && (begins || type < 0)) {
      start = i;
      type = ty;
    }
  }
  return out;
}

// Feature templates (mixed with their values; distinct from the token tagger's, though the tables
// are separate anyway).
const S = {
  bias: 0x3001,
  own: 0x3002,
  str: 0x3003,
  strOwn: 0x3004,
  first: 0x3005,
  last: 0x3006,
  inner: 0x3007,
  len: 0x3008,
  lastShape: 0x3009,
  lastCl: 0x300a,
  gaz: 0x300b,
  gazOwn: 0x300c,
  prev: 0x300d,
  next: 0x300e,
  prev2: 0x300f,
  next2: 0x3010,
  caps: 0x3011,
  otherType: 0x3012,
  otherPrev: 0x3013,
  otherNext: 0x3014,
  mentions: 0x3015,
  shareType: 0x3016,
  docFirst: 0x3017,
  docFirstGaz: 0x3018,
  docFirstOwn: 0x3019,
  lastCl10: 0x301a,
  prevNext: 0x301b,
  firstLast: 0x301c,
} as const;

function isCap(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function shortShape(w: string): number {
  let out = '';
  let last = '';
  for (const ch of w) {
    const lower = ch.toLowerCase();
    const c = lower !== ch.toUpperCase() ? (lower === ch ? 'x' : 'X') : ch >= '0' && ch <= '9' ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return fnv1a(out);
}

/**
 * Every span of the document's tags, with its features.
 *
 * 1. Collect the spans and their strings; group mentions by string and by capitalised word.
 * 2. For each span, its own features, then those of the other mentions and the names sharing a word.
 */
export function documentSpans(
  lex: Lexicon,
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly number[])[],
): Span[] {
  interface Raw {
    k: number;
    start: number;
    end: number;
    type: number;
    key: string;
    prev: number;
    next: number;
  }
  const raws: Raw[] = [];
  const lowers = sentences.map((s) => s.map((w) => w.toLowerCase()));
  sentences.forEach((words, k) => {
    const low = lowers[k]!;
    for (const [start, end, type] of tagSpans(tags[k]!)) {
      raws.push({
        k,
        start,
        end,
        type,
        key: low.slice(start, end).join(' '),
        prev: start > 0 ? fnv1a(low[start - 1]!) : BOS,
        next: end < words.length ? fnv1a(low[end]!) : EOS,
      });
    }
  });
  const byKey = new Map<string, Raw[]>();
  const byWord = new Map<string, Raw[]>();
  for (const r of raws) {
    let list = byKey.get(r.key);
    if (!list) byKey.set(r.key, (list = []));
    list.push(r);
    const words = sentences[r.k]!;
    for (let i = r.start; i < r.end; i++) {
      if (!isCap(words[i]!)) continue;
      const lw = lowers[r.k]![i]!;
      let wl = byWord.get(lw);
      if (!wl) byWord.set(lw, (wl = []));
      if (wl[wl.length - 1] !== r) wl.push(r);
    }
  }
  const firstWord = sentences.find((s) => s.length > 0)?.[0]?.toLowerCase() ?? '';
  const docFirst = fnv1a(firstWord);
  const out: Span[] = [];
  const f: number[] = [];
  for (const r of raws) {
    f.length = 0;
    const words = sentences[r.k]!;
    const low = lowers[r.k]!;
    const own = r.type;
    const str = fnv1a(r.key);
    const lastInfo = wordInfo(lex, words[r.end - 1]!);
    const gaz = gazLookup(lex.gazetteer, gazKey(words.slice(r.start, r.end))) & 63;
    f.push(S.bias, mix(S.own, own), mix(S.str, str), mix(mix(S.strOwn, str), own));
    const firstL = fnv1a(low[r.start]!);
    const lastL = fnv1a(low[r.end - 1]!);
    f.push(mix(S.first, firstL), mix(S.last, lastL), mix(mix(S.firstLast, firstL), r.end - r.start));
    for (let i = r.start + 1; i < r.end - 1; i++) f.push(mix(S.inner, fnv1a(low[i]!)));
    f.push(mix(S.len, Math.min(r.end - r.start, 5)));
    f.push(mix(S.lastShape, shortShape(words[r.end - 1]!)));
    if (lex.clusters) f.push(mix(S.lastCl, lastInfo.cl[2]!), mix(S.lastCl10, lastInfo.cl[3]!));
    f.push(mix(S.gaz, gaz), mix(mix(S.gazOwn, gaz), own));
    f.push(mix(S.prev, r.prev), mix(S.next, r.next), mix(mix(S.prevNext, r.prev), r.next));
    f.push(mix(S.prev2, r.start > 1 ? fnv1a(low[r.start - 2]!) : BOS));
    f.push(mix(S.next2, r.end + 1 < words.length ? fnv1a(low[r.end + 1]!) : EOS));
    const allCaps = words.every((w) => w.toLowerCase() === w.toUpperCase() || w === w.toUpperCase());
    f.push(mix(mix(S.caps, allCaps ? 1 : 0), own));
    const same = byKey.get(r.key)!;
    f.push(mix(mix(S.mentions, Math.min(same.length, 4)), own));
    const seenType = new Uint8Array(NUM_SPAN_TYPES);
    for (const m of same) {
      if (m === r) continue;
      seenType[m.type] = 1;
      f.push(mix(S.otherPrev, m.prev), mix(S.otherNext, m.next));
    }
    for (let t = 0; t < NUM_SPAN_TYPES; t++) if (seenType[t]) f.push(mix(S.otherType, t));
    const shared = new Uint8Array(NUM_SPAN_TYPES);
    for (let i = r.start; i < r.end; i++) {
      if (!isCap(words[i]!)) continue;
      for (const m of byWord.get(low[i]!) ?? []) if (m.key !== r.key) shared[m.type] = 1;
    }
    for (let t = 0; t < NUM_SPAN_TYPES; t++) if (shared[t]) f.push(mix(S.shareType, t));
    f.push(mix(S.docFirst, docFirst), mix(mix(S.docFirstGaz, docFirst), gaz));
    f.push(mix(mix(S.docFirstOwn, docFirst), own));
    out.push({ k: r.k, start: r.start, end: r.end, type: own, feats: Uint32Array.from(f) });
  }
  return out;
}

/** Scores of each type for a span (into `scores`). */
export function scoreSpan(model: SpanModel, feats: Uint32Array, scores: Float64Array): void {
  scores.fill(0);
  const mask = model.buckets - 1;
  const w = model.weights;
  for (let j = 0; j < feats.length; j++) {
    const at = (feats[j]! & mask) * NUM_SPAN_TYPES;
    for (let t = 0; t < NUM_SPAN_TYPES; t++) scores[t]! += w[at + t]!;
  }
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let t = 1; t < scores.length; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

/**
 * The tags with every span's type chosen again by the model (boundaries kept). Tags are indices into
 * TAGS; returns new arrays.
 */
export function retypeDocument(
  model: SpanModel,
  lex: Lexicon,
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly number[])[],
): number[][] {
  const out = tags.map((t) => [...t]);
  const scores = new Float64Array(NUM_SPAN_TYPES);
  for (const s of documentSpans(lex, sentences, tags)) {
    scoreSpan(model, s.feats, scores);
    const t = argmax(scores);
    if (t === s.type) continue;
    const row = out[s.k]!;
    row[s.start] = 1 + 2 * t;
    for (let i = s.start + 1; i < s.end; i++) row[i] = 2 + 2 * t;
  }
  return out;
}

/** A span with its gold type, for training. */
export interface SpanExample {
  feats: Uint32Array;
  gold: number;
}

/**
 * Trains the span model by the averaged multiclass perceptron: `epochs` shuffled passes (rand: a seeded
 * generator), calling `check` with the averaged model after each epoch when given (returns a score;
 * the best epoch's model is kept).
 */
export function trainSpanModel(
  examples: readonly SpanExample[],
  buckets: number,
  epochs: number,
  rand: () => number,
  check?: (model: SpanModel, epoch: number) => number,
): { model: SpanModel; epoch: number; score: number } {
  const size = buckets * NUM_SPAN_TYPES;
  const W = new Float32Array(size);
  const total = new Float64Array(size);
  const stamp = new Int32Array(size);
  const mask = buckets - 1;
  let clock = 1;
  const update = (h: number, t: number, delta: number) => {
    const i = (h & mask) * NUM_SPAN_TYPES + t;
    total[i]! += (clock - stamp[i]!) * W[i]!;
    stamp[i] = clock;
    W[i]! += delta;
  };
  const averaged = (): SpanModel => {
    const avg = new Float32Array(size);
    for (let i = 0; i < size; i++) avg[i] = (total[i]! + (clock - stamp[i]!) * W[i]!) / clock;
    return { buckets, weights: avg };
  };
  const live: SpanModel = { buckets, weights: W };
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(NUM_SPAN_TYPES);
  let best = { model: averaged(), epoch: 0, score: -Infinity };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { feats, gold } = examples[k]!;
      scoreSpan(live, feats, scores);
      const guess = argmax(scores);
      if (guess !== gold) {
        for (let j = 0; j < feats.length; j++) {
          update(feats[j]!, gold, 1);
          update(feats[j]!, guess, -1);
        }
      }
      clock++;
    }
    if (!check) {
      if (epoch === epochs) best = { model: averaged(), epoch, score: NaN };
      continue;
    }
    const avg = averaged();
    const score = check(avg, epoch);
    if (score > best.score) best = { model: avg, epoch, score };
  }
  return best;
}
