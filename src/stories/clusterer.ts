/**
 * Incremental online story clustering. Each article is compared with the live stories and joins the most
 * similar one above a threshold, else starts a new story; nothing is ever re-clustered from scratch, so
 * an ingest of ten pages costs ten comparisons, not a rerun over the store.
 *
 * 1. Turn the article into terms (features.ts) and update the document frequencies (incremental IDF).
 * 2. Weight its terms by TF-IDF times their specificity in general news (background.ts: topic words count
 *    less than names), L2-normalise, keep the top terms.
 * 3. Find candidate stories through the inverted index of story terms (never a scan of every story);
 *    drop dormant ones (no article for `dormantDays`).
 * 4. Score each candidate: cosine with the story's centroid, times a time decay on the gap in days.
 * 5. Join the best story at or above `threshold`, else open a new one; fold the article into the
 *    centroid and prune the centroid to its top `centroidTerms` terms (bounded memory).
 * 6. Merge (still online): when the article scores at or above `mergeThreshold` with several stories,
 *    they are one story told in two vocabularies; the oldest takes the others' centroids and sizes,
 *    the others' ids become aliases (resolve()), and the assignment lists them in `merged`. Two
 *    established stories (`mergeGuardSize`) merge only when their specificity-weighted centroids are
 *    alike (`mergeGuardCosine`): one headline is not enough to glue two bankruptcies together.
 *
 * Deterministic: the same inputs in the same order give the same story ids (s1, s2, … in order of
 * creation); ties go to the older story. serialize()/restore() carry the whole state between runs.
 */
import { DatelineError } from '../doc/errors.js';
import { type Background, defaultBackground, specificity } from './background.js';
import { type FeatureOptions, features } from './features.js';
import type { StoryInput } from './types.js';

export interface ClusterOptions extends FeatureOptions {
  /** Minimum similarity to join a story (tuned on the UCI dev stories, docs/stories.md). */
  threshold: number;
  /** Terms kept per story centroid: bounds memory and the inverted index. */
  centroidTerms: number;
  /** Terms of an article kept after weighting: its long tail never decides a match. */
  docTerms: number;
  /** Terms of an article used to look up candidate stories in the inverted index. */
  queryTerms: number;
  /** At most this many candidates are scored (the ones sharing the most query weight). */
  maxCandidates: number;
  /** Similarity halves every this many days between an article and a story's latest article. */
  halfLifeDays: number;
  /** A story with no article for this many days takes no more (a new event is a new story). */
  dormantDays: number;
  /** Stories with no article for this many days (behind the newest article seen) are dropped from the state. */
  retireDays: number;
  /** At most this many live stories: past it, the ones that took no article for longest are retired (an
   * undated corpus never retires by time, so memory and the saved state stay bounded all the same). */
  maxStories: number;
  /** maxStories retires only stories idle at least this many days of corpus time (undated stories always
   * qualify): a busy dated feed may hold more than maxStories stories still taking articles, and those stay. */
  maxStoriesMinIdleDays: number;
  /** Document frequencies are pruned (terms seen once dropped) when the vocabulary passes this size. */
  maxVocabulary: number;
  /** An article scoring at or above this with a second live story merges the two (0 = never merge);
   * well above `threshold`, so only an article that plainly belongs to both glues them (UCI dev sweep). */
  mergeThreshold: number;
  /** Terms weigh by their specificity in general news (background.ts) raised to this power (0 = off):
   * topic words ("bankruptcy", "stocks") count less than the names that tell events apart. */
  backgroundPower: number;
  /** Two stories that both hold at least this many articles merge only when their centroids, weighed by
   * background specificity, reach a cosine of `mergeGuardCosine` (0 = no guard): one bridging headline
   * is not enough to glue two established stories that share only topic words (a bankruptcy and a
   * bankruptcy). */
  mergeGuardSize: number;
  mergeGuardCosine: number;
  /** Below `mergeGuardSize` the guard ramps up with the smaller story's size n instead of starting at once:
   * the cosine needed is mergeGuardCosine · ((n − 1) / (mergeGuardSize − 1))^mergeGuardRamp (0 = no ramp,
   * the guard applies only from mergeGuardSize). A lone article still merges freely; a fragment of a few
   * articles that opened apart from a big story (so its articles did not match it) needs some likeness. */
  mergeGuardRamp: number;
}

/** Defaults, tuned on the dev stories of the UCI headlines (docs/stories.md has the sweep). */
export const CLUSTER_DEFAULTS: Readonly<ClusterOptions> = {
  threshold: 0.11,
  centroidTerms: 500,
  docTerms: 60,
  queryTerms: 30,
  maxCandidates: 100,
  halfLifeDays: 3,
  dormantDays: 7,
  retireDays: 30,
  maxStories: 5000,
  maxStoriesMinIdleDays: 1,
  maxVocabulary: 200_000,
  mergeThreshold: 0.25,
  titleWeight: 2,
  bigramWeight: 0.5,
  urlWeight: 1.5,
  entityWeight: 1,
  eventWeight: 0.3,
  leadChars: 1500,
  stemLength: 6,
  sourceWeight: 0.25,
  backgroundPower: 0.3,
  mergeGuardSize: 20,
  mergeGuardCosine: 0.15,
  mergeGuardRamp: 1.5,
};

export interface Assignment {
  story: string;
  /** Similarity to the story joined; 0 for a new story. */
  score: number;
  /** Stories this article showed to be one with `story`: they are folded into it and their ids retired. */
  merged?: string[];
}

interface StoryState {
  id: string;
  /** Sum of the member vectors, pruned to the top terms. */
  centroid: Map<string, number>;
  norm: number;
  size: number;
  /** ms since epoch of the latest member, or null when no member had a date. */
  last: number | null;
  /** The article count (docs) when the story last took an article: the order maxStories retires by. */
  touched: number;
}

interface SerializedState {
  version: 1;
  options: ClusterOptions;
  docs: number;
  newest: number | null;
  nextId: number;
  df: Array<[string, number]>;
  /** Absent in states written before merging existed. */
  aliases?: Array<[string, string]>;
  stories: Array<{
    id: string;
    size: number;
    last: number | null;
    /** Absent in states written before maxStories existed (read as 0). */
    touched?: number;
    centroid: Array<[string, number]>;
  }>;
}

/** A term's document frequency and, once weighed, its specificity^backgroundPower (-1: not yet): one
 * Map entry, so counting and weighing a term cost one look-up each in the large vocabulary map. */
interface TermStat {
  n: number;
  spec: number;
}

const DAY_MS = 86_400_000;
/** Retirement runs every this many articles: a scan of the stories, cheap when amortised. */
const RETIRE_EVERY = 64;

export class StoryClusterer {
  readonly options: Readonly<ClusterOptions>;
  private docs = 0;
  /** The newest publication time seen (ms), for retiring old stories. */
  private newest: number | null = null;
  private nextId = 1;
  private readonly df = new Map<string, TermStat>();
  private readonly stories = new Map<string, StoryState>();
  /** term → stories whose centroid holds it. Derived from the centroids, never serialised. */
  private readonly index = new Map<string, Set<string>>();
  /** Merged story id → the story it was folded into (may chain); see resolve(). */
  private readonly aliases = new Map<string, string>();
  /** General-news document frequencies, when backgroundPower > 0 and the stem lengths agree. */
  private readonly background: Background | null;

  constructor(options: Partial<ClusterOptions> = {}) {
    this.options = { ...CLUSTER_DEFAULTS, ...options };
    const o = this.options;
    const bg = o.backgroundPower > 0 || o.mergeGuardCosine > 0 ? defaultBackground() : null;
    this.background = bg && bg.stemLength === this.options.stemLength ? bg : null;
  }

  /** Number of stories opened so far. */
  get storyCount(): number {
    return this.nextId - 1;
  }

  /** Stories still held in memory (not retired). */
  get liveStories(): number {
    return this.stories.size;
  }

  /** The live id of a story: itself, or the story it was merged into (following chains). */
  resolve(id: string): string {
    let cur = id;
    for (let next = this.aliases.get(cur); next !== undefined; next = this.aliases.get(cur)) cur = next;
    return cur;
  }

  /** Adds one article and returns the story it joins (or opens). */
  add(input: StoryInput): Assignment {
    const o = this.options;
    const tf = features(input, o);
    this.countTerms(tf);
    const vec = this.weigh(tf);
    const time = parseTime(input.published);
    if (time !== null && (this.newest === null || time > this.newest)) this.newest = time;
    if (this.docs % RETIRE_EVERY === 0) this.retire();
    let best: StoryState | null = null;
    let bestScore = -1;
    const strong: StoryState[] = [];
    for (const s of this.candidates(vec, time)) {
      const score = cosine(vec, s.centroid, s.norm) * decay(time, s.last, o.halfLifeDays);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
      if (o.mergeThreshold > 0 && score >= o.mergeThreshold) strong.push(s);
    }
    if (best && bestScore >= o.threshold) {
      const merged: string[] = [];
      if (strong.length > 1 && strong.includes(best)) {
        // strong is in creation order: the oldest survives, so long-lived ids stay stable.
        const keep = strong[0]!;
        for (const other of strong.slice(1)) {
          if (!this.mergeable(keep, other)) continue;
          this.merge(keep, other);
          merged.push(other.id);
        }
        best = keep;
      }
      this.fold(best, vec, time);
      return merged.length
        ? { story: best.id, score: round(bestScore), merged }
        : { story: best.id, score: round(bestScore) };
    }
    const story: StoryState = {
      id: `s${this.nextId++}`,
      centroid: new Map(),
      norm: 0,
      size: 0,
      last: null,
      touched: 0,
    };
    this.stories.set(story.id, story);
    this.fold(story, vec, time);
    return { story: story.id, score: 0 };
  }

  /** The whole state as a string (JSON) for the store; restore() takes it back. */
  serialize(): string {
    const state: SerializedState = {
      version: 1,
      options: { ...this.options },
      docs: this.docs,
      newest: this.newest,
      nextId: this.nextId,
      df: Array.from(this.df, ([t, d]): [string, number] => [t, d.n]),
      aliases: [...this.aliases],
      stories: [...this.stories.values()].map((s) => ({
        id: s.id,
        size: s.size,
        last: s.last,
        touched: s.touched,
        centroid: [...s.centroid],
      })),
    };
    return JSON.stringify(state);
  }

  /** Rebuilds a clusterer from serialize()'s output; options given here override the saved ones. */
  static restore(serialized: string, options: Partial<ClusterOptions> = {}): StoryClusterer {
    let state: SerializedState;
    try {
      state = JSON.parse(serialized) as SerializedState;
    } catch (err) {
      throw new DatelineError('internal', 'cluster state is not valid JSON', { cause: err });
    }
    if (state.version !== 1 || !Array.isArray(state.df) || !Array.isArray(state.stories))
      throw new DatelineError('internal', `cluster state: unknown version ${String(state.version)}`);
    const c = new StoryClusterer({ ...state.options, ...options });
    c.docs = state.docs;
    c.newest = state.newest ?? null;
    c.nextId = state.nextId;
    for (const [t, n] of state.df) c.df.set(t, { n, spec: -1 });
    for (const [from, to] of state.aliases ?? []) c.aliases.set(from, to);
    for (const s of state.stories) {
      const centroid = new Map(s.centroid);
      const story: StoryState = {
        id: s.id,
        centroid,
        norm: norm(centroid),
        size: s.size,
        last: s.last,
        touched: s.touched ?? 0,
      };
      c.stories.set(s.id, story);
      for (const t of centroid.keys()) c.indexAdd(t, s.id);
    }
    return c;
  }

  /** Drops stories too old to take articles again (by time, then beyond maxStories the longest idle),
   * with their index entries: memory and the saved state stay bounded. */
  private retire(): void {
    if (this.newest !== null) {
      const cutoff = this.newest - this.options.retireDays * DAY_MS;
      for (const s of [...this.stories.values()]) if (s.last !== null && s.last < cutoff) this.drop(s);
    }
    const excess = this.stories.size - this.options.maxStories;
    if (excess > 0) {
      // By count, only stories idle long enough in corpus time (all of them in an undated corpus).
      const guard = this.newest === null ? null : this.newest - this.options.maxStoriesMinIdleDays * DAY_MS;
      const idle = [...this.stories.values()]
        .filter((s) => guard === null || s.last === null || s.last < guard)
        .sort((a, b) => a.touched - b.touched || storyOrder(a.id, b.id));
      for (const s of idle.slice(0, excess)) this.drop(s);
    }
    // Aliases of retired stories go too (nothing can join them again), so the map stays bounded.
    for (const [from] of this.aliases) if (!this.stories.has(this.resolve(from))) this.aliases.delete(from);
  }

  /** Removes a story and its index entries. */
  private drop(s: StoryState): void {
    for (const t of s.centroid.keys()) {
      const set = this.index.get(t);
      set?.delete(s.id);
      if (set?.size === 0) this.index.delete(t);
    }
    this.stories.delete(s.id);
  }

  private countTerms(tf: Map<string, number>): void {
    this.docs++;
    for (const t of tf.keys()) {
      const d = this.df.get(t);
      if (d) d.n++;
      else this.df.set(t, { n: 1, spec: -1 });
    }
    if (this.df.size > this.options.maxVocabulary) {
      for (const [t, d] of this.df) if (d.n <= 1) this.df.delete(t);
    }
  }

  /** TF-IDF (log-scaled tf, smoothed idf), top terms, L2-normalised. */
  private weigh(tf: Map<string, number>): Map<string, number> {
    const n = this.docs;
    const weighted: Array<[string, number]> = [];
    for (const [t, f] of tf) {
      // Absent when the vocabulary was just pruned of terms seen once (this article's new ones).
      const d = this.df.get(t);
      const idf = Math.log((n + 1) / ((d?.n ?? 0) + 1)) + 1;
      weighted.push([t, (1 + Math.log(f)) * idf * this.spec(t, d)]);
    }
    const top = topTerms(weighted, this.options.docTerms);
    const vec = new Map(top);
    const z = norm(vec);
    if (z > 0) for (const [t, w] of vec) vec.set(t, w / z);
    return vec;
  }

  /** Live stories sharing the article's heaviest terms, the most shared weight first, capped. */
  private candidates(vec: Map<string, number>, time: number | null): StoryState[] {
    const o = this.options;
    const shared = new Map<string, number>();
    for (const [t, w] of topTerms([...vec], o.queryTerms)) {
      for (const id of this.index.get(t) ?? []) shared.set(id, (shared.get(id) ?? 0) + w);
    }
    const ranked = [...shared].sort((a, b) => b[1] - a[1] || storyOrder(a[0], b[0]));
    const out: StoryState[] = [];
    for (const [id] of ranked) {
      const s = this.stories.get(id)!;
      if (time !== null && s.last !== null && (time - s.last) / DAY_MS > o.dormantDays) continue;
      out.push(s);
      if (out.length >= o.maxCandidates) break;
    }
    return out.sort((a, b) => storyOrder(a.id, b.id));
  }

  private fold(s: StoryState, vec: Map<string, number>, time: number | null): void {
    for (const [t, w] of vec) s.centroid.set(t, (s.centroid.get(t) ?? 0) + w);
    this.prune(s);
    s.size++;
    s.touched = this.docs;
    if (time !== null) s.last = s.last === null ? time : Math.max(s.last, time);
  }

  /** Keeps the centroid's top terms, re-indexes it and recomputes its norm. */
  private prune(s: StoryState): void {
    if (s.centroid.size > this.options.centroidTerms) {
      const keep = new Set(topTerms([...s.centroid], this.options.centroidTerms).map(([t]) => t));
      for (const t of [...s.centroid.keys()]) {
        if (keep.has(t)) continue;
        s.centroid.delete(t);
        this.index.get(t)?.delete(s.id);
      }
    }
    for (const t of s.centroid.keys()) this.indexAdd(t, s.id);
    s.norm = norm(s.centroid);
  }

  /** Folds story `from` into `into`: centroid summed, sizes added, `from` gone and aliased to `into`. */
  private merge(into: StoryState, from: StoryState): void {
    for (const t of from.centroid.keys()) {
      const set = this.index.get(t);
      set?.delete(from.id);
      if (set?.size === 0) this.index.delete(t);
    }
    this.stories.delete(from.id);
    this.aliases.set(from.id, into.id);
    for (const [t, w] of from.centroid) into.centroid.set(t, (into.centroid.get(t) ?? 0) + w);
    into.size += from.size;
    into.touched = Math.max(into.touched, from.touched);
    if (from.last !== null) into.last = into.last === null ? from.last : Math.max(into.last, from.last);
    this.prune(into);
  }

  /** Whether two stories an article scores high with may merge: when their centroids, weighed by
   * background specificity, are alike enough for the smaller one's size (mergeGuardCosine, ramped up to
   * mergeGuardSize by mergeGuardRamp); a single article always may. */
  private mergeable(a: StoryState, b: StoryState): boolean {
    const need = guardCosine(this.options, Math.min(a.size, b.size));
    if (need <= 0) return true;
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [t, w] of a.centroid) {
      const f = this.specOf(t);
      na += (w * f) ** 2;
      const x = b.centroid.get(t);
      if (x !== undefined) dot += w * x * f * f;
    }
    for (const [t, x] of b.centroid) nb += (x * this.specOf(t)) ** 2;
    return na > 0 && nb > 0 && dot / Math.sqrt(na * nb) >= need;
  }

  /** A term's background specificity (1 without a background). */
  private specOf(term: string): number {
    return this.background ? specificity(this.background, term) : 1;
  }

  /** specificity^backgroundPower, memoised in the term's vocabulary entry (when it has one). */
  private spec(term: string, d: TermStat | undefined): number {
    if (!this.background || this.options.backgroundPower === 0) return 1;
    if (d && d.spec >= 0) return d.spec;
    const v = specificity(this.background, term) ** this.options.backgroundPower;
    if (d) d.spec = v;
    return v;
  }

  private indexAdd(term: string, id: string): void {
    let set = this.index.get(term);
    if (!set) this.index.set(term, (set = new Set()));
    set.add(id);
  }
}

/** The specificity-weighted centroid cosine two stories need to merge, the smaller holding `n` articles. */
export function guardCosine(
  o: Pick<ClusterOptions, 'mergeGuardSize' | 'mergeGuardCosine' | 'mergeGuardRamp'>,
  n: number,
): number {
  if (o.mergeGuardCosine <= 0) return 0;
  if (n >= o.mergeGuardSize) return o.mergeGuardCosine;
  if (o.mergeGuardRamp <= 0 || o.mergeGuardSize <= 1) return 0;
  return o.mergeGuardCosine * ((n - 1) / (o.mergeGuardSize - 1)) ** o.mergeGuardRamp;
}

/** Heaviest terms first; ties by term so the order never depends on insertion. */
function topTerms(terms: Array<[string, number]>, k: number): Array<[string, number]> {
  return terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, k);
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

function cosine(unit: Map<string, number>, centroid: Map<string, number>, centroidNorm: number): number {
  if (centroidNorm === 0) return 0;
  let dot = 0;
  for (const [t, w] of unit) {
    const c = centroid.get(t);
    if (c !== undefined) dot += w * c;
  }
  return dot / centroidNorm;
}

function decay(time: number | null, last: number | null, halfLifeDays: number): number {
  if (time === null || last === null || halfLifeDays <= 0) return 1;
  return 0.5 ** (Math.abs(time - last) / DAY_MS / halfLifeDays);
}

/** s2 before s10: by creation number. */
function storyOrder(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

function parseTime(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
