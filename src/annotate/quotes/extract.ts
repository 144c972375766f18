/**
 * Quotes and reported speech from text, tokens, sentences and entities: a pure function.
 *
 * 1. Marks: the quoted spans (marks.ts), paragraphs, and which tokens lie inside a double quote.
 * 2. Cues: tokens of the cue lexicon (learned rates + core cues) outside double quotes, "according to",
 *    and the colon of a transcript line ("PENCE: Well, ...").
 * 3. For each cue, in its sentence: the source (the noun phrase before the cue, else after it:
 *    "..., said X"), and the content — before the cue when a comma or closing mark separates them
 *    ('"...," she said'), else after it (skipping the addressee of "told" and a lead-in up to "that").
 *    A content that touches a quoted span grows to the whole span, across sentences.
 *    With the attribution model, cues are proposed at a low classifier score (CANDIDATE_THRESHOLD),
 *    and a cue with no source found still proposes its content.
 * 3b. The attribution model (triple-model.ts) scores each candidate as a whole and keeps those above
 *    TRIPLE_THRESHOLD (constructions and very sure cues always); of two with the same content, the likelier.
 * 4. A quote that runs on into the next paragraph keeps its cue and speaker in each paragraph; a quote
 *    without a cue right after an attribution (no other between) is more of its content; else a quote
 *    paragraph without a cue takes the speaker of the last attribution nearby (cue null).
 * 5. Speakers: the entity under the source span; a pronoun resolves to the nearest preceding entity of
 *    a compatible type; otherwise the source is an unnamed one and keeps its words as the description.
 * 6. Kind: direct when the content is one quoted span, mixed when it holds one, else indirect.
 */
import type { Span } from '../../doc/doc.js';
import type { EntityItem } from '../entities/index.js';
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';
import {
  ANONYMITY,
  ADVERBIAL_PAIRS,
  ARTICLES,
  NP_JOINERS,
  TRAILING_CUES,
  TRAILING_TAIL_MAX,
  TRAILING_NP_MAX,
  BETWEEN_SOURCE_AND_CUE,
  CARRY_OVER_PARAGRAPHS,
  CONTENT_SKIP_MAX,
  CORE_CUES,
  CUE_MIN_COUNT,
  CLAIM_NOUNS,
  CUE_RATE,
  DESCRIPTION_OPENERS,
  CANDIDATE_THRESHOLD,
  CUE_THRESHOLD,
  KNOWN_CUE_BONUS,
  TRIPLE_THRESHOLD,
  MIN_STANDALONE_QUOTE_WORDS,
  SUBJECT_CUE_RATE,
  NOT_IN_SOURCE,
  OBJECT_CUES,
  SPEAKER_PRONOUNS,
  TRANSCRIPT_NAME_WORDS,
} from './lexicon.js';
import { findQuotedSpans, paragraphs, type QuotedSpan } from './marks.js';
import { afterSubject } from './subject.js';
import { changesCase } from './case.js';
import type { CueModel } from './cue-model.js';
import { cueScore } from './cue-score.js';
import { type CueCounts, loadCueCounts, loadCueModel, loadNonCues } from './model.js';
import type { QuoteItem, QuoteKind, QuoteSpeaker } from './types.js';
import {
  TRIPLE_SINGLES,
  TV,
  type TripleModel,
  loadTripleModel,
  scoreTripleValues,
  tripleFeatureNames,
} from './triple-model.js';
import { wordClasses } from './word-classes.js';

export interface QuoteOptions {
  /** The learned cue counts (default: the committed lexicon). */
  counts?: CueCounts;
  /** Minimum cue rate (default CUE_RATE). */
  cueRate?: number;
  /** Minimum cue rate right after a subject (default SUBJECT_CUE_RATE). */
  subjectCueRate?: number;
  /** The cue classifier (default: the committed one; null: the lexicon alone). */
  model?: CueModel | null;
  /** The classifier's threshold (default CUE_THRESHOLD). */
  threshold?: number;
  /** Words never scored as cues (default: the committed list of frequent non-cues). */
  nonCues?: ReadonlySet<string>;
  /**
   * The attribution model (default: the committed one; null: the cue classifier's threshold alone
   * decides). With it, cues are proposed at CANDIDATE_THRESHOLD and kept when it scores them above
   * `tripleThreshold`.
   */
  triples?: TripleModel | null;
  /** The attribution model's threshold (default TRIPLE_THRESHOLD). */
  tripleThreshold?: number;
  /** Kept attributions below this attribution score nested in a likelier one's content are dropped (default NESTED_KEEP_SCORE). */
  nestedKeepScore?: number;
  /** Receives every candidate attribution with its features before the attribution model filters (training). */
  onCandidates?: (candidates: ReadonlyArray<Candidate>) => void;
  /** Gold knowledge for the ceiling study (ceiling.ts) only; absent: the system alone decides. */
  oracle?: CueOracle;
}

/**
 * Oracle cues (and optionally sources, contents) for measuring the ceiling of the later steps
 * (ceiling.ts). Cue heads are keyed by their token's start offset.
 */
export interface CueOracle {
  /** Cue heads proposed as candidates whatever the classifier, lexicon and filters say. */
  heads: ReadonlySet<number>;
  /** Whether only those heads make candidates (other cues and constructions dropped). */
  only: boolean;
  /** Whether an oracle head's candidates are kept whatever the attribution model says. */
  keep: boolean;
  /** Replaces the source of a candidate whose cue head is given (undefined: leave as found). */
  source?: (head: number) => Span | null | undefined;
  /** Replaces the content of a candidate whose cue head is given (undefined: leave as found). */
  content?: (head: number) => Span[] | undefined;
}

/** A candidate attribution as the attribution model sees it. */
export interface Candidate {
  cue: Span | null;
  source: Span | null;
  content: readonly Span[];
  feats: string[];
  score: number;
}

/** The set of cue words: learned words above the rate, and the core cues. */
export function cueWords(counts: CueCounts, rate = CUE_RATE): Set<string> {
  const out = new Set(Object.keys(CORE_CUES));
  for (const [w, [c, n]] of Object.entries(counts)) {
    if (c >= CUE_MIN_COUNT && c / n >= rate && /\p{L}/u.test(w)) out.add(w);
  }
  return out;
}

/** Words that are cues right after a subject ("Trump urges", "she wants"): their rate there passes SUBJECT_CUE_RATE. */
export function subjectCueWords(counts: CueCounts, rate = SUBJECT_CUE_RATE): Set<string> {
  const out = new Set<string>();
  for (const [w, [, , c = 0, n = 0]] of Object.entries(counts)) {
    if (c >= CUE_MIN_COUNT && c / n >= rate && /\p{L}/u.test(w)) out.add(w);
  }
  return out;
}

const cueCache = new WeakMap<CueCounts, Map<string, Set<string>>>();
function cached(counts: CueCounts, key: string, make: () => Set<string>): Set<string> {
  let byKey = cueCache.get(counts);
  if (!byKey) cueCache.set(counts, (byKey = new Map()));
  let set = byKey.get(key);
  if (!set) byKey.set(key, (set = make()));
  return set;
}

interface Ctx {
  text: string;
  tokens: readonly Token[];
  entities: readonly EntityItem[];
  /** For each token: index of the double-quoted span it lies in, or -1. */
  inQuote: Int32Array;
  quoted: QuotedSpan[];
  cues: Set<string>;
  /** The cue classifier (null: the lexicon alone decides) and its threshold. */
  model: CueModel | null;
  threshold: number;
  /** Frequent words that (almost) never head a cue in train: skipped before the classifier, for speed. */
  nonCues: ReadonlySet<string>;
  /** Whether cues without a source found still make candidates (the attribution model judges them). */
  proposeSourceless: boolean;
  /** Cue words only after a subject. */
  subjectCues: Set<string>;
  /** Entity mentions in text order, with their entity. */
  mentions: Array<{ start: number; end: number; entity: EntityItem }>;
  oracle: CueOracle | null;
}

type Draft0 = Omit<Draft, 'paragraph'>;

interface Draft {
  content: Span[];
  cue: Span | null;
  source: Span | null;
  /** The paragraph of the content (for carry-over). */
  paragraph: number;
  /** Where an unnamed source's description ends, when a clause after the source adds to it. */
  descriptionEnd?: number;
  /** How the cue was found, for the attribution model: its token, classifier score, lexicon, construction. */
  cueIndex?: number;
  score?: number;
  known?: boolean;
  origin?: string;
}

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
/** After the cue, at most this many words still leave the content before it ('..., she said on Tuesday.'). */
const SHORT_REST = 4;
/** Words opening a tail after "officials said," that adds to what came before, not the content. */
const TAIL_OPENERS: ReadonlySet<string> = new Set([
  // ("…, the agency said on Wednesday, as helicopters reached the valley": a circumstance.)
  'as',
  'amid',
  'after',
  'before',
  'when',
  'despite',
  'while',
  'whereas',
  'although',
  'though',
  'the',
  'a',
  'an',
]);
/** Prepositions that tie a place to the source before it ("the ministry in Tokyo", "officials at Camp David"). */
const PLACE_OF_SOURCE: ReadonlySet<string> = new Set(['in', 'at']);
/** A "that" this close after the cue's comma opens its content ("said, however, that …"). */
const COMMA_TAIL_THAT_REACH = 4;
const THAT_NEAR = /(^| )that( |$)/;
/** An appositive after an inverted source joins it up to this many words ("said X, a farmer in the valley"). */
const APPOSITIVE_MAX = 30;
/** Whether tokens [k, b) hold an auxiliary outside quotes: a clause, not a noun phrase. */
function hasClauseAux(ctx: Ctx, k: number, b: number): boolean {
  for (let m = k; m < b; m++) if (ctx.inQuote[m]! < 0 && CLAUSE_AUX.has(ctx.tokens[m]!.lower)) return true;
  return false;
}

/** Auxiliaries that end a source found after its cue ("said Smith is …", "said the plan will …"). */
const CLAUSE_AUX: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'does',
  'did',
]);
/** Commas an appositive run before the cue may hold ("Sen. Ann Lee, R-Ore., a candidate, said": 3). */
const APPOSITIVE_COMMAS = 4;
/** How far (UTF-16 units) before a source a mention may start and still overlap it. */
const MENTION_REACH = 200;
/** Particles of phrasal cues, skipped before the content ("laid out her plan", "pointed out that"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'aside', 'forward']);
/** A quote of at least this many words closing right before the source is the content ('"We need change," said X, ...'). */
const QUOTE_BEFORE_WORDS = 2;
/** Sentence-opening participles that report a question put to someone ("Asked about X, ..."). */
const ASKED = new Set(['asked', 'pressed', 'questioned']);
/** Quantifiers between a plural subject and its cue ("who both declined", "they all said"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
/** Adverbs without -ly between a subject and its cue ("have long called for", "has even suggested", "now says"). */
const CUE_ADVERBS = new Set(['long', 'even', 'ever', 'now', 'so', 'far', 'too', 'yet']);
/** Auxiliaries of a passive cue ("was reported by", "has been endorsed by"). */
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', "'s", '’s']);
/** The clitic "'s" ("she's expected": is; "he's said": has). */
const CLITIC_S: ReadonlySet<string> = new Set(["'s", '’s']);
/**
 * A preposition right after the cue belongs to the cue, not the content ("spoke about X", "warned
 * against X", "is critical of X"): in PolNeAR train, content after its cue starts after such a
 * preposition 10–100 times as often as with it. ("to" is not here: "wants to X" keeps it half the time.)
 */
const CUE_PREPOSITIONS = new Set(['about', 'on', 'of', 'for', 'against', 'with', 'over', 'at', 'in']);
/** After call/calls/called, "on" and "for" belong to the cue ("called on X to", "called for X"). */
const CALL_PARTICLES = new Set(['on', 'for']);
/** After a comma, these open a clause that ends the content ("..., who is 70", "..., but ..."). */
const CLAUSE_OPENERS = new Set(['who', 'which', 'but', 'while', 'although', 'though', 'whereas']);
/** A lead-in between a cue and "that" starts with one of these ("said in a statement that", "said last week that"). */
const LEAD_IN_STARTS = new Set([
  'in',
  'on',
  'at',
  'during',
  'to',
  'after',
  'before',
  'last',
  'this',
  'earlier',
  'later',
  'again',
  'also',
  'through',
  'via',
  'over',
  'from',
  'when',
  'as',
]);
/** Time words that are never a speaker ("said last month", "Wells Fargo on Monday announced"). */
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'day',
  'week',
  'month',
  'year',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'today',
  'yesterday',
  'tonight',
  'fall',
  'spring',
  'summer',
  'winter',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** "officials and an employee said": after these an 'and' still joins two sources. */
const NP_AFTER_AND = new Set(['a', 'an', 'the', 'two', 'three', 'other', 'several']);
const CLOSING_MARKS = new Set(['"', '”', '»', '’', "'"]);
const OPENING_MARKS = new Set(['"', '“', '„', '«', "'", "''"]);

function isPunct(t: Token): boolean {
  return t.kind === 'punct' || t.kind === 'symbol';
}

function isCapitalised(t: Token, text: string): boolean {
  return changesCase(text, t.start);
}

/** Finds the quotes of a text. Pure: reads its arguments, returns new items ordered by start, end. */
export function findQuotes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  entities: readonly EntityItem[],
  options: QuoteOptions = {},
): QuoteItem[] {
  if (tokens.length === 0) return [];
  // 1. Marks.
  const quoted = findQuotedSpans(text).filter((q) => q.marks === 'double');
  const inQuote = new Int32Array(tokens.length).fill(-1);
  let qi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (qi < quoted.length && quoted[qi]!.end <= t.start) qi++;
    const q = quoted[qi];
    if (q && q.start <= t.start && t.end <= q.end) inQuote[i] = qi;
  }
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })))
    .sort((a, b) => a.start - b.start);
  const counts = options.counts ?? loadCueCounts();
  const triples = options.triples === undefined ? loadTripleModel() : options.triples;
  const cueRate = options.cueRate ?? CUE_RATE;
  const subjectRate = options.subjectCueRate ?? SUBJECT_CUE_RATE;
  const ctx: Ctx = {
    text,
    tokens,
    entities,
    inQuote,
    quoted,
    cues: cached(counts, `all:${cueRate}`, () => cueWords(counts, cueRate)),
    subjectCues: cached(counts, `subject:${subjectRate}`, () => subjectCueWords(counts, subjectRate)),
    model: options.model === undefined ? loadCueModel() : options.model,
    threshold: options.threshold ?? (triples ? CANDIDATE_THRESHOLD : CUE_THRESHOLD),
    nonCues: options.nonCues ?? loadNonCues(),
    proposeSourceless: triples !== null || options.onCandidates !== undefined,
    mentions,
    oracle: options.oracle ?? null,
  };
  const paras = paragraphs(text);
  const paraOf = (pos: number): number => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paras[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const sents: Array<[number, number]> =
    sentences.length > 0 ? sentences.map((s) => [s.tokenStart, s.tokenEnd]) : [[0, tokens.length]];
  // 2–3. Cues, sources, contents.
  let drafts: Draft[] = [];
  for (const [a, b] of sents) {
    for (const d of sentenceAttributions(ctx, a, b))
      drafts.push({ ...d, paragraph: paraOf(d.content[0]!.start) });
  }
  if (ctx.oracle) drafts = withOracle(ctx, drafts, paraOf);
  // 3b. The attribution model keeps the candidates whose whole attribution looks like one.
  if (triples || options.onCandidates) {
    if (options.onCandidates) {
      const feats = drafts.map((_, i) => tripleFeatureNames(draftValues(ctx, drafts, i, [])));
      options.onCandidates(
        drafts.map((d, i) => ({
          cue: d.cue,
          source: d.source,
          content: d.content,
          feats: feats[i]!,
          score: d.score ?? 0,
        })),
      );
    }
    const th = options.tripleThreshold ?? TRIPLE_THRESHOLD;
    // Constructions found without the classifier (transcript lines, "X's claim that") are kept as found.
    if (triples) {
      // The values of the candidate being scored: one array refilled for each (the names are not built).
      const values: string[] = [];
      const scored = drafts.map((d, i) =>
        CONSTRUCTIONS.has(d.origin ?? '') || (d.score ?? 0) > SURE_CUE_SCORE || isForced(ctx, d)
          ? Infinity
          : scoreTripleValues(triples, draftValues(ctx, drafts, i, values), d.score ?? 0),
      );
      const keep = scored.map((x) => x > th);
      // Two cues claiming the very same content ("said … adding"): the likelier one keeps it.
      const best = new Map<string, number>();
      drafts.forEach((d, i) => {
        if (!keep[i]) return;
        const key = `${d.content[0]!.start}:${d.content[0]!.end}`;
        const j = best.get(key);
        if (j === undefined) best.set(key, i);
        else if (scored[i]! > scored[j]!) {
          keep[j] = false;
          best.set(key, i);
        } else keep[i] = false;
      });
      // Two nearby cues whose contents overlap ("expressed alarm that …", "remarks indicated that …"):
      // the likelier one keeps it.
      for (let i = 0; i < drafts.length; i++) {
        if (!keep[i]) continue;
        const x = drafts[i]!;
        for (let j = i + 1; j < Math.min(drafts.length, i + NEIGHBOURS); j++) {
          const y = drafts[j]!;
          if (!keep[j] || x.cueIndex === undefined || y.cueIndex === undefined) continue;
          if (Math.abs(x.cueIndex - y.cueIndex) > ADJACENT_CUES || x.cueIndex === y.cueIndex) continue;
          if (!overlaps(x.content, y.content)) continue;
          if (scored[j]! > scored[i]!) {
            keep[i] = false;
            break;
          }
          keep[j] = false;
        }
      }
      // A weak attribution whose cue lies inside a likelier kept one's content ("X said the mayor wants
      // to …" with "wants" barely kept): gold marks such nested statements less often than not.
      dropNested(drafts, scored, keep, options.nestedKeepScore ?? NESTED_KEEP_SCORE);
      drafts = drafts.filter((_, i) => keep[i]);
    }
  }
  // 4. Continued quotes and cue-less quote paragraphs.
  addContinuations(ctx, drafts, paraOf);
  // 5–6. Speakers and kinds.
  const items: QuoteItem[] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    const speaker = d.source ? resolveSpeaker(ctx, d.source, d.descriptionEnd ?? -1) : null;
    for (const part of d.content) {
      const key = `${part.start}:${part.end}:${d.cue?.start ?? -1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({
        start: part.start,
        end: part.end,
        kind: kindOf(ctx, part),
        speaker: speaker ? { ...speaker } : null,
        cue: d.cue ? { start: d.cue.start, end: d.cue.end } : null,
      });
    }
  }
  return items.sort(
    (x, y) => x.start - y.start || x.end - y.end || (x.cue?.start ?? -1) - (y.cue?.start ?? -1),
  );
}

/**
 * Kept cues at most this many tokens apart whose contents overlap compete for one statement ("expressed
 * alarm that …", "said … adding"): the likelier keeps it. Cross-validation on all of train (content /
 * source overlap at −0.5): 2 tokens 0.7723 / 0.7142, 4 0.7745 / 0.7156, 6 0.7769 / 0.7161, 10 0.7811 /
 * 0.7166, 15 0.7839 / 0.7153, 25 0.7861 / 0.7138: further apart, more nested attributions go, content
 * rises and source falls; 10 keeps source best.
 */
const ADJACENT_CUES = 10;

/**
 * A kept attribution scored below this by the attribution model is dropped when its cue lies inside the
 * content of a likelier kept one (a nested statement). Cross-validation on train (content / exact /
 * source / source-exact overlap at −0.5): none 0.7833 / 0.4743 / 0.7265 / 0.6004, 0 0.7852 / 0.4748 /
 * 0.7271 / 0.6011, 1.5 0.7860 / 0.4748 / 0.7268 / 0.6012 (3 and 8 as 1.5); dev content / source 0.8302 /
 * 0.7758 → 0.8312 / 0.7767 at 0, 0.8323 / 0.7776 at 1.5. 0 keeps source best and the fairly sure nested
 * statements ("X has endorsed the plan, Y told reporters"). Round eight's averaged attribution model
 * (threshold −1, content / source): −1 0.7882 / 0.7412, 0 0.7910 / 0.7420, 1 0.7919 / 0.7419, 2 0.7922 / 0.7416.
 */
const NESTED_KEEP_SCORE = 1;

/**
 * Unkeeps (in `keep`) each kept attribution scored below `min` whose cue lies inside the content of a
 * kept one scored higher, among its NEIGHBOURS on each side (attributions in text order).
 */
export function dropNested(
  items: ReadonlyArray<{ cue: Span | null; content: readonly Span[] }>,
  scored: readonly number[],
  keep: boolean[],
  min: number,
): void {
  for (let i = 0; i < items.length; i++) {
    const cue = items[i]!.cue;
    if (!keep[i] || !cue || scored[i]! >= min) continue;
    for (let j = Math.max(0, i - NEIGHBOURS); j < Math.min(items.length, i + NEIGHBOURS + 1); j++) {
      if (j === i || !keep[j] || scored[j]! <= scored[i]! || !covers(items[j]!.content, cue)) continue;
      keep[i] = false;
      break;
    }
  }
}

/** A cue this far above the proposal threshold lends its source to a later participle in the sentence. */
const CONFIDENT_MARGIN = 10;

/** Attributions found by a construction rather than the cue classifier: the attribution model leaves them be. */
const CONSTRUCTIONS: ReadonlySet<string> = new Set(['transcript', 'claim']);
/** A cue the classifier scores above this is kept whatever the attribution model says (tuned by cross-validation on train). */
const SURE_CUE_SCORE = 30;
/** The cue score given to constructions found without the classifier (transcript lines, "X's claim that"). */
const CONSTRUCTION_SCORE = 10;

/** The start offset of a draft's cue head: its cue token, else the start of its cue. */
function cueHead(ctx: Ctx, d: Draft0): number | undefined {
  return d.cueIndex !== undefined ? ctx.tokens[d.cueIndex]!.start : d.cue?.start;
}

/** Whether a draft's cue is an oracle head to keep whatever the attribution model says. */
function isForced(ctx: Ctx, d: Draft0): boolean {
  if (!ctx.oracle?.keep) return false;
  const h = cueHead(ctx, d);
  return h !== undefined && ctx.oracle.heads.has(h);
}

/** The drafts with the oracle's sources and contents put in where it gives them (ceiling study). */
function withOracle(ctx: Ctx, drafts: Draft[], paraOf: (pos: number) => number): Draft[] {
  const oracle = ctx.oracle!;
  return drafts.map((d) => {
    const h = cueHead(ctx, d);
    if (h === undefined || !oracle.heads.has(h)) return d;
    const source = oracle.source?.(h);
    const content = oracle.content?.(h);
    const out: Draft = { ...d };
    if (source !== undefined) {
      out.source = source;
      delete out.descriptionEnd;
    }
    if (content !== undefined && content.length > 0) {
      out.content = content;
      out.paragraph = paraOf(content[0]!.start);
    }
    return out;
  });
}

/** The attributions whose cue lies in sentence tokens [a, b). */
function sentenceAttributions(ctx: Ctx, a: number, b: number): Draft0[] {
  const { tokens, text } = ctx;
  const out: Draft0[] = [];
  const oracle = ctx.oracle;
  const transcript = transcriptLine(ctx, a, b);
  if (transcript && (!oracle?.only || oracle.heads.has(transcript.cue!.start)))
    return [{ ...transcript, score: CONSTRUCTION_SCORE, known: true, origin: 'transcript' }];
  let titleCase: boolean | undefined;
  for (let c = a; c < b; c++) {
    const t = tokens[c]!;
    // An oracle head is a candidate whatever the filters below say (ceiling study).
    const forced = oracle !== null && oracle.heads.has(t.start);
    if (oracle?.only && !forced) continue;
    if (!forced && ctx.inQuote[c]! >= 0) continue;
    if (!forced && t.kind !== 'word' && t.lower !== ':') continue;
    if (CLAIM_NOUNS.has(t.lower) && tokens[c + 1]?.lower === 'that') {
      const d = possessiveClaim(ctx, a, b, c);
      if (d) out.push({ ...d, cueIndex: c, score: CONSTRUCTION_SCORE, known: true, origin: 'claim' });
      if (d) continue;
    }
    // A capitalised cue inside a sentence is a name ("Noted author", "Told"), unless it starts the sentence.
    // In a title-case headline ("Obama Says Museum Will Tell …") every word is capitalised, cues too.
    if (
      !forced &&
      c > a &&
      isCapitalised(t, text) &&
      t.lower !== 'i' &&
      !(titleCase ??= isTitleCase(ctx, a, b))
    )
      continue;
    // The subject test (pure) only for the words that are cues after a subject.
    const known = ctx.cues.has(t.lower) || (ctx.subjectCues.has(t.lower) && afterSubject(text, tokens, c));
    let score = 0;
    if (ctx.model) {
      if (!forced && !known && ctx.nonCues.has(t.lower)) continue;
      score = cueScore(ctx.model, text, tokens, c, a, b, false);
      if (!forced && score <= ctx.threshold - (known ? KNOWN_CUE_BONUS : 0)) continue;
    } else if (!known && !forced) continue;
    const from = out.length;
    // "Asked about the blast, the minister said ...": the question is content, its source unnamed here.
    if (c === a && ASKED.has(t.lower) && isCapitalised(t, text)) {
      let k = c + 1;
      if (tokens[k]?.lower === 'about' || tokens[k]?.lower === 'on') k++;
      let e = k;
      while (e < b && !(tokens[e]!.lower === ',' && ctx.inQuote[e]! < 0)) e++;
      const content = e < b ? contentSpan(ctx, k, e) : null;
      if (content)
        out.push({ cue: { start: t.start, end: tokens[k - 1]!.end }, source: null, content: [content] });
      tag(out, from, c, score, known, 'asked');
      continue;
    }
    if (t.lower === 'according') {
      if (tokens[c + 1]?.lower !== 'to') continue;
      const d = accordingTo(ctx, a, b, c);
      if (d) out.push(d);
      tag(out, from, c, score, known, 'according');
      c += 1;
      continue;
    }
    // The source a participle or second verb shares: the last confident cue's (weak candidates' sources are guesses).
    const shared =
      out.findLast((d) => (d.score ?? 0) > ctx.threshold + CONFIDENT_MARGIN) ?? out[out.length - 1];
    const d = verbCue(ctx, a, b, c, shared?.source ?? null);
    if (d) out.push(d);
    tag(out, from, c, score, known, d?.origin ?? 'verb');
  }
  return out;
}

/** Records on the drafts pushed since `from` how their cue was found (for the attribution model). */
function tag(out: Draft0[], from: number, c: number, score: number, known: boolean, origin: string): void {
  for (let k = from; k < out.length; k++) {
    const d = out[k]!;
    d.cueIndex = c;
    d.score = score;
    d.known = known;
    d.origin ??= origin;
  }
}

/** Whether sentence tokens [a, b) are a title-case headline: 4+ words, all but short function words capitalised. */
function isTitleCase(ctx: Ctx, a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || ctx.inQuote[k]! >= 0) continue;
    words++;
    if (!isCapitalised(t, ctx.text) && t.lower.length > 3) return false;
  }
  return words >= 4;
}

/** "Trump's (earlier) claim that …": the possessor is the source, the "that" clause the content. */
function possessiveClaim(ctx: Ctx, a: number, b: number, c: number): Draft0 | null {
  const { tokens } = ctx;
  let k = c - 1;
  const possessive = (i: number): boolean => tokens[i]!.lower === "'s" || tokens[i]!.lower === '’s';
  if (k > a && !possessive(k) && tokens[k]!.kind === 'word' && !isCapitalised(tokens[k]!, ctx.text)) k--;
  if (k <= a || !possessive(k)) return null;
  // The possessor: a run of capitalised words ("Donald Trump"), or one noun with its determiner ("the mayor").
  let first = k - 1;
  if (isCapitalised(tokens[first]!, ctx.text))
    while (first > a && tokens[first - 1]!.kind === 'word' && isCapitalised(tokens[first - 1]!, ctx.text))
      first--;
  else if (first > a && ['the', 'a', 'his', 'her', 'their', 'its'].includes(tokens[first - 1]!.lower))
    first--;
  const src =
    tokens[k - 1]!.kind === 'word' ? { start: tokens[first]!.start, end: tokens[k - 1]!.end } : null;
  const content = src ? contentAfter(ctx, c + 1, b, tokens[c]!) : null;
  if (!src || !content) return null;
  return {
    cue: { start: tokens[c]!.start, end: tokens[c]!.end },
    source: { start: src.start, end: src.end },
    content: [content],
  };
}

/** "NAME: words" at the start of a paragraph-like sentence: a transcript line. */
function transcriptLine(ctx: Ctx, a: number, b: number): Draft0 | null {
  const { tokens, text } = ctx;
  const start = tokens[a]!.start;
  if (start > 0 && text[start - 1] !== '\n') return null;
  for (let k = a; k < Math.min(b, a + TRANSCRIPT_NAME_WORDS + 1); k++) {
    const t = tokens[k]!;
    if (t.lower === ':' && k > a && k + 1 < b) {
      const name = text.slice(start, tokens[k - 1]!.end);
      const upper = name === name.toUpperCase() && /\p{L}{2}/u.test(name);
      const at = ctx.mentions[lowerBound(ctx.mentions, start)];
      const entity = at !== undefined && at.start === start && at.end === tokens[k - 1]!.end;
      // A headline "Survey: two rivals level in Valdoria race" opens the text.
      if (!upper && !entity && start > 0) return null;
      const contentEnd = paragraphEnd(ctx, tokens[k + 1]!.start);
      return {
        source: { start, end: tokens[k - 1]!.end },
        cue: { start: t.start, end: t.end },
        content: [{ start: tokens[k + 1]!.start, end: contentEnd }],
      };
    }
    if (isPunct(t) || !isCapitalised(t, text)) return null;
  }
  return null;
}

function paragraphEnd(ctx: Ctx, from: number): number {
  const { text } = ctx;
  let end = text.indexOf('\n\n', from);
  if (end < 0) end = text.length;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** "according to X, content" or "content, according to X". */
function accordingTo(ctx: Ctx, a: number, b: number, c: number): Draft0 | null {
  const { tokens } = ctx;
  const cue = { start: tokens[c]!.start, end: tokens[c + 1]!.end };
  let e = c + 2;
  while (e < b && !isPunct(tokens[e]!)) e++;
  if (e === c + 2) return null;
  const source = { start: tokens[c + 2]!.start, end: tokens[e - 1]!.end };
  let content: Span | null;
  if (c === a || (c === a + 1 && isPunct(tokens[a]!))) {
    content = tokens[e]?.lower === ',' ? contentSpan(ctx, e + 1, b) : null;
  } else {
    let end = c;
    while (end > a && isPunct(tokens[end - 1]!) && !CLOSING_MARKS.has(tokens[end - 1]!.lower)) end--;
    content = contentSpan(ctx, a, end, true);
    // "content, according to X, more content": the rest of the sentence is content too.
  }
  return content ? { cue, source, content: [content] } : null;
}

/** A reporting verb at token c. */
function verbCue(ctx: Ctx, a: number, b: number, c: number, previous: Span | null): Draft0 | null {
  const { tokens } = ctx;
  const cueTok = tokens[c]!;
  const cue = { start: cueTok.start, end: cueTok.end };
  // "who asked not to be named", "declined to be identified": the source's anonymity, no statement.
  if (ANONYMITY.some((words) => words.every((w, k) => tokens[c + 1 + k]?.lower === w))) return null;
  // "Recognising the risk, the mayor delayed the vote": a participle opening the sentence reports the
  // main clause's subject; its content runs to the comma.
  const participleClause = openingParticiple(ctx, a, b, c);
  if (participleClause) return participleClause;
  // "..., adding that ...": a participle after a comma shares the sentence's earlier source.
  if (tokens[c - 1]?.lower === ',' && cueTok.lower.endsWith('ing')) {
    const subject = previous ?? sentenceSubject(ctx, a, c);
    const content = subject ? contentAfter(ctx, c + 1, b, cueTok) : null;
    if (subject && content) return { cue, source: subject, content: [content], origin: 'participle' };
  }
  // Source on the left: skip adverbs and auxiliaries, then a noun phrase.
  let j = c - 1;
  const skippable = (k: number): boolean =>
    BETWEEN_SOURCE_AND_CUE.has(tokens[k]!.lower) ||
    // "she's expected", "he's said": a clitic 's after a pronoun is an auxiliary, not a possessive.
    (CLITIC_S.has(tokens[k]!.lower) && k > a && Object.hasOwn(SPEAKER_PRONOUNS, tokens[k - 1]!.lower)) ||
    FLOATING_QUANTIFIERS.has(tokens[k]!.lower) ||
    CUE_ADVERBS.has(tokens[k]!.lower) ||
    isLowerAdverb(tokens[k]!);
  const adverbialPair = (k: number): boolean =>
    k > a && ADVERBIAL_PAIRS.some(([x, y]) => tokens[k - 1]!.lower === x && tokens[k]!.lower === y);
  while (j >= a && (skippable(j) || adverbialPair(j))) j -= skippable(j) ? 1 : 2;
  // "Wells Fargo last month announced": a time phrase between subject and cue is skipped too.
  let t0 = j;
  while (
    t0 >= a &&
    (TIME_WORDS.has(tokens[t0]!.lower) || /^(last|this|next|on|late|early)$/.test(tokens[t0]!.lower))
  )
    t0--;
  if (t0 < j && TIME_WORDS.has(tokens[j]!.lower)) j = t0;
  while (j >= a && skippable(j)) j--;
  let src = leftNounPhrase(ctx, a, j);
  // "Rep. Stephen Lynch (D-Mass.) said": a parenthetical after the name is skipped.
  if (!src) src = leftNounPhrase(ctx, a, skipParenthetical(ctx, a, j));
  // "Kall -- co-editor of a book -- said": the subject before a dashed appositive.
  if (!src && j > a && DASHES.has(tokens[j]!.lower)) {
    let k = j - 1;
    while (k > a && j - k <= APPOSITIVE_MAX && !DASHES.has(tokens[k]!.lower) && ctx.inQuote[k]! < 0) k--;
    if (k > a && DASHES.has(tokens[k]!.lower)) src = leftNounPhrase(ctx, a, skipParenthetical(ctx, a, k - 1));
  }
  // "She called the plan outrageous and called for ...": a second verb shares the sentence's source.
  if (!src && j > a && tokens[j]!.lower === 'and' && !cueTok.lower.endsWith('ing')) {
    const shared = previous ?? sentenceSubject(ctx, a, j);
    const content = shared ? contentAfter(ctx, c + 1, b, cueTok) : null;
    if (shared && content) return { cue, source: shared, content: [content], origin: 'shared' };
  }
  if (src && src.first > a) src = widenSource(ctx, a, src);
  let inverted = false;
  let after = c + 1;
  // Passive: "The issue was first reported by The Post": the source follows "by", the content is the subject.
  if (tokens[c + 1]?.lower === 'by') {
    const by = rightNounPhrase(ctx, c + 2, b, true);
    const passive = j < c - 1 && PASSIVE_AUX.has(tokens[j + 1]!.lower);
    if (!by || !passive || j < a) return null;
    const subject = contentSpan(ctx, a, j + 1, true);
    return subject
      ? { cue, source: { start: by.start, end: by.end }, content: [subject], origin: 'passive' }
      : null;
  }
  // "The bill is expected to pass", "She seemed to concede": a passive without an agent or a raising
  // verb reports nobody; its subject is part of the content (PolNeAR marks "The bill|to pass").
  const raised = src ? raisedSubject(ctx, src, j, c, b) : null;
  if (raised) return { cue, source: null, content: raised, origin: 'raised' };
  // "The mayor reportedly met the bidders": a hearsay adverb names no source; the clause around it is the
  // content, the subject (with its auxiliaries) and the rest (PolNeAR: 20 of 20 such cues in train).
  if (src && HEARSAY_ADVERBS.has(cueTok.lower)) {
    const rest = contentSpan(ctx, c + 1, b);
    return rest
      ? {
          cue,
          source: null,
          content: [{ start: src.start, end: tokens[c - 1]!.end }, rest],
          origin: 'raised',
        }
      : null;
  }
  // "The minister was asked about the delay": the one asked is no source, whoever asked goes unnamed.
  if (src && ASKED.has(cueTok.lower) && src.last < c - 1 && PASSIVE_AUX.has(tokens[c - 1]!.lower)) {
    const asked = contentAfter(ctx, c + 1, b, cueTok);
    return asked ? { cue, source: null, content: [asked], origin: 'raised' } : null;
  }
  const closingBefore = (i: number): boolean =>
    i >= a && (CLOSING_MARKS.has(tokens[i]!.lower) || (tokens[i]!.lower === ',' && ctx.inQuote[i - 1]! >= 0));
  let clauseEnd = -1;
  // "Smith, a lawyer for the family, said the ...": the subject before an appositive.
  if (
    !src &&
    j > a &&
    tokens[j]!.lower === ',' &&
    !closingBefore(j) &&
    // (A short rest counts when it is a clause: "Jo Marsh, the treasurer, said the fund was empty.")
    (restLength(ctx, c + 1, b) > SHORT_REST || hasClauseAux(ctx, c + 1, b))
  ) {
    let k = j - 1;
    while (k > a && tokens[k]!.lower !== ',' && ctx.inQuote[k]! < 0) k--;
    if (k > a && tokens[k]!.lower === ',') src = leftNounPhrase(ctx, a, skipParenthetical(ctx, a, k - 1));
    // "Making her way to the stage, Ada Brenner and her aide, thanked …": when what opens the sentence
    // before the first comma is an aside, the subject is what stands between the two commas.
    if (src && src.first === a && k > a && openingAside(ctx, a, k, c)) {
      const inner = leftNounPhrase(ctx, k + 1, skipParenthetical(ctx, k + 1, j - 1));
      src = inner && inner.first === k + 1 ? inner : src;
    }
    // "Sen. Ann Lee, R-Ore., a candidate for governor, said": a subject opening the sentence before
    // more than one comma wins over a noun phrase between two of them.
    if (!src || src.first > a) {
      let m = k - 1;
      for (let commas = 1; commas < APPOSITIVE_COMMAS && m > a && j - m <= APPOSITIVE_MAX; commas++) {
        while (m > a && tokens[m]!.lower !== ',' && ctx.inQuote[m]! < 0) m--;
        if (m <= a || tokens[m]!.lower !== ',') break;
        const np = leftNounPhrase(ctx, a, skipParenthetical(ctx, a, m - 1));
        // ("However, Jo Marsh, the treasurer, said": an opening aside is no subject.)
        if (np && np.first === a && !openingAside(ctx, a, m, c)) {
          src = np;
          k = m;
          break;
        }
        m--;
      }
    }
    // "One of the officials, who declined to be named, said": the clause describes the source.
    if (src && (tokens[k + 1]?.lower === 'who' || tokens[k + 1]?.lower === 'whom'))
      clauseEnd = tokens[j - 1]!.end;
    // "The central bank, which has held rates low, is expected to act": a raised subject before an appositive.
    const raisedApart = src ? raisedSubject(ctx, src, j, c, b, false) : null;
    if (raisedApart) return { cue, source: null, content: raisedApart, origin: 'raised' };
  }
  let descriptionEnd = clauseEnd;
  if (!src && j >= a && (tokens[j]!.lower === ',' || closingBefore(j))) {
    // '"...," said Smith' / 'said Smith, a spokesman': the source after the cue; after a comma or
    // quote it may open in lower case ('"...," said former Gov. Ada Brenner', 'added her press secretary').
    // ('"…," Ada Brenner, a former aide, told the Ledger.': after "told" comes the addressee, never the source.)
    const right = ADDRESSEE_ONLY.has(cueTok.lower) ? null : rightNounPhrase(ctx, c + 1, b, false, true);
    // "McConnell, R-Ky., said Tuesday that …": a day after the cue is a time, not the source.
    if (right && !TIME_WORDS.has(tokens[right.first]!.lower)) {
      src = right;
      inverted = true;
      after = right.last + 1;
      // ("said Theresa May on Tuesday, adding …": the day is left out of the source and the content.)
      if (tokens[after]?.lower === 'on' && TIME_WORDS.has(tokens[after + 1]?.lower ?? '')) after += 2;
      // '..., said one of the officials, who declined to be named.': the clause describes the source.
      if (tokens[after]?.lower === ',' && ['who', 'whom'].includes(tokens[after + 1]?.lower ?? '')) {
        let e = b;
        while (e > after && isPunct(tokens[e - 1]!)) e--;
        descriptionEnd = tokens[e - 1]!.end;
        after = b;
      }
    }
  }
  // ("said late on Tuesday, adding that …": the time after the cue is neither content nor source.)
  const tailAt = skipTimePhrase(ctx, after, b);
  const rest = restLength(ctx, after, b);
  // "... said at a harbour ceremony this week.": an adverbial tail leaves the content before the cue.
  let adverbialTail =
    after < b &&
    tokens[after]!.lower !== 'to' && // "declined to comment": an infinitive is content, not a place or time
    (LEAD_IN_STARTS.has(tokens[after]!.lower) || TIME_WORDS.has(tokens[after]!.lower));
  for (let m = after; m < b && adverbialTail; m++)
    adverbialTail = tokens[m]!.lower !== 'that' && ctx.inQuote[m]! < 0 && tokens[m]!.lower !== ':';
  // "..., an official said, adding that ...": the participle clause is an attribution of its own.
  const participleTail =
    tokens[tailAt]?.lower === ',' && /^\p{Ll}{3,}ing$/u.test(tokens[tailAt + 1]?.lower ?? '');
  // "The toll rose to 57, officials said, while dozens remained missing": a cue with a comma right after
  // it and no quote or "that" opening there reports what came before.
  const commaTail =
    tokens[tailAt]?.lower === ',' &&
    TAIL_OPENERS.has(tokens[tailAt + 1]?.lower ?? '') &&
    !THAT_NEAR.test(
      tokens
        .slice(tailAt + 1, Math.min(b, tailAt + 1 + COMMA_TAIL_THAT_REACH))
        .map((t) => t.lower)
        .join(' '),
    );
  const shortTail = rest <= SHORT_REST || adverbialTail || participleTail || commaTail;
  let before = src && !inverted ? src.first - 1 : j;
  // '"...," Scott Pruitt, the attorney general, said.': the quote opening the sentence is the content.
  const opening = ctx.inQuote[a]! >= 0 ? ctx.quoted[ctx.inQuote[a]!]! : null;
  if (
    opening &&
    shortTail &&
    before >= a &&
    tokens[before]!.end > opening.end &&
    tokens[before]!.lower === ','
  ) {
    let k = a;
    while (k < b && tokens[k]!.end <= opening.end) k++;
    if (k <= before) before = k - 1;
  }
  // '“… here?” Biden said.': a sentence of source and cue after a quote that ended its own sentence.
  const prior = quoteEndingBefore(ctx, a);
  if (prior && shortTail && ((src && !inverted && src.first === a) || (!src && c === a))) {
    const right = src ? null : rightNounPhrase(ctx, c + 1, b, false, true);
    const source = src ?? right;
    if (source)
      return {
        cue,
        source: { start: source.start, end: source.end },
        content: [{ start: prior.start, end: prior.end }],
        origin: src ? 'before' : 'inverted-before',
      };
  }
  const commaBefore = before >= a && (tokens[before]!.lower === ',' || closingBefore(before));
  const quoteBefore = closingBefore(before) && quoteWordsBefore(ctx, before) >= QUOTE_BEFORE_WORDS;
  // Content before the cue: '"...," she said' or 'The talks failed, officials said.'
  // 'Since the vote, officials have not pushed the issue.': an opening adverbial is no content.
  const introOnly = before > a && opensAdverbial(ctx, a, before);
  if (commaBefore && (shortTail || quoteBefore) && !introOnly) {
    const content = contentSpan(ctx, a, before + (tokens[before]!.lower === ',' ? 0 : 1), true);
    if (!content) return null;
    const parts = [content];
    // '"...," he said, "..."': a second part after the cue.
    let k = after;
    if (tokens[k]?.lower === ',' || tokens[k]?.lower === ':') k++;
    if (k < b && ctx.inQuote[k]! >= 0 && OPENING_MARKS.has(tokens[k]!.lower)) {
      const more = contentSpan(ctx, k, b);
      if (more) parts.push(more);
    }
    // '"...," Robert Peck, an analyst at the bank, told me.': all between the quote and the cue's comma.
    const source = src ?? appositiveAfterQuote(ctx, opening, before, j);
    return {
      cue,
      source: source ? { start: source.start, end: source.end } : null,
      content: parts,
      descriptionEnd,
      origin: inverted ? 'inverted-before' : 'before',
    };
  }
  // "Sen. Ann Lee, a candidate who …, tweeted a warning that …": with the content after the cue, a
  // lower-case noun phrase after a cue that follows a plain comma is its object, not an inverted source.
  if (
    src &&
    inverted &&
    !isCapitalised(tokens[src.first]!, ctx.text) &&
    descriptionEnd === clauseEnd &&
    j >= a &&
    tokens[j]!.lower === ',' &&
    !closingBefore(j)
  ) {
    src = null;
    inverted = false;
    after = c + 1;
  }
  // "Smith, a lawyer for the family, said ...": the subject before an appositive.
  if (!src && j >= a && tokens[j]!.lower === ',') {
    let k = j - 1;
    while (k > a && tokens[k]!.lower !== ',' && ctx.inQuote[k]! < 0) k--;
    if (k > a && tokens[k]!.lower === ',') {
      const np = leftNounPhrase(ctx, a, k - 1);
      if (np) src = np;
    }
    if (src) after = c + 1;
  }
  if (!src) {
    // With the attribution model to judge them, cues without a source found still propose their
    // content, with the sentence's subject when there is one ("..., telling X that", "the plan, urging").
    if (!ctx.proposeSourceless) return null;
    const subject = sentenceSubject(ctx, a, c);
    const content = contentAfter(ctx, c + 1, b, cueTok);
    if (!content) return null;
    return { cue, source: subject, content: [content], origin: subject ? 'subject' : 'sourceless' };
  }
  // Content after the cue.
  const content = contentAfter(ctx, after, b, cueTok);
  if (!content) return null;
  return {
    cue,
    source: { start: src.start, end: src.end },
    content: [content],
    descriptionEnd,
    origin: inverted ? 'inverted-after' : 'after',
  };
}

/** Cues whose object is always the addressee ("told the Ledger"): no source inverts after them. */
const ADDRESSEE_ONLY: ReadonlySet<string> = new Set([
  'told',
  'tells',
  'tell',
  'informed',
  'assured',
  'reminded',
  'briefed',
]);
/** Verbs that raise their subject out of the reported clause ("X seems to …", "X appeared to …"). */
const RAISING_VERBS: ReadonlySet<string> = new Set([
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
]);
/** Adverbs that report hearsay without a source ("reportedly met", "allegedly used"). */
const HEARSAY_ADVERBS: ReadonlySet<string> = new Set([
  ...['reportedly', 'allegedly', 'apparently', 'purportedly', 'seemingly', 'supposedly', 'ostensibly'],
]);
/** Participles that name what precedes them ("known as", "titled", "dubbed"): no one is reported. */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['known', 'titled', 'entitled', 'dubbed', 'nicknamed', 'labeled', 'labelled', 'branded'],
]);
/** The forms of "seem", which raise any complement ("seems unworkable", "seemed like a safe pick"). */
const SEEM: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed']);
/** Passive cues that name their source ("is said to", "was told to", "was asked to"): the rule below leaves them alone. */
const AGENT_PASSIVES: ReadonlySet<string> = new Set(['said', 'reported', 'told', 'asked', 'quoted', 'cited']);
/** Participles the -ed/-en pattern misses ("rain is forecast to continue", "she is understood to favour"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['forecast', 'understood', 'held', 'bound']);

/** What opens the complement of a raised subject ("expected to", "seen as", "known for"). */
const RAISED_COMPLEMENTS: ReadonlySet<string> = new Set(['to', 'as', 'for']);

/**
 * "The bill is expected to pass", "Ruiz is seen as a moderate", "She seemed to concede": a passive
 * participle after a form of "be" (no "by" agent: the caller handles that) or a raising verb, followed by
 * to/as/for. Nobody is reported as the source; the content is the subject and the complement, in two
 * parts (PolNeAR's convention: 68 of 71 "is expected" cues in train have no source). Null otherwise.
 */
function raisedSubject(ctx: Ctx, src: Np, j: number, c: number, b: number, adjacent = true): Span[] | null {
  const { tokens } = ctx;
  const w = tokens[c]!.lower;
  const next = tokens[c + 1]?.lower ?? '';
  if ((adjacent && src.last !== j) || c + 2 >= b) return null;
  // "It appears that the vote failed": an expletive subject reports nobody; the clause is the content.
  if (
    adjacent &&
    src.first === src.last &&
    tokens[src.first]!.lower === 'it' &&
    RAISING_VERBS.has(w) &&
    (next === 'that' || next === ',')
  ) {
    const clause = contentAfter(ctx, c + 1, b, tokens[c]!);
    return clause ? [clause] : null;
  }
  // "The plan seems unworkable", "She seemed like a safe pick": "seem" raises whatever follows it.
  const seemAlone = SEEM.has(w) && next !== 'to' && next !== 'that' && !isPunct(tokens[c + 1]!);
  // "a group known as X", "a memoir titled X": a naming participle names no source either.
  // ("Kaine dubbed her …": after a name or pronoun, "dubbed", "titled" are active verbs with a source.)
  const lastTok = tokens[src.last]!;
  const active =
    w !== 'known' && (isCapitalised(lastTok, ctx.text) || Object.hasOwn(SPEAKER_PRONOUNS, lastTok.lower));
  const naming = NAMING_PARTICIPLES.has(w) && !active && !isPunct(tokens[c + 1]!);
  if (naming) {
    const named = contentSpan(ctx, next === 'as' ? c + 2 : c + 1, b);
    return named ? [{ start: src.start, end: src.end }, named] : null;
  }
  if (!RAISED_COMPLEMENTS.has(next) && !seemAlone) return null;
  let passive = false;
  for (let m = j + 1; m < c; m++) if (PASSIVE_AUX.has(tokens[m]!.lower)) passive = true;
  const participle =
    (/^\p{Ll}{2,}(ed|en|wn|ght)$/u.test(w) || IRREGULAR_PARTICIPLES.has(w)) && !AGENT_PASSIVES.has(w);
  // ("He seemed to indicate that …": a raising verb before a reporting one reports its subject after all.)
  const raising = RAISING_VERBS.has(w) && next === 'to' && !ctx.cues.has(tokens[c + 2]!.lower);
  if (!(passive && participle) && !raising && !seemAlone) return null;
  const complement = contentSpan(ctx, next === 'to' || seemAlone ? c + 1 : c + 2, b);
  if (!complement) return null;
  return [{ start: src.start, end: src.end }, complement];
}

/** Words that may open the sentence before a participle cue ("By calling out …,", "In opposing …,"). */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set([
  'by',
  'in',
  'while',
  'after',
  'when',
  'before',
  'since',
]);
/** The comma that closes an opening participle clause lies at most this many tokens after its cue. */
const PARTICIPLE_CLAUSE_MAX = 20;

/**
 * "Recognising the risk, the mayor delayed the vote" / "By calling out the minister, Lee took a side":
 * a cue in -ing that opens the sentence (after at most a preposition or subordinator): the content is
 * what follows it up to the comma, the source the noun phrase after the comma. Null otherwise.
 */
function openingParticiple(ctx: Ctx, a: number, b: number, c: number): Draft0 | null {
  const { tokens } = ctx;
  const t = tokens[c]!;
  if (!/^\p{L}{3,}ing$/u.test(t.lower)) return null;
  if (c !== a && !(c === a + 1 && PARTICIPLE_OPENERS.has(tokens[a]!.lower))) return null;
  let e = c + 1;
  while (e < b && e - c <= PARTICIPLE_CLAUSE_MAX && !(tokens[e]!.lower === ',' && ctx.inQuote[e]! < 0)) e++;
  if (e >= b || tokens[e]!.lower !== ',') return null;
  // The subject: the noun phrase, up to the end of the first name in it ("Mayor Ines Ward split …").
  const np = rightNounPhrase(ctx, e + 1, b);
  let src: Span | null = np;
  if (np) {
    const m = ctx.mentions[lowerBound(ctx.mentions, np.start)];
    if (m && m.end <= np.end && (m.entity.type === 'PERSON' || m.entity.type === 'ORG'))
      src = { start: np.start, end: m.end };
  }
  const content = e > c + 1 ? contentSpan(ctx, c + 1, e, true) : null;
  if (!src || !content) return null;
  return {
    cue: { start: t.start, end: t.end },
    source: { start: src.start, end: src.end },
    content: [content],
    origin: 'opening',
  };
}

/** The content after a cue: past an addressee, a lead-in up to "that", a particle; or the quote a colon announces. */
function contentAfter(ctx: Ctx, after: number, b: number, cueTok: Token): Span | null {
  const { tokens } = ctx;
  // ("said on Wednesday its profit rose": the time phrase opens no content.)
  let k = skipTimePhrase(ctx, after, b);
  if (OBJECT_CUES.has(cueTok.lower)) {
    const obj = objectEnd(ctx, k, b);
    k = obj;
  }
  // A lead-in before "that" ("said in televised comments that", "said Tuesday that").
  const first = tokens[k]?.lower ?? '';
  const leadIn =
    OBJECT_CUES.has(cueTok.lower) ||
    LEAD_IN_STARTS.has(first) ||
    PARTICLES.has(first) ||
    TIME_WORDS.has(first) ||
    /^\p{Ll}+ly$/u.test(first);
  for (let m = k; m < Math.min(b, k + CONTENT_SKIP_MAX); m++) {
    const t = tokens[m]!;
    if (t.lower === 'that' && (m === k || leadIn)) {
      k = m;
      break;
    }
    // 'said: "..."', 'said of Clinton, "..."', 'said Tuesday, "..."': the quote is the content.
    if ((t.lower === ':' || t.lower === ',') && m + 1 < b && ctx.inQuote[m + 1]! >= 0) {
      k = m + 1;
      break;
    }
    if (isPunct(t) || ctx.inQuote[m]! >= 0) break;
  }
  if (
    k === after &&
    k + 1 < b &&
    CUE_PREPOSITIONS.has(tokens[k]!.lower) &&
    ctx.inQuote[k]! < 0 &&
    !isPunct(tokens[k + 1]!)
  )
    k++;
  const particle = tokens[k]?.lower ?? '';
  const phrasal =
    PARTICLES.has(particle) || (cueTok.lower.startsWith('call') && CALL_PARTICLES.has(particle));
  if (phrasal && k + 1 < b && !isPunct(tokens[k + 1]!)) k++; // "laid out her plan", "called on X to
  while (k < b && (tokens[k]!.lower === ',' || tokens[k]!.lower === ':')) k++;
  // "The Times reports:" and the quote in the next sentence or paragraph.
  if (k >= b && tokens[b - 1]?.lower === ':' && b < tokens.length && ctx.inQuote[b]! >= 0) {
    const q = ctx.quoted[ctx.inQuote[b]!]!;
    return { start: q.start, end: q.end };
  }
  return contentSpan(ctx, k, b);
}

/** Words that may lead a time phrase right after a cue ("late on Tuesday", "earlier this week"). */
const TIME_LEADS: ReadonlySet<string> = new Set([
  'on',
  'late',
  'early',
  'earlier',
  'later',
  'last',
  'this',
  'next',
]);

/**
 * The token after a time phrase opening at k ("on Wednesday", "late on Tuesday", "last week"), or k when
 * none opens there (the phrase must hold a time word, within the sentence end b).
 */
function skipTimePhrase(ctx: Ctx, k: number, b: number): number {
  const { tokens } = ctx;
  let m = k;
  let timed = false;
  while (m < b && ctx.inQuote[m]! < 0) {
    const w = tokens[m]!.lower;
    if (TIME_WORDS.has(w)) timed = true;
    else if (!TIME_LEADS.has(w)) break;
    m++;
  }
  return timed ? m : k;
}

/** A lower-case -ly word: an adverb ("also", "quickly"), never a capitalised name ("Healy"). */
function isLowerAdverb(t: Token): boolean {
  return t.shape.charCodeAt(0) === 120 && /^\p{Ll}+ly$/u.test(t.lower);
}

/** The subject of a sentence for a participle cue: its first pronoun or entity mention before token c. */
function sentenceSubject(ctx: Ctx, a: number, c: number): Span | null {
  const { tokens } = ctx;
  // "When Ms. Ruiz took the floor, she spoke briefly, saying …": an opening subordinate clause or
  // adverbial holds no subject of the main clause; the scan starts after its comma.
  let from = a;
  if (ADVERBIAL_OPENERS.has(tokens[a]!.lower) || SUBORDINATORS.has(tokens[a]!.lower))
    for (let m = a + 1; m < c; m++)
      if (tokens[m]!.lower === ',' && ctx.inQuote[m]! < 0) {
        from = m + 1;
        break;
      }
  for (let k = from; k < c; k++) {
    const t = tokens[k]!;
    if (ctx.inQuote[k]! >= 0) continue;
    if (t.lower !== 'it' && Object.hasOwn(SPEAKER_PRONOUNS, t.lower)) return { start: t.start, end: t.end };
    const at = ctx.mentions[lowerBound(ctx.mentions, t.start)];
    if (at && at.start === t.start && (at.entity.type === 'PERSON' || at.entity.type === 'ORG'))
      return { start: at.start, end: at.end };
  }
  return null;
}

/**
 * The source between a quote opening the sentence and the comma before its cue, appositives and all
 * ('"…," Sarah Lee, legal director for the group, said'), when the left walk found none: it opens
 * with a capital or a determiner, holds no quote and runs at most APPOSITIVE_MAX tokens.
 */
function appositiveAfterQuote(ctx: Ctx, opening: QuotedSpan | null, before: number, j: number): Span | null {
  const { tokens, text } = ctx;
  if (!opening || tokens[j]?.lower !== ',') return null;
  let k = before + 1;
  while (k < j && tokens[k]!.lower === ',') k++;
  if (k >= j || j - k > APPOSITIVE_MAX || tokens[k]!.start < opening.end) return null;
  const t = tokens[k]!;
  if (!isCapitalised(t, text) && !DESCRIPTION_OPENERS.has(t.lower)) return null;
  for (let m = k; m < j; m++) if (ctx.inQuote[m]! >= 0) return null;
  return { start: t.start, end: tokens[j - 1]!.end };
}

/** Words that open an adverbial phrase before a sentence's subject ("In Florida,", "Since his departure,"). */
const ADVERBIAL_OPENERS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'since',
  'for',
  'when',
  'while',
  'as',
  'despite',
  'among',
  'with',
  'without',
  'amid',
  'following',
  'until',
  'from',
  'over',
  'under',
  'through',
  'throughout',
  'last',
  'earlier',
  'later',
  'meanwhile',
]);
/** An opening adverbial runs at most this many tokens. */
const ADVERBIAL_MAX = 12;

/**
 * Whether sentence tokens [a, end) are an opening adverbial rather than a clause: a preposition,
 * subordinator or participle ("Speaking Sunday on ABC,") opens them, and no comma splits them.
 */
function opensAdverbial(ctx: Ctx, a: number, end: number): boolean {
  const { tokens, text } = ctx;
  if (end - a > ADVERBIAL_MAX || ctx.inQuote[a]! >= 0) return false;
  const t = tokens[a]!;
  if (!ADVERBIAL_OPENERS.has(t.lower) && !(/^\p{Ll}{2,}ing$/u.test(t.lower) && isCapitalised(t, text)))
    return false;
  for (let m = a + 1; m < end; m++) if (tokens[m]!.lower === ',' && ctx.inQuote[m]! < 0) return false;
  return true;
}

/** Subordinators that open a clause before the main one ("Although X objected, …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'although',
  'though',
  'because',
  'if',
  'once',
  'unless',
  'whereas',
]);

/** Words that open a sentence-initial aside before its comma ("However,", "Of the plan,", "For now,"). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set([
  ...['however', 'still', 'similarly', 'moreover', 'instead', 'indeed', 'nonetheless', 'nevertheless'],
  ...['separately', 'likewise', 'additionally', 'furthermore', 'besides', 'thus', 'hence', 'then', 'yet'],
  ...['also', 'again', 'finally', 'ultimately', 'eventually', 'overall', 'previously', 'recently', 'now'],
  ...['of', 'just', 'so', 'but', 'and', 'or', 'even', 'meanwhile', 'earlier', 'later', 'today', 'yesterday'],
  ...['outside', 'inside', 'beyond', 'like', 'unlike', 'besides', 'instead', 'upon', 'within', 'across'],
]);

/**
 * Whether sentence tokens [a, m) before the comma at m are an aside rather than the subject ("However,",
 * "Just last week,", "For now,", "Of the plan,", a dateline "OSLO, May 2 (AP) —" before cue c).
 */
function openingAside(ctx: Ctx, a: number, m: number, c: number): boolean {
  const { tokens, text } = ctx;
  if (ASIDE_OPENERS.has(tokens[a]!.lower) || opensAdverbial(ctx, a, m)) return true;
  let timed = true;
  for (let k = a; k < m && timed; k++)
    timed = TIME_WORDS.has(tokens[k]!.lower) || TIME_LEADS.has(tokens[k]!.lower);
  if (timed) return true;
  const caps = text.slice(tokens[a]!.start, tokens[m - 1]!.end);
  if (!/\p{Lu}{2}/u.test(caps) || caps !== caps.toUpperCase()) return false;
  for (let k = m + 1; k < c; k++) if (DASHES.has(tokens[k]!.lower) || tokens[k]!.lower === '-') return true;
  return false;
}

/** The double-quoted span whose last token is token a − 1, in the same paragraph as token a, or null. */
function quoteEndingBefore(ctx: Ctx, a: number): QuotedSpan | null {
  const { tokens, text } = ctx;
  if (a === 0 || ctx.inQuote[a - 1]! < 0 || ctx.inQuote[a]! >= 0) return null;
  const q = ctx.quoted[ctx.inQuote[a - 1]!]!;
  if (q.end > tokens[a]!.start || text.slice(q.end, tokens[a]!.start).includes('\n')) return null;
  return q;
}

/** Words in the quoted span that closes at or just before token i (0 when none). */
function quoteWordsBefore(ctx: Ctx, i: number): number {
  const q = ctx.inQuote[i]! >= 0 ? ctx.inQuote[i]! : (ctx.inQuote[i - 1] ?? -1);
  if (q < 0) return 0;
  const span = ctx.quoted[q]!;
  return ctx.text.slice(span.start, span.end).split(/\s+/).length;
}

/** Tokens from k to the sentence end, not counting closing punctuation. */
function restLength(ctx: Ctx, k: number, b: number): number {
  let e = b;
  while (e > k && isPunct(ctx.tokens[e - 1]!)) e--;
  return Math.max(0, e - k);
}

interface Np extends Span {
  first: number;
  last: number;
}

/** Dashes that set off an appositive ("Kall -- co-editor of a book -- said"). */
const DASHES: ReadonlySet<string> = new Set(['--', '—', '–']);

/** A relative clause between a source and its cue spans at most this many tokens ("officials who spoke with X said"). */
const RELATIVE_MAX = 10;

/**
 * The source before a cue, widened past a relative clause without commas that the left walk stopped
 * in ("officials who spoke with The Post said" → officials; a prepositional modifier, "people familiar
 * with the talks", was tried too: no gain in cross-validation).
 */
function widenSource(ctx: Ctx, a: number, src: Np): Np {
  const { tokens } = ctx;
  for (let m = src.first - 1; m > a && src.first - m <= RELATIVE_MAX; m--) {
    const t = tokens[m]!;
    if (isPunct(t) || ctx.inQuote[m]! >= 0) break;
    if (t.lower === 'who') return leftNounPhrase(ctx, a, m - 1) ?? src;
  }
  return src;
}

/** Token j, or the token before the "( … )" that ends at j (a party and state, an age). */
function skipParenthetical(ctx: Ctx, a: number, j: number): number {
  const { tokens } = ctx;
  if (j <= a || tokens[j]!.lower !== ')') return j;
  let k = j - 1;
  while (k > a && j - k <= 8 && tokens[k]!.lower !== '(' && tokens[k]!.lower !== ')') k--;
  return k > a && tokens[k]!.lower === '(' ? k - 1 : j;
}

/** The noun phrase ending at token j (walking left, at most 10 tokens), or null. */
function leftNounPhrase(ctx: Ctx, a: number, j: number): Np | null {
  const { tokens } = ctx;
  if (j < a) return null;
  const last = j;
  let first = -1;
  for (let k = j; k >= a && last - k < 10; k--) {
    const t = tokens[k]!;
    if (ctx.inQuote[k]! >= 0) break;
    if (
      Object.hasOwn(SPEAKER_PRONOUNS, t.lower) ||
      ((t.lower === 'who' || t.lower === 'which') && k === last)
    ) {
      if (k === last) first = k;
      break;
    }
    if (t.lower === "'s" || t.lower === '’s' || t.lower === '.' || t.lower === '-' || t.lower === '&') {
      if (k === last) break;
      first = k;
      continue;
    }
    if (isPunct(t)) break;
    const conj = t.lower === 'and' && k < last && NP_AFTER_AND.has(tokens[k + 1]!.lower);
    if (!conj && NOT_IN_SOURCE.has(t.lower) && !(isCapitalised(t, ctx.text) && k > a && t.lower !== 'it'))
      break;
    if (ctx.cues.has(t.lower) && !isCapitalised(t, ctx.text)) break;
    first = k;
  }
  if (first < 0) return null;
  // "On Wednesday the senator said": a day or month before a determiner dates the statement; the noun
  // phrase opens after it.
  for (let k = last - 1; k >= first; k--)
    if (TIME_WORDS.has(tokens[k]!.lower) && ['the', 'a', 'an'].includes(tokens[k + 1]!.lower)) {
      first = k + 1;
      break;
    }
  // "the foreign ministry in Tokyo said": a place after "in"/"at" belongs to the noun phrase before it.
  if (
    first - 2 >= a &&
    PLACE_OF_SOURCE.has(tokens[first - 1]!.lower) &&
    isCapitalised(tokens[first]!, ctx.text) &&
    !isCapitalised(tokens[first - 2]!, ctx.text) &&
    !isPunct(tokens[first - 2]!)
  ) {
    const head = leftNounPhrase(ctx, a, first - 2);
    if (head) first = head.first;
  }
  return { start: tokens[first]!.start, end: tokens[last]!.end, first, last };
}

/** The noun phrase starting at token k after a cue (up to punctuation, "that" or a quote), or null. */
function rightNounPhrase(ctx: Ctx, k: number, b: number, anyStart = false, inverted = false): Np | null {
  const { tokens, text } = ctx;
  if (k >= b) return null;
  const t0 = tokens[k]!;
  if (ctx.inQuote[k]! >= 0 || isPunct(t0)) return null;
  const pronoun = Object.hasOwn(SPEAKER_PRONOUNS, t0.lower);
  const opener =
    ['a', 'an', 'the', 'one', 'two', 'three'].includes(t0.lower) || (inverted && lowerOpener(ctx, k, b));
  if (!pronoun && !anyStart && !isCapitalised(t0, text) && !opener) return null;
  if (pronoun) return { start: t0.start, end: t0.end, first: k, last: k };
  let last = k;
  for (let m = k; m < b && m - k < 12; m++) {
    const t = tokens[m]!;
    if (ctx.inQuote[m]! >= 0 || t.lower === 'that' || t.lower === ':' || t.lower === ',') break;
    // "said Smith is overselling …": an auxiliary opens a clause, the source ended before it; a
    // capitalised one is part of a name ("said Prime Minister Theresa May on Tuesday").
    if (m > k && CLAUSE_AUX.has(t.lower) && !isCapitalised(t, ctx.text)) break;
    // "said Theresa May on Tuesday": a day after the name dates the statement, it is not the source.
    if (m > k && t.lower === 'on' && TIME_WORDS.has(tokens[m + 1]?.lower ?? '')) break;
    if (isPunct(t) && t.lower !== '.' && t.lower !== '-' && t.lower !== "'s" && t.lower !== '’s') break;
    if (TERMINAL.has(t.lower) && m === b - 1) break;
    last = m;
  }
  // "said Laura Chen, an economist at the bank.": the appositive to the sentence end joins the source.
  if (tokens[last + 1]?.lower === ',' && ['a', 'an', 'the'].includes(tokens[last + 2]?.lower ?? '')) {
    let e = b;
    while (e > last + 2 && isPunct(tokens[e - 1]!)) e--;
    let plain = e - (last + 2) <= APPOSITIVE_MAX;
    for (let m = last + 2; m < e && plain; m++) plain = ctx.inQuote[m]! < 0 && !isPunct(tokens[m]!);
    if (plain) last = e - 1;
  }
  return { start: t0.start, end: tokens[last]!.end, first: k, last };
}

/**
 * Whether the lower-case word at k opens an inverted source ('"...," said former Gov. Ada Brenner',
 * 'added her press secretary Tomas Lind'): a name follows within INVERTED_NAME_REACH words, and the
 * word opens no lead-in, time, preposition, clause or adverb ("said in a statement", "said that").
 */
function lowerOpener(ctx: Ctx, k: number, b: number): boolean {
  const { tokens, text } = ctx;
  const w = tokens[k]!.lower;
  if (
    tokens[k]!.kind !== 'word' ||
    LEAD_IN_STARTS.has(w) ||
    TIME_WORDS.has(w) ||
    CUE_PREPOSITIONS.has(w) ||
    NOT_IN_SOURCE.has(w) ||
    CLAUSE_AUX.has(w) ||
    /^\p{Ll}+ly$/u.test(w)
  )
    return false;
  for (let m = k + 1; m < Math.min(b, k + 1 + INVERTED_NAME_REACH); m++) {
    const t = tokens[m]!;
    if (isPunct(t) || ctx.inQuote[m]! >= 0 || NOT_IN_SOURCE.has(t.lower)) return false;
    if (isCapitalised(t, text)) return true;
  }
  return false;
}

/** A lower-case inverted source needs a capitalised word this near ("said former Valdorian Gov. Ada Brenner"). */
const INVERTED_NAME_REACH = 4;

/** After "told", the addressee: an entity mention, pronoun or up to three words before "that"/punctuation. */
function objectEnd(ctx: Ctx, k: number, b: number): number {
  const { tokens } = ctx;
  if (k >= b) return k;
  const t = tokens[k]!;
  const at = ctx.mentions[lowerBound(ctx.mentions, t.start)];
  const mention = at && at.start === t.start ? at : undefined;
  if (mention) {
    let m = k;
    while (m < b && tokens[m]!.end <= mention.end) m++;
    return m;
  }
  if (['him', 'her', 'them', 'us', 'me'].includes(t.lower)) return k + 1;
  // "told analysts the bank would …", "told the council that …": an addressee noun, with a determiner.
  const det = ADDRESSEE_DETERMINERS.has(t.lower) ? 1 : 0;
  if (k + det < b && ADDRESSEES.has(tokens[k + det]!.lower)) return k + det + 1;
  return k;
}

/** Words that may open an addressee after "told" ("told the council", "told his supporters"). */
const ADDRESSEE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'his', 'her', 'their', 'its']);
/** Who is told ("told reporters", "told analysts", "told the court"): the addressee, never the content. */
const ADDRESSEES: ReadonlySet<string> = new Set([
  ...['reporters', 'journalists', 'analysts', 'investors', 'shareholders', 'lawmakers', 'legislators'],
  ...['delegates', 'supporters', 'students', 'workers', 'staff', 'employees', 'voters', 'residents'],
  ...['parliament', 'congress', 'senators', 'court', 'council', 'committee', 'assembly', 'audience'],
  ...['crowd', 'crowds', 'troops', 'soldiers', 'officials', 'diplomats', 'jury', 'judge', 'police'],
]);

/**
 * The content over tokens [k, end): trailing sentence punctuation dropped unless inside a quote; a quote
 * it touches is taken whole (it may start in an earlier sentence or end in a later one). Null when empty.
 */
function contentSpan(ctx: Ctx, k: number, end: number, before = false): Span | null {
  const { tokens, quoted, text } = ctx;
  let e = end;
  while (
    e > k &&
    isPunct(tokens[e - 1]!) &&
    ctx.inQuote[e - 1]! < 0 &&
    !CLOSING_MARKS.has(tokens[e - 1]!.lower)
  )
    e--;
  if (before) while (e > k && tokens[e - 1]!.lower === ',') e--;
  // "The port reopened; the strike goes on, officials said": a semicolon outside a quote ends a clause,
  // and the content is on the cue's side of it.
  if (before) {
    for (let m = e - 2; m > k; m--)
      if (tokens[m]!.lower === ';' && ctx.inQuote[m]! < 0) {
        k = m + 1;
        break;
      }
  }
  // "that the plan works, saying ..." / ", who ..." / ", but ...": a clause after a comma is not content.
  let clauseCut = false;
  if (!before)
    for (let m = k + 1; m < e - 1; m++) {
      if (tokens[m]!.lower === ';' && ctx.inQuote[m]! < 0) {
        e = m;
        clauseCut = true;
        break;
      }
      if (tokens[m]!.lower !== ',' || ctx.inQuote[m]! >= 0 || ctx.inQuote[m + 1]! >= 0) continue;
      const w = tokens[m + 1]!.lower;
      const cueNext = ctx.cues.has(w) && text[tokens[m + 1]!.start] === w[0]; // "to be named, said the ..."
      if (
        CLAUSE_OPENERS.has(w) ||
        cueNext ||
        subjectAndCue(ctx, m + 1, e) ||
        trailingReport(ctx, m + 1, e) ||
        (/^\p{Ll}{3,}ing$/u.test(w) && text[tokens[m + 1]!.start] === w[0])
      ) {
        e = m;
        clauseCut = true;
        break;
      }
    }
  // "that X was wrong and promised to ...": a second verb phrase of the speaker is not content.
  if (!before)
    for (let m = k + 2; m < e - 1; m++) {
      const w = tokens[m]!.lower;
      if ((w !== 'and' && w !== 'but') || ctx.inQuote[m]! >= 0) continue;
      const v = tokens[m + 1]!;
      if (ctx.inQuote[m + 1]! < 0 && /^\p{Ll}{3,}ed$/u.test(v.lower) && text[v.start] === v.lower[0]) {
        e = m;
        break;
      }
      // "… and (has / later) said …": a second report by the speaker, the cue of an attribution of its own.
      let n = m + 1;
      while (n < e && BETWEEN_SOURCE_AND_CUE.has(tokens[n]!.lower)) n++;
      const u = tokens[n];
      if (u && n < e && ctx.inQuote[n]! < 0 && ctx.cues.has(u.lower) && text[u.start] === u.lower[0]) {
        e = m;
        break;
      }
    }
  if (e <= k) return null;
  let start = tokens[k]!.start;
  let stop = tokens[e - 1]!.end;
  const qs = ctx.inQuote[k]!;
  if (qs >= 0) start = Math.min(start, quoted[qs]!.start);
  const qe = ctx.inQuote[e - 1]!;
  if (qe >= 0) stop = Math.max(stop, quoted[qe]!.end);
  // One word is content only when a clause after it was cut ("criticised Halden, saying …").
  if (e - k < 2 && qs < 0 && !clauseCut) return null;
  return { start, end: stop };
}

/** A clause of its own reporting speech opens at token k: a short subject (a name or a pronoun) and a cue ("…, Ferre said …"). */
function subjectAndCue(ctx: Ctx, k: number, e: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[k]!;
  if (!isCapitalised(t, text) && !Object.hasOwn(SPEAKER_PRONOUNS, t.lower)) return false;
  for (let m = k + 1; m < Math.min(e, k + 1 + SUBJECT_MAX); m++) {
    const u = tokens[m]!;
    if (ctx.inQuote[m]! >= 0 || isPunct(u)) return false;
    if (BETWEEN_SOURCE_AND_CUE.has(u.lower)) continue;
    if (ctx.cues.has(u.lower) && text[u.start] === u.lower[0]) return true;
    if (!isCapitalised(u, text)) return false;
  }
  return false;
}
/** The subject of a reporting clause inside a content runs at most this many tokens ("Gov. Ada Brenner said"). */
const SUBJECT_MAX = 4;

/**
 * An unnamed speaker's attribution closes the sentence from token k: a determiner, a short noun phrase,
 * a speech verb and a short tail ("Police believe the fire was caused by a faulty charger, a senior police
 * officer told reporters on Thursday.": the content of "believe" ends before it).
 */
function trailingReport(ctx: Ctx, k: number, e: number): boolean {
  const { tokens, text } = ctx;
  if (!DESCRIPTION_OPENERS.has(tokens[k]!.lower)) return false;
  for (let m = k + 1; m < Math.min(e, k + 2 + TRAILING_NP_MAX); m++) {
    const u = tokens[m]!;
    if (ctx.inQuote[m]! >= 0 || isPunct(u)) return false;
    // ("a warning the police said was overdue": a second determiner opens a relative clause; after a
    // joiner it is the speaker's own phrase: "a spokesman for the fire service", "officials and an aide".)
    if (ARTICLES.has(u.lower) && !NP_JOINERS.has(tokens[m - 1]!.lower)) return false;
    if (m > k + 1 && TRAILING_CUES.has(u.lower) && text[u.start] === u.lower[0]) {
      for (let n = m + 1; n < e; n++) if (tokens[n]!.lower === 'that' || ctx.inQuote[n]! >= 0) return false;
      return e - (m + 1) <= TRAILING_TAIL_MAX;
    }
  }
  return false;
}

/** Index of the first item whose start is ≥ pos (items sorted by start). */
function lowerBound(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Continued quotes keep their attribution; cue-less quote paragraphs take the last speaker nearby.
 * Linear-logarithmic: which draft covers each quoted span is found by one sweep, not a search per quote.
 */
function addContinuations(ctx: Ctx, drafts: Draft[], paraOf: (pos: number) => number): void {
  const { quoted } = ctx;
  // 1. The draft covering each quoted span (any content part overlapping it), by a sweep over parts.
  const parts = drafts
    .flatMap((d) => d.content.map((c) => ({ start: c.start, end: c.end, d })))
    .sort((x, y) => x.start - y.start);
  const owner: Array<Draft | undefined> = new Array(quoted.length);
  let p = 0;
  let reach: { end: number; d: Draft } | null = null;
  quoted.forEach((q, i) => {
    while (p < parts.length && parts[p]!.start < q.end) {
      if (!reach || parts[p]!.end > reach.end) reach = parts[p]!;
      p++;
    }
    if (reach && reach.end > q.start) owner[i] = reach.d;
  });
  // 2. A quote that continues into the next paragraph carries its owner on.
  quoted.forEach((q, i) => {
    const o = owner[i];
    if (!q.continues || !o) return;
    for (let k = i + 1; k < quoted.length; k++) {
      const next = quoted[k]!;
      if (!owner[k]) {
        o.content.push({ start: next.start, end: next.end });
        owner[k] = o;
      }
      if (!next.continues) break;
    }
  });
  // 3. Uncovered quotes: more of the last direct attribution, or a new one with the last speaker.
  const byStart = [...drafts].sort((x, y) => x.content[0]!.start - y.content[0]!.start);
  const firsts = byStart.map((d) => d.content[0]!);
  let added: Draft | null = null;
  quoted.forEach((q, i) => {
    if (owner[i]) return;
    // A paragraph that reopens the mark of a quote this step gave a speaker is more of that quote,
    // however short ('"We warned them again last month.¶"They did nothing."').
    const before = i > 0 ? quoted[i - 1]! : undefined;
    const carried = before?.continues ? owner[i - 1] : undefined;
    if (carried) {
      carried.content.push({ start: q.start, end: q.end });
      owner[i] = carried;
      return;
    }
    const words = ctx.text.slice(q.start, q.end).split(/\s+/).length;
    if (words < MIN_STANDALONE_QUOTE_WORDS) return;
    // A quote inside a sentence without a cue is a title or a phrase ('aired on "The Morning Ledger
    // Show"'), not a statement: it stands alone only where a sentence may open.
    if (!opensSentence(ctx.text, q.start)) return;
    const para = paraOf(q.start);
    let prev: Draft | null = null;
    for (let k = lowerBound(firsts, q.start) - 1; k >= 0; k--) {
      const d = byStart[k]!;
      if (para - d.paragraph > CARRY_OVER_PARAGRAPHS) break;
      if (d.source) {
        prev = d;
        break;
      }
    }
    if (added && added.source && para - added.paragraph <= CARRY_OVER_PARAGRAPHS) {
      if (!prev || added.content[0]!.start > prev.content[0]!.start) prev = added;
    }
    if (!prev) return;
    // '"...," he said. "More."' / 'She said the plan would fail. "It cannot work."': a quote right
    // after an attribution with a cue, with no other attribution between, is more of the same content
    // (PolNeAR joins such parts into one attribution). Only direct attributions before: 4-fold CV on
    // train, content / source overlap at −0.5, 0.7812 / 0.7192; any attribution, 0.7837 / 0.7263.
    const last = prev.content[prev.content.length - 1]!;
    const nextStart = byStart[lowerBound(firsts, last.end + 1)];
    const between =
      (nextStart !== undefined && nextStart !== prev && nextStart.content[0]!.start < q.start) ||
      (added !== null && added !== prev && added.content[0]!.start > last.end);
    // '"…," Ada Lee said, adding that the vote was close. "We will win."': after a participle or relative
    // clause's reported speech, the quote continues the direct attribution just before in the sentence.
    const sibling = directSibling(ctx, byStart, prev);
    if (sibling && !between) {
      sibling.content.push({ start: q.start, end: q.end });
      owner[i] = sibling;
      return;
    }
    if (!between && prev.cue) {
      prev.content.push({ start: q.start, end: q.end });
      owner[i] = prev;
      return;
    }
    added = { content: [{ start: q.start, end: q.end }], cue: null, source: prev.source, paragraph: para };
    owner[i] = added;
    drafts.push(added);
  });
}

/** Cue tokens at most this far apart make a direct attribution and a participle or clause after it siblings. */
const SIBLING_REACH = 40;

/** Whether some content part of the draft lies in a double-quoted span. */
function holdsQuote(ctx: Ctx, d: Draft): boolean {
  return d.content.some((c) => {
    const q = ctx.quoted[lowerBound(ctx.quoted, c.start + 1) - 1];
    return q !== undefined && q.start <= c.start && c.end <= q.end;
  });
}

/**
 * For an indirect attribution (a participle's, a relative clause's): the direct attribution with a cue
 * shortly before it in the same paragraph whose content ends before its cue, or null.
 */
function directSibling(ctx: Ctx, byStart: readonly Draft[], prev: Draft): Draft | null {
  if (prev.cueIndex === undefined || !prev.cue || holdsQuote(ctx, prev)) return null;
  for (let k = byStart.indexOf(prev) - 1; k >= 0; k--) {
    const d = byStart[k]!;
    if (d.cueIndex === undefined || !d.cue) continue;
    if (prev.cueIndex - d.cueIndex > SIBLING_REACH || d.paragraph !== prev.paragraph) return null;
    if (d.cueIndex >= prev.cueIndex) continue;
    if (d.content[d.content.length - 1]!.end <= prev.cue.start && holdsQuote(ctx, d)) return d;
  }
  return null;
}

/** Whether position i may open a sentence: only space back to the text start or to . ! ? : a closing mark or a line break. */
function opensSentence(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || /[.!?:\n"”’'»)\]—–-]/u.test(text[k]!);
}

/** The speaker of a source span: its entity, a pronoun's antecedent, or an unnamed source's description. */
function resolveSpeaker(ctx: Ctx, source: Span, descriptionEnd: number): QuoteSpeaker {
  const { text } = ctx;
  const words = text.slice(source.start, source.end);
  const lower = words.toLowerCase();
  if (Object.hasOwn(SPEAKER_PRONOUNS, lower)) {
    const types = SPEAKER_PRONOUNS[lower]!;
    let best: EntityItem | null = null;
    if (lower === 'who' || lower === 'which') {
      // A relative pronoun refers to the noun phrase right before it: an entity only if one ends there.
      const before = text.slice(0, source.start).replace(/[\s,]+$/, '').length;
      const m = ctx.mentions[lowerBound(ctx.mentions, before) - 1];
      const found = m && m.end === before && types.includes(m.entity.type) ? m.entity.id : null;
      return { start: source.start, end: source.end, entity: found };
    }
    for (let k = lowerBound(ctx.mentions, source.start) - 1; k >= 0; k--) {
      if (types.includes(ctx.mentions[k]!.entity.type)) {
        best = ctx.mentions[k]!.entity;
        break;
      }
    }
    return { start: source.start, end: source.end, entity: best?.id ?? null };
  }
  let entity: EntityItem | null = null;
  let bestLen = 0;
  // Mentions are short: those starting within MENTION_REACH before the source can still reach into it.
  for (let k = lowerBound(ctx.mentions, source.start - MENTION_REACH); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k]!;
    if (m.start >= source.end) break;
    if (m.end <= source.start) continue;
    const len = Math.min(m.end, source.end) - Math.max(m.start, source.start);
    // The name that opens the source is its head ("Laura Chen, an economist at Deutsche Bank").
    const rank =
      len +
      (m.entity.type === 'PERSON' || m.entity.type === 'ORG' ? 1000 : 0) +
      (m.start === source.start ? 2000 : 0);
    if (rank > bestLen) {
      bestLen = rank;
      entity = m.entity;
    }
  }
  if (entity && entity.type !== 'NORP' && entity.type !== 'MISC')
    return { start: source.start, end: source.end, entity: entity.id };
  const description = descriptionEnd > source.end ? text.slice(source.start, descriptionEnd) : words;
  return { start: source.start, end: source.end, entity: null, description };
}

function kindOf(ctx: Ctx, part: Span): QuoteKind {
  const inside = findInside(ctx, part);
  if (inside === 'whole') return 'direct';
  if (inside === 'some') return 'mixed';
  return 'indirect';
}

function findInside(ctx: Ctx, part: Span): 'whole' | 'some' | 'none' {
  for (let k = Math.max(0, lowerBound(ctx.quoted, part.start) - 1); k < ctx.quoted.length; k++) {
    const q = ctx.quoted[k]!;
    if (q.end <= part.start) continue;
    if (q.start >= part.end) break;
    if (q.start <= part.start && q.end >= part.end) return 'whole';
    return 'some';
  }
  // A partial quote needs a single mark: most parts hold none, and are settled without a scan.
  if (!hasSingleMark(ctx.text, part.start, part.end)) return 'none';
  const partial = findQuotedSpans(ctx.text.slice(part.start, part.end)).some((q) => q.marks === 'single');
  return partial ? 'some' : 'none';
}

/** Whether text[start, end) holds a single quotation mark (straight or curly), the start of any partial quote. */
function hasSingleMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2018 || c === 0x2019) return true;
  }
  return false;
}

/** Candidates on each side compared with a candidate for nesting and overlap (its sentence and the next few). */
const NEIGHBOURS = 12;

/** Ascending bounds with the label of each bin ("<bound" of the first bound above a number, else "+last"). */
interface Bins {
  bounds: readonly number[];
  labels: readonly string[];
}

function bins(bounds: readonly number[]): Bins {
  return { bounds, labels: [...bounds.map((b) => `<${b}`), `+${bounds[bounds.length - 1]}`] };
}

/** The bins of a source's length, a content's length and the gap between cue and content (characters). */
const SOURCE_LENGTH_BINS = bins([4, 10, 20, 40, 80]);
const CONTENT_LENGTH_BINS = bins([15, 30, 60, 120, 240, 480]);
const GAP_BINS = bins([2, 8, 20, 50]);

/** A number's bin label. */
function bin(x: number, { bounds, labels }: Bins): string {
  for (let k = 0; k < bounds.length; k++) if (x < bounds[k]!) return labels[k]!;
  return labels[bounds.length]!;
}

/** The kind of a source for the attribution model: none, a pronoun, an entity's type, or a noun phrase. */
function sourceKind(ctx: Ctx, source: Span | null): string {
  if (!source) return 'none';
  const lower = ctx.text.slice(source.start, source.end).toLowerCase();
  if (Object.hasOwn(SPEAKER_PRONOUNS, lower)) return lower === 'who' || lower === 'which' ? 'rel' : 'pron';
  const m = ctx.mentions[lowerBound(ctx.mentions, source.start)];
  if (m && m.start < source.end) return `ent:${m.entity.type}`;
  const ch = ctx.text[source.start]!;
  return ch !== ch.toLowerCase() ? 'cap' : 'low';
}

/** The first words of a content the attribution model tells apart (others read as Cap or w). */
const FIRST_WORDS: ReadonlySet<string> = new Set([
  'that',
  'to',
  'the',
  'a',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'there',
  'this',
]);

/** Words after a cue the attribution model tells apart (others read as w, num or the mark). */
const NEXT_WORDS: ReadonlySet<string> = new Set([
  'that',
  'to',
  'the',
  'a',
  'an',
  'on',
  'about',
  'for',
  'by',
  'in',
  'of',
  'with',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'his',
  'her',
  'their',
  'this',
  'there',
  'not',
  'at',
  'as',
  'is',
  'was',
  'will',
  'would',
]);
/** A neighbouring word as a feature value: itself when listed, else its shape (w, num, a one-character mark, or punct). */
export function wordValue(lower: string, listed: ReadonlySet<string>): string {
  if (listed.has(lower)) return lower;
  if (/^\p{L}/u.test(lower)) return 'w';
  if (/^\p{N}/u.test(lower)) return 'num';
  return lower.length === 1 ? lower : 'punct';
}

/** Whether one of the parts contains the span. */
function covers(parts: readonly Span[], span: Span): boolean {
  for (const c of parts) if (c.start <= span.start && span.end <= c.end) return true;
  return false;
}

/** Whether a part of one list overlaps a part of the other. */
function overlaps(xs: readonly Span[], ys: readonly Span[]): boolean {
  for (const c of xs) for (const e of ys) if (c.start < e.end && e.start < c.end) return true;
  return false;
}

/**
 * The values the attribution model's features of candidate i are named from (TRIPLE_SINGLES order):
 * how its cue was found and scored, what source and content the extractor built around it, and how
 * it sits among the other candidates. Written into `out`.
 */
function draftValues(ctx: Ctx, drafts: readonly Draft[], i: number, out: string[]): string[] {
  const d = drafts[i]!;
  const { text, tokens } = ctx;
  const score = d.score ?? 0;
  const sb = String(Math.max(-12, Math.min(6, Math.floor(score / 2))));
  const w = d.cueIndex !== undefined ? tokens[d.cueIndex]!.lower : (d.origin ?? 'none');
  const wc = wordClasses(w);
  const v1 = wc.verb[0] ?? 'none';
  const src = sourceKind(ctx, d.source);
  const first = d.content[0]!;
  const last = d.content[d.content.length - 1]!;
  const chars = d.content.reduce((n, c) => n + c.end - c.start, 0);
  const cueStart = d.cue?.start ?? first.start;
  const pos = first.start >= cueStart ? 'after' : 'before';
  const quote = findInside(ctx, first);
  const gap = pos === 'after' ? first.start - (d.cue?.end ?? first.start) : cueStart - last.end;
  const firstWord = /^\W*(\p{L}+)/u.exec(text.slice(first.start, first.start + 20))?.[1] ?? '';
  const firstLower = firstWord.toLowerCase();
  const fw = FIRST_WORDS.has(firstLower)
    ? firstLower
    : firstWord && firstWord[0] !== firstWord[0]!.toLowerCase()
      ? 'Cap'
      : 'w';
  let inside = false;
  let holds = false;
  let dupHigher = false;
  let dupLower = false;
  // Neighbours only (drafts come in text order): linear in the number of candidates.
  for (let k = Math.max(0, i - NEIGHBOURS); k < Math.min(drafts.length, i + NEIGHBOURS + 1); k++) {
    const o = drafts[k]!;
    // Only the candidates the classifier is fairly sure of nest or overlap this one.
    if (k === i || (o.score ?? 0) <= CUE_THRESHOLD) continue;
    if (o.cue && d.cue && covers(o.content, d.cue)) inside = true;
    if (o.cue && covers(d.content, o.cue)) holds = true;
    if (overlaps(o.content, d.content)) {
      if ((o.score ?? 0) > score) dupHigher = true;
      else dupLower = true;
    }
  }
  // The word right after the cue ("said that", "told reporters", "claims about"; round eight).
  let after = d.cueIndex === undefined ? -1 : d.cueIndex + 1;
  if (d.cue) while (after >= 0 && after < tokens.length && tokens[after]!.start < d.cue.end) after++;
  const n1 = after >= 0 && after < tokens.length ? wordValue(tokens[after]!.lower, NEXT_WORDS) : 'none';
  out.length = TRIPLE_SINGLES.length;
  out[TV.n1] = n1;
  out[TV.sb] = sb;
  out[TV.o] = d.origin ?? 'verb';
  out[TV.k] = d.known ? '1' : '0';
  out[TV.w] = w;
  out[TV.v1] = v1;
  out[TV.wn] = wc.noun;
  out[TV.src] = src;
  out[TV.srclen] = d.source ? bin(d.source.end - d.source.start, SOURCE_LENGTH_BINS) : 'none';
  out[TV.len] = bin(chars, CONTENT_LENGTH_BINS);
  out[TV.pos] = pos;
  out[TV.q] = quote;
  out[TV.gap] = bin(gap, GAP_BINS);
  out[TV.fw] = fw;
  out[TV.nest] = `${inside ? 'in' : ''}${holds ? 'holds' : ''}`;
  out[TV.dup] = dupHigher ? 'higher' : dupLower ? 'lower' : 'none';
  out[TV.parts] = String(Math.min(3, d.content.length));
  return out;
}
