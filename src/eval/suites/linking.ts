/**
 * `dateline eval linking`: entity linking against AIDA test-c and Reuters-128 (../shared/data/el), in
 * the standard "disambiguation given mentions" setting: the gold mention spans are given, typed by our
 * tagger where it found the same span (else untyped), grouped and linked by the same code the annotator
 * uses (src/annotate/entities/grouping.ts), and each gold mention's KB id compared with the gold's.
 *
 * Gold → Wikidata: the gold links are English Wikipedia (AIDA) or DBpedia 3.9 (Reuters-128) titles; a
 * title maps to the KB entries whose Wikipedia title (where the KB data carries one) or English label
 * normalises to the same key (normTitle). A title matching several entries by label only (e.g. "Paris"
 * → Paris, France and Paris, Ontario) maps to the one with the highest prior and is counted in
 * `label_ambiguous`; accuracy on the unambiguous part is reported too. Titles no entry matches are not
 * covered by the KB.
 *
 * Metrics per dataset (d = aida, reuters): coverage_d = covered gold mentions / non-NIL gold mentions;
 * accuracy_d = correct / covered (the linker's accuracy on what the KB can know); precision_d = correct
 * / mentions the linker linked (any non-NIL gold); e2e_recall_d = covered gold mentions that the full
 * annotator (our tagger's spans, exact match, then grouping and linking) linked correctly / covered.
 * Article date: the dateline's month and day when the
 * text starts with one, in the collection's year (README: AIDA test-c = Dec 2020, Reuters-21578 = 1987),
 * else the collection's middle date. Test sets: `--split dev|holdout` takes a hash split of documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities } from '../../annotate/entities/index.js';
import { groupMentions, type RawMention } from '../../annotate/entities/grouping.js';
import { loadModel } from '../../annotate/entities/model.js';
import { splitSentences } from '../../annotate/sentences/splitter.js';
import { tokenize } from '../../annotate/tokens/tokenizer.js';
import { loadKb, type Kb } from '../../link/kb.js';
import { parseNif, type NifDoc } from '../../link/nif.js';
import { normTitle } from '../../link/normalize.js';
import { inSplit } from '../split.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

export interface ElDataset {
  key: string;
  /** Path under the data root. */
  file: string;
  year: number;
  /** Used when the text has no dateline date. */
  fallbackDate: string;
}

/** The gold sets and their collection periods (from their READMEs). */
export const EL_DATASETS: readonly ElDataset[] = [
  { key: 'aida', file: 'el/aida-testc/aida_testc.ttl', year: 2020, fallbackDate: '2020-12-07' },
  { key: 'reuters', file: 'el/reuters-128/Reuters-128.ttl', year: 1987, fallbackDate: '1987-06-01' },
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The article date: "<PLACE> , Dec 7 ( Reuters )" in the collection's year, else the fallback. */
export function articleDateOf(text: string, ds: Pick<ElDataset, 'year' | 'fallbackDate'>): string {
  const m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b/.exec(
    text.slice(0, 80),
  );
  if (!m) return ds.fallbackDate;
  const mm = String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0');
  return `${ds.year}-${mm}-${m[2]!.padStart(2, '0')}`;
}

/** Gold title key → the KB entry it maps to, and whether the mapping was label-ambiguous. */
export function titleMapper(kb: Kb): (title: string) => { entry: number; ambiguous: boolean } | null {
  const explicit = new Map<string, number[]>();
  const byLabel = new Map<string, number[]>();
  for (let e = 0; e < kb.size; e++) {
    const t = kb.title(e);
    const m = t !== kb.label[e] ? explicit : byLabel;
    const k = normTitle(t);
    (m.get(k) ?? m.set(k, []).get(k)!).push(e);
  }
  return (title) => {
    const k = normTitle(title);
    const ex = explicit.get(k);
    if (ex?.length) return { entry: ex[0]!, ambiguous: new Set(ex.map((e) => kb.qid[e])).size > 1 };
    const lab = byLabel.get(k);
    if (!lab?.length) return null;
    const best = [...lab].sort((a, b) => kb.prior[b]! - kb.prior[a]! || a - b)[0]!;
    return { entry: best, ambiguous: new Set(lab.map((e) => kb.qid[e])).size > 1 };
  };
}

export interface LinkScore {
  docs: number;
  mentions: number;
  covered: number;
  correct: number;
  linked: number;
  labelAmbiguous: number;
  correctUnambiguous: number;
  /** Covered gold mentions the full annotator (tagger spans, not gold ones) linked correctly. */
  correctEndToEnd: number;
  errors: Array<{ doc: string; anchor: string; type: string; gold: string; got: string | null }>;
}

/** Links one dataset's gold mentions and scores them. */
export function scoreDocs(kb: Kb, docs: readonly NifDoc[], ds: ElDataset, keepErrors = 30): LinkScore {
  const map = titleMapper(kb);
  const model = loadModel();
  const s: LinkScore = {
    docs: docs.length,
    mentions: 0,
    covered: 0,
    correct: 0,
    linked: 0,
    labelAmbiguous: 0,
    correctUnambiguous: 0,
    correctEndToEnd: 0,
    errors: [],
  };
  for (const doc of docs) {
    const gold = doc.mentions.filter((m) => m.title !== null && doc.text.slice(m.start, m.end) === m.anchor);
    if (gold.length === 0) continue;
    // Types from our tagger where it found the same span; untyped gold spans link against every kind.
    const tokens = tokenize(doc.text);
    const date = articleDateOf(doc.text, ds);
    const tagged = findEntities(doc.text, tokens, splitSentences(doc.text, tokens), model, { kb, date });
    const typeAt = new Map<string, RawMention['type']>();
    const e2e = new Map<string, string>();
    for (const e of tagged)
      for (const m of e.mentions) {
        typeAt.set(`${m.start}:${m.end}`, e.type);
        if (e.kb) e2e.set(`${m.start}:${m.end}`, e.kb.wikidata);
      }
    const raw: RawMention[] = gold.map((m) => {
      const type = typeAt.get(`${m.start}:${m.end}`);
      return type
        ? { start: m.start, end: m.end, text: m.anchor, type }
        : { start: m.start, end: m.end, text: m.anchor, type: 'MISC', linkAs: 'ANY' };
    });
    const entities = groupMentions(raw, { text: doc.text, kb, date });
    const got = new Map<number, string>();
    for (const e of entities) for (const m of e.mentions) if (e.kb?.wikidata) got.set(m.end, e.kb.wikidata);
    for (const m of gold) {
      s.mentions++;
      const pred = got.get(m.end) ?? null;
      if (pred) s.linked++;
      const g = map(m.title!);
      if (!g) continue;
      s.covered++;
      if (g.ambiguous) s.labelAmbiguous++;
      if (e2e.get(`${m.start}:${m.end}`) === kb.qid[g.entry]) s.correctEndToEnd++;
      if (pred === kb.qid[g.entry]) {
        s.correct++;
        if (!g.ambiguous) s.correctUnambiguous++;
      } else if (s.errors.length < keepErrors)
        s.errors.push({
          doc: doc.id,
          anchor: m.anchor,
          type: typeAt.get(`${m.start}:${m.end}`) ?? 'untyped',
          gold: `${m.title} ${kb.qid[g.entry]}`,
          got: pred,
        });
    }
  }
  return s;
}

export const linkingSuite: Suite = {
  name: 'linking',
  description:
    'Entity linking given gold mentions: AIDA test-c and Reuters-128, accuracy on KB-covered mentions and coverage',
  async run(opts: SuiteOptions): Promise<SuiteResult> {
    const present = EL_DATASETS.filter((d) => existsSync(join(opts.data, d.file)));
    if (present.length === 0)
      return {
        suite: 'linking',
        metrics: {},
        items: 0,
        skipped: `no el/aida-testc or el/reuters-128 under ${opts.data}`,
      };
    const kb = loadKb();
    const metrics: Record<string, number> = {};
    const details: Record<string, unknown> = {
      setting:
        'gold mentions given (disambiguation only); gold titles mapped to Wikidata through KB titles/labels',
    };
    let items = 0;
    present.forEach((ds, k) => {
      const docs = parseNif(readFileSync(join(opts.data, ds.file), 'utf8')).filter((d) =>
        inSplit(d.id, opts.split),
      );
      const s = scoreDocs(kb, docs, ds);
      items += s.mentions;
      metrics[`accuracy_${ds.key}`] = round(s.covered ? s.correct / s.covered : 0);
      metrics[`coverage_${ds.key}`] = round(s.mentions ? s.covered / s.mentions : 0);
      metrics[`e2e_recall_${ds.key}`] = round(s.covered ? s.correctEndToEnd / s.covered : 0);
      metrics[`precision_${ds.key}`] = round(s.linked ? s.correct / s.linked : 0);
      metrics[`accuracy_unambiguous_${ds.key}`] = round(
        s.covered - s.labelAmbiguous ? s.correctUnambiguous / (s.covered - s.labelAmbiguous) : 0,
      );
      details[ds.key] = { ...s, errors: s.errors };
      opts.onProgress?.(k + 1, present.length);
    });
    return { suite: 'linking', metrics, items, details };
  },
};

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
