/**
 * `dateline eval quantities`: the quantities layer on the project's own gold sentences
 * (fixtures/quantities/{dev,holdout}.jsonl, invented news-style sentences; the holdout part was written
 * before any rule and is never tuned on). Metric (docs/quantities.md):
 *
 * - value F1: a predicted quantity is correct when its span overlaps a gold one's and the values are
 *   equal (relative tolerance 1e-3, for fractions written as 0.3333); each gold matches at most one
 *   prediction, in text order. Precision over predictions, recall over gold, F1 their harmonic mean.
 * - unit F1: the same, and the units are equal after normalisation (lower case, spaces collapsed, the
 *   last word singularised: "people" = "person", "raids" = "raid").
 * - span F1 (overlap only), and over value-matched pairs: modifier and role accuracy.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../doc/doc.js';
import { DatelineError } from '../../doc/errors.js';
import { findQuantities } from '../../annotate/quantities/find.js';
import type { QuantityItem } from '../../annotate/quantities/types.js';
import { unitKey } from '../../annotate/quantities/units.js';
import { splitSentences } from '../../annotate/sentences/splitter.js';
import { tokenize } from '../../annotate/tokens/tokenizer.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
/** Values are equal within this relative tolerance (gold writes a third as 0.3333). */
const VALUE_TOLERANCE = 1e-3;

export interface GoldQuantity {
  /** The gold span's text; located in the sentence in order (each after the previous one's start). */
  text: string;
  value: number;
  unit: string;
  modifier?: string;
  upper?: number;
  role?: string;
}

export interface GoldSentence {
  text: string;
  quantities: GoldQuantity[];
}

export interface LocatedGold extends GoldQuantity, Span {}

export interface Counts {
  pred: number;
  gold: number;
  span: number;
  value: number;
  unit: number;
  modifierPairs: number;
  modifierOk: number;
  rolePairs: number;
  roleOk: number;
}

export interface SentenceScore {
  counts: Counts;
  errors: string[];
}

/** Finds each gold quantity's span in the sentence; throws 'bad-json' when one is not there. */
export function locateGold(sentence: GoldSentence): LocatedGold[] {
  let from = 0;
  return sentence.quantities.map((q) => {
    const at = sentence.text.indexOf(q.text, from);
    if (at < 0) throw new DatelineError('bad-json', `gold "${q.text}" not found in "${sentence.text}"`);
    from = at + 1;
    return { ...q, start: at, end: at + q.text.length };
  });
}

/** A unit as compared (lower case, last word singularised); shared with the checks layer. */
export const normaliseUnit = unitKey;

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(1, Math.abs(b));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Scores one sentence's predictions against its gold (the matching described in the file's docblock). */
export function scoreSentence(
  text: string,
  gold: readonly LocatedGold[],
  pred: readonly QuantityItem[],
): SentenceScore {
  const counts: Counts = {
    pred: pred.length,
    gold: gold.length,
    span: 0,
    value: 0,
    unit: 0,
    modifierPairs: 0,
    modifierOk: 0,
    rolePairs: 0,
    roleOk: 0,
  };
  const errors: string[] = [];
  const show = (s: Span): string => JSON.stringify(text.slice(s.start, s.end));
  const tiers: Array<{ key: 'span' | 'value' | 'unit'; ok: (g: LocatedGold, p: QuantityItem) => boolean }> = [
    { key: 'span', ok: () => true },
    { key: 'value', ok: (g, p) => sameValue(p.value, g.value) },
    {
      key: 'unit',
      ok: (g, p) => sameValue(p.value, g.value) && normaliseUnit(p.unit) === normaliseUnit(g.unit),
    },
  ];
  for (const tier of tiers) {
    const used = new Set<number>();
    for (const g of gold) {
      const k = pred.findIndex((p, i) => !used.has(i) && overlaps(g, p) && tier.ok(g, p));
      if (k < 0) continue;
      used.add(k);
      counts[tier.key]++;
      if (tier.key !== 'value') continue;
      const p = pred[k]!;
      if (g.modifier !== undefined || p.modifier !== undefined) {
        counts.modifierPairs++;
        if (g.modifier === p.modifier) counts.modifierOk++;
        else errors.push(`modifier ${show(g)}: gold ${g.modifier ?? '-'} got ${p.modifier ?? '-'}`);
      }
      if (g.role !== undefined || p.role !== undefined) {
        counts.rolePairs++;
        if (g.role === p.role) counts.roleOk++;
        else errors.push(`role ${show(g)}: gold ${g.role ?? '-'} got ${p.role ?? '-'}`);
      }
    }
  }
  // Errors for people: missed gold, spurious predictions, wrong values or units.
  for (const g of gold) {
    const p = pred.find((x) => overlaps(g, x));
    if (!p) errors.push(`missed ${show(g)} (${g.value} ${g.unit})`);
    else if (!sameValue(p.value, g.value)) errors.push(`value ${show(g)}: gold ${g.value} got ${p.value}`);
    else if (normaliseUnit(p.unit) !== normaliseUnit(g.unit))
      errors.push(`unit ${show(g)}: gold "${g.unit}" got "${p.unit}"`);
  }
  for (const p of pred)
    if (!gold.some((g) => overlaps(g, p))) errors.push(`spurious ${show(p)} (${p.value} ${p.unit})`);
  return { counts, errors };
}

/** The quantities of a sentence as the annotator finds them. */
export function predictQuantities(text: string): QuantityItem[] {
  const tokens = tokenize(text);
  return findQuantities(text, tokens, splitSentences(text, tokens));
}

/** The gold folder: <data>/quantities or <data> when it holds dev.jsonl, else the repo's fixtures. */
export function quantitiesFixturesDir(data?: string): string {
  for (const d of data ? [join(data, 'quantities'), data] : []) {
    if (existsSync(join(d, 'dev.jsonl'))) return d;
  }
  return join(REPO_ROOT, 'fixtures', 'quantities');
}

/**
 * The gold files of each split: holdout.jsonl was written before any rule, holdout-late.jsonl after the
 * rules, both never tuned on; dev.jsonl is what the rules were written against.
 */
export const GOLD_PARTS = {
  dev: ['dev'],
  holdout: ['holdout', 'holdout-late'],
  all: ['dev', 'holdout', 'holdout-late'],
} as const satisfies Record<SuiteOptions['split'], readonly string[]>;

export type GoldPart = (typeof GOLD_PARTS)['all'][number];

export async function readGold(dir: string, part: GoldPart): Promise<GoldSentence[]> {
  const raw = await readFile(join(dir, `${part}.jsonl`), 'utf8');
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldSentence);
}

function f1(correct: number, pred: number, gold: number): number {
  const p = pred ? correct / pred : 0;
  const r = gold ? correct / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Adds up counts and turns them into the suite's metrics. */
export function metricsOf(all: readonly Counts[]): Record<string, number> {
  const sum = (k: keyof Counts): number => all.reduce((n, c) => n + c[k], 0);
  const pred = sum('pred');
  const gold = sum('gold');
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    value_f1: r4(f1(sum('value'), pred, gold)),
    unit_f1: r4(f1(sum('unit'), pred, gold)),
    span_f1: r4(f1(sum('span'), pred, gold)),
    value_precision: r4(pred ? sum('value') / pred : 0),
    value_recall: r4(gold ? sum('value') / gold : 0),
    modifier_accuracy: r4(sum('modifierPairs') ? sum('modifierOk') / sum('modifierPairs') : 1),
    role_accuracy: r4(sum('rolePairs') ? sum('roleOk') / sum('rolePairs') : 1),
  };
}

export const quantitiesSuite: Suite = {
  name: 'quantities',
  description: 'numbers, money, percentages, ages with their units on invented gold sentences (F1)',
  async run(opts: SuiteOptions): Promise<SuiteResult> {
    const dir = quantitiesFixturesDir(opts.data);
    if (!existsSync(join(dir, 'dev.jsonl')))
      return { suite: 'quantities', metrics: {}, items: 0, skipped: `no dev.jsonl under ${dir}` };
    const counts: Counts[] = [];
    const errors: string[] = [];
    const byPart: Record<string, Record<string, number>> = {};
    let quantities = 0;
    for (const part of GOLD_PARTS[opts.split]) {
      if (!existsSync(join(dir, `${part}.jsonl`))) continue;
      const sentences = await readGold(dir, part);
      const partCounts: Counts[] = [];
      sentences.forEach((s, k) => {
        const r = scoreSentence(s.text, locateGold(s), predictQuantities(s.text));
        partCounts.push(r.counts);
        quantities += s.quantities.length;
        for (const e of r.errors) errors.push(`${part}: ${e}`);
        opts.onProgress?.(k + 1, sentences.length);
      });
      counts.push(...partCounts);
      byPart[part] = { ...metricsOf(partCounts), quantities: partCounts.reduce((n, c) => n + c.gold, 0) };
    }
    return {
      suite: 'quantities',
      metrics: metricsOf(counts),
      items: quantities,
      details: { sentences: counts.length, byPart, errors },
    };
  },
};
