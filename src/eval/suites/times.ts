/**
 * `dateline eval times`: TempEval-3 timex metrics on TimeBank + AQUAINT (TBAQ-cleaned), each document
 * anchored at its creation time (DCT), split by the project's hash holdout on the document id.
 *
 * 1. Load every .tml under the data folder (the byte-identical testpipeline/ copy is skipped): the
 *    TEXT with tags removed, gold TIMEX3 spans (the DCT t0 and empty timexes are not scored).
 * 2. Tokenise, split sentences, findTimes with the DCT as anchor.
 * 3. Score as the TE3 toolkit does: one-to-one alignment of overlapping spans (exact span first, then
 *    largest overlap), relaxed and strict P/R/F1 micro-averaged, type and value accuracy over the
 *    relaxed matches, value F1 = relaxed F1 × value accuracy (the headline; floor on it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findTimes } from '../../annotate/times/find.js';
import { splitSentences } from '../../annotate/sentences/splitter.js';
import { tokenize } from '../../annotate/tokens/tokenizer.js';
import { inSplit } from '../split.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TmlDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
const decode = (s: string): string => s.replace(/&(quot|amp|lt|gt|apos);/g, (_, e: string) => ENTITIES[e]!);
const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Parses a TimeML document: text without tags, gold timexes (no DCT, no empty ones), the DCT value. */
export function parseTml(raw: string, id: string): TmlDoc {
  const dctTag = /<DCT>[^<]*(<TIMEX3[^>]*>)/.exec(raw);
  const dct = dctTag ? (attr(dctTag[1]!, 'value') ?? null) : null;
  const inner = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: Array<Omit<GoldTimex, 'end' | 'text'>> = [];
  for (const m of inner.matchAll(/<[^>]+>|[^<]+/g)) {
    const tok = m[0];
    if (tok[0] !== '<') {
      text += decode(tok);
      continue;
    }
    if (/^<TIMEX3\b/.test(tok)) {
      if (/\/>$/.test(tok)) continue;
      open.push({ start: text.length, type: attr(tok, 'type') ?? '', value: attr(tok, 'value') ?? '' });
    } else if (/^<\/TIMEX3>/.test(tok)) {
      const t = open.pop();
      if (t) timexes.push({ ...t, end: text.length, text: text.slice(t.start, text.length) });
    }
  }
  return { id, dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}

/** The TimeBank/AQUAINT folder under a data root, or null. */
export function timexDir(data: string): string | null {
  for (const d of [join(data, 'timex', 'timebank-aquaint'), join(data, 'timebank-aquaint'), data]) {
    if (existsSync(join(d, 'TimeBank')) || existsSync(join(d, 'AQUAINT'))) return d;
  }
  return null;
}

/** Every .tml under dir, sorted by path; folders named testpipeline (a duplicate) are skipped. */
export function loadTmlDir(dir: string): TmlDoc[] {
  const paths: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'testpipeline') walk(p);
      } else if (e.name.endsWith('.tml')) paths.push(p);
    }
  };
  walk(dir);
  return paths.sort().map((p) => parseTml(readFileSync(p, 'utf8'), basename(p, '.tml')));
}

export interface ScoredTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Te3Score {
  gold: number;
  system: number;
  strict: { p: number; r: number; f1: number };
  relaxed: { p: number; r: number; f1: number };
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** One-to-one alignment of gold and system spans that overlap: exact span first, then largest overlap. */
export function alignSpans<G extends ScoredTimex, S extends ScoredTimex>(
  gold: readonly G[],
  sys: readonly S[],
): Array<[G, S]> {
  const used = new Set<number>();
  const pairs: Array<[G, S]> = [];
  for (const g of gold) {
    let best = -1;
    let bestScore = -1;
    sys.forEach((s, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap <= 0) return;
      const score = (s.start === g.start && s.end === g.end ? 1e6 : 0) + overlap;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, sys[best]!]);
    }
  }
  return pairs;
}

/** The TempEval-3 timex metrics over documents, micro-averaged. */
export function te3Score(
  docs: ReadonlyArray<{ gold: readonly ScoredTimex[]; sys: readonly ScoredTimex[] }>,
): Te3Score {
  let nG = 0;
  let nS = 0;
  let strict = 0;
  let relaxed = 0;
  let typeOk = 0;
  let valueOk = 0;
  for (const d of docs) {
    nG += d.gold.length;
    nS += d.sys.length;
    for (const [g, s] of alignSpans(d.gold, d.sys)) {
      relaxed++;
      if (g.start === s.start && g.end === s.end) strict++;
      if (g.type === s.type) typeOk++;
      if (g.value === s.value) valueOk++;
    }
  }
  const sP = nS ? strict / nS : 0;
  const sR = nG ? strict / nG : 0;
  const rP = nS ? relaxed / nS : 0;
  const rR = nG ? relaxed / nG : 0;
  const rF = f1(rP, rR);
  const vAcc = relaxed ? valueOk / relaxed : 0;
  const tAcc = relaxed ? typeOk / relaxed : 0;
  return {
    gold: nG,
    system: nS,
    strict: { p: sP, r: sR, f1: f1(sP, sR) },
    relaxed: { p: rP, r: rR, f1: rF },
    typeAccuracy: tAcc,
    valueAccuracy: vAcc,
    typeF1: tAcc * rF,
    valueF1: vAcc * rF,
  };
}

export interface TimexRun {
  score: Te3Score;
  docs: Array<{ id: string; gold: GoldTimex[]; sys: ScoredTimex[]; text: string }>;
  ms: number;
  chars: number;
}

/** Annotates the documents (DCT as anchor) and scores them. */
export function runTimex(
  docs: readonly TmlDoc[],
  onProgress?: (done: number, total: number) => void,
): TimexRun {
  const out: TimexRun['docs'] = [];
  let chars = 0;
  const t0 = performance.now();
  docs.forEach((d, k) => {
    const tokens = tokenize(d.text);
    const sentences = splitSentences(d.text, tokens);
    const sys = findTimes(d.text, tokens, sentences, d.dct);
    out.push({ id: d.id, gold: d.timexes, sys, text: d.text });
    chars += d.text.length;
    onProgress?.(k + 1, docs.length);
  });
  const ms = performance.now() - t0;
  return { score: te3Score(out), docs: out, ms, chars };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** The TE3-silver folder (TIPSem's machine annotation of Gigaword news) under a data root, or null. */
export function silverDir(data: string): string | null {
  for (const d of [join(data, 'timex', 'te3-silver'), join(data, 'te3-silver')]) if (existsSync(d)) return d;
  return null;
}

/**
 * Scores one corpus and lists its errors.
 *
 * 1. Annotate every document with its DCT as anchor and score (TE3).
 * 2. List value errors on matched spans, missed gold and spurious system expressions with context.
 */
function scoreCorpus(suite: string, docs: readonly TmlDoc[], opts: SuiteOptions, split: string): SuiteResult {
  const run = runTimex(docs, opts.onProgress);
  const s = run.score;
  const errors = run.docs.flatMap((d) =>
    alignSpans(d.gold, d.sys)
      .filter(([g, x]) => g.value !== x.value)
      .map(([g, x]) => ({
        doc: d.id,
        gold: `${g.text} [${g.type} ${g.value}]`,
        sys: `${d.text.slice(x.start, x.end)} [${x.type} ${x.value}]`,
        context: context(d.text, g.start, g.end),
      })),
  );
  const missed: Array<{ doc: string; gold: string; context: string }> = [];
  const spurious: Array<{ doc: string; sys: string; context: string }> = [];
  for (const d of run.docs) {
    const pairs = alignSpans(d.gold, d.sys);
    const g = new Set(pairs.map((p) => p[0]));
    const x = new Set(pairs.map((p) => p[1]));
    for (const t of d.gold)
      if (!g.has(t))
        missed.push({ doc: d.id, gold: `${t.type} ${t.value}`, context: context(d.text, t.start, t.end) });
    for (const t of d.sys)
      if (!x.has(t))
        spurious.push({ doc: d.id, sys: `${t.type} ${t.value}`, context: context(d.text, t.start, t.end) });
  }
  return {
    suite,
    metrics: {
      value_f1: round(s.valueF1),
      type_f1: round(s.typeF1),
      relaxed_f1: round(s.relaxed.f1),
      relaxed_p: round(s.relaxed.p),
      relaxed_r: round(s.relaxed.r),
      strict_f1: round(s.strict.f1),
      value_accuracy: round(s.valueAccuracy),
      type_accuracy: round(s.typeAccuracy),
      chars_per_s: Math.round(run.chars / (run.ms / 1000)),
    },
    items: docs.length,
    details: {
      split,
      gold: s.gold,
      system: s.system,
      // For studying errors: use on dev or silver only, never on the held-out split.
      valueErrors: errors.slice(0, ERROR_LIST),
      missed: missed.slice(0, ERROR_LIST),
      spurious: spurious.slice(0, ERROR_LIST),
    },
  };
}

/** How many of each error kind the details list (enough to study a class, short enough to read). */
const ERROR_LIST = 200;

/** Missed and spurious expressions with some context. */
const context = (t: string, start: number, end: number): string =>
  `${t.slice(Math.max(0, start - 50), start)}[[${t.slice(start, end)}]]${t.slice(end, end + 30)}`.replace(
    /\s+/g,
    ' ',
  );

export const timesSuite: Suite = {
  name: 'times',
  description:
    'TempEval-3 timex value F1 on TimeBank + AQUAINT (TBAQ-cleaned), DCT as anchor, hash holdout by document',
  async run(opts: SuiteOptions): Promise<SuiteResult> {
    const dir = timexDir(opts.data);
    if (!dir)
      return {
        suite: 'times',
        metrics: {},
        items: 0,
        skipped: `no TimeBank/AQUAINT .tml folders (timex/timebank-aquaint) under ${opts.data}`,
      };
    const docs = loadTmlDir(dir).filter((d) => inSplit(d.id, opts.split));
    return scoreCorpus('times', docs, opts, opts.split);
  },
};

/**
 * `dateline eval times-silver`: the same metric on TE3-silver (2,452 AFP/Xinhua stories annotated by
 * TIPSem, a machine: larger and noisier than TimeBank). A generalisation signal for tuning, never the
 * target; it is training data, so it ignores the split and scores every document.
 */
export const timesSilverSuite: Suite = {
  name: 'times-silver',
  description:
    'TempEval-3 timex value F1 on TE3-silver (machine-annotated news, noisy), DCT as anchor, all documents',
  async run(opts: SuiteOptions): Promise<SuiteResult> {
    const dir = silverDir(opts.data);
    if (!dir)
      return {
        suite: 'times-silver',
        metrics: {},
        items: 0,
        skipped: `no TE3-silver .tml folder (timex/te3-silver) under ${opts.data}`,
      };
    return scoreCorpus('times-silver', loadTmlDir(dir), opts, 'all');
  },
};
