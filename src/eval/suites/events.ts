/**
 * `dateline eval events`: PLOVER event coding on two gold sets (docs/events.md defines the metrics).
 *
 * 1. PLOVER gold (plover-gold/PLOVER_GSR_CAMEO.dev.json, PLOVER 0.5b1 names mapped to 2021:
 *    DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT), split by the project hash
 *    (split.ts) on the record id: `--split dev|holdout|all`.
 * 2. UniversalPetrarch English validation (PETR2_GSR_validation.xml): each sentence's CAMEO codings
 *    mapped to PLOVER with CAMEO2PLOVER-2021.txt (read at run time); sentences whose codings have no
 *    PLOVER category (CAMEO 01 statements, 02 appeals) or no event are left out. Never tuned on, so
 *    `--split` is ignored for it.
 *
 * 3. ConfliBERT CAMEO test sets (conflibert_cameo/data/cameo_class/test.tsv, cameo_ner/test.txt), when
 *    present: the first event's PLOVER type mapped to the set's coarse classes (QUAD below; class 0,
 *    statements and appeals, left out) and source/target span F1. The coder's lexicon was tuned on
 *    their train files only.
 *
 * Per sentence the first coded event is compared: type accuracy; actor F1 micro-averaged over source
 * and target roles with one-to-one matching (actorMatches).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPipeline, runPipeline } from '../../annotate/annotator.js';
import { docOf } from '../../annotate/contract.js';
import type { EntityItem } from '../../annotate/entities/index.js';
import { countryCode, normaliseActor } from '../../annotate/events/actors.js';
import { codeEvents } from '../../annotate/events/coder.js';
import type { EntityRef, EventItem } from '../../annotate/events/types.js';
import type { Sentence } from '../../annotate/sentences/splitter.js';
import type { Token } from '../../annotate/tokens/tokenizer.js';
import { inSplit } from '../split.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

/** PLOVER 0.5b1 category names in the gold file → PLOVER 2021. */
export const OLD_NAMES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

export interface GoldActor {
  text?: string;
  /** CAMEO-style code: a country (ISO alpha-3) first, then sectors ("USAGOV", "RWAREB", "---REB"). */
  code?: string;
}

export interface GoldSentence {
  id: string;
  text: string;
  /** Every PLOVER type the gold codes for the sentence; the first is the primary one. */
  types: string[];
  sources: GoldActor[];
  targets: GoldActor[];
}

export interface PredictedActor {
  texts: string[];
  /** The country the coder gave a sector participant from its sentence (EntityRef.country). */
  country?: string;
}

/** The data folder of the events sets under a data root, or null. */
export function eventsDir(data: string): string | null {
  for (const d of [data, join(data, 'events')])
    if (existsSync(join(d, 'plover-gold', 'PLOVER_GSR_CAMEO.dev.json'))) return d;
  return null;
}

function actorsOf(value: unknown): GoldActor[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((a): a is { actorText?: string; code?: string } => typeof a === 'object' && a !== null)
    .map((a) => ({ ...(a.actorText ? { text: a.actorText } : {}), ...(a.code ? { code: a.code } : {}) }));
}

export function readPloverGold(file: string): GoldSentence[] {
  const records = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  return records
    .filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string')
    .map((r) => {
      const event = String(r.event);
      return {
        id: String(r.id),
        text: String(r.text).replace(/^\{|\}$/g, ''),
        types: [OLD_NAMES[event] ?? event],
        sources: actorsOf(r.source),
        targets: actorsOf(r.target),
      };
    });
}

/** CAMEO code → PLOVER type, from CAMEO2PLOVER-2021.txt ("0311: AGREE,  , economic # …"). */
export function readCameoTable(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*,/.exec(line);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!);
  }
  return out;
}

/** The PLOVER type of a CAMEO code: the code itself, else its shorter prefixes (3 digits at least). */
export function cameoToPlover(table: ReadonlyMap<string, string>, code: string): string | null {
  for (let n = code.length; n >= 3; n--) {
    const hit = table.get(code.slice(0, n));
    if (hit) return hit;
  }
  return null;
}

/** The English UniversalPetrarch validation sentences that carry at least one PLOVER-mappable coding. */
export function readPetrGold(xml: string, table: ReadonlyMap<string, string>): GoldSentence[] {
  const out: GoldSentence[] = [];
  const re = /<Sentence\s[^>]*id="([^"]+)"[^>]*\/?>([\s\S]*?)<\/Sentence>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const body = m[2]!;
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const codings = [...body.matchAll(/<EventCoding\s([^>]*)\/>/g)].map((c) => {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(c[1]!)?.[1];
      return { event: attr('eventcode'), source: attr('sourcecode'), target: attr('targetcode') };
    });
    const mapped = codings
      .map((c) => ({ ...c, type: c.event ? cameoToPlover(table, c.event) : null }))
      .filter((c) => c.type !== null);
    if (!mapped.length) continue;
    const first = mapped[0]!;
    out.push({
      id: m[1]!,
      text: decodeXml(text),
      types: [...new Set(mapped.map((c) => c.type!))],
      sources: first.source ? [{ code: first.source }] : [],
      targets: first.target ? [{ code: first.target }] : [],
    });
  }
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The country part of a gold code ("USAGOV" → USA, "IGOUNO" → IGO…), null for unknown ("---REB"). */
export function codeCountry(code: string | undefined): string | null {
  if (!code || code.length < 3 || code.startsWith('---')) return null;
  return code.slice(0, 3);
}

/**
 * Whether a predicted actor matches a gold actor (docs/events.md): after normaliseActor, the texts are
 * equal or one contains the other as whole words; or, when the gold has a country code, the predicted
 * actor's country (countryCode of any of its texts) is that country.
 */
export function actorMatches(pred: PredictedActor, gold: GoldActor): boolean {
  if (gold.text) {
    const g = ` ${normaliseActor(gold.text)} `;
    for (const t of pred.texts) {
      const p = ` ${normaliseActor(t)} `;
      if (p.trim() && (g.includes(p) || p.includes(g))) return true;
    }
  }
  const country = codeCountry(gold.code);
  if (country) return pred.country === country || pred.texts.some((t) => countryCode(t) === country);
  return false;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** One-to-one greedy matching of predicted to gold actors. */
export function matchActors(pred: readonly PredictedActor[], gold: readonly GoldActor[]): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const p of pred) {
    const k = gold.findIndex((g, i) => !used.has(i) && actorMatches(p, g));
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return { tp, fp: pred.length - tp, fn: gold.length - tp };
}

export function f1(c: Counts): number {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Codes one sentence with the full built-in pipeline up to entities, then the events coder. */
export function codeText(text: string): { events: EventItem[]; entities: readonly EntityItem[] } {
  const doc = docOf(text);
  runPipeline(doc, buildPipeline('all', { layers: ['entities'] }));
  const entities = doc.getLayer<EntityItem>('entities');
  const events = codeEvents({
    text,
    tokens: doc.getLayer<Token>('tokens'),
    sentences: doc.getLayer<Sentence>('sentences'),
    entities,
  });
  return { events, entities };
}

export function predictedActor(ref: EntityRef, entities: readonly EntityItem[]): PredictedActor {
  if (typeof ref !== 'string')
    return ref.country ? { texts: [ref.text], country: ref.country } : { texts: [ref.text] };
  const e = entities.find((x) => x.id === ref);
  return { texts: e ? [...new Set([e.name, ...e.mentions.map((m) => m.text)])] : [] };
}

export interface SetScore {
  items: number;
  typeAccuracy: number;
  typeAnyAccuracy: number;
  source: Counts;
  target: Counts;
  actorF1: number;
  errors: Array<{ id: string; gold: string; pred: string | null; text: string }>;
  /** Aggregate error counts, "GOLD>PRED" → sentences (readable without reading held-out items). */
  confusion: Record<string, number>;
  /** Wrong sentences whose gold type is among the later coded events (a ranking error, not a missed trigger). */
  goldRankedLater: number;
}

/** Scores the first coded event of each sentence against the gold. */
export function scoreSet(gold: readonly GoldSentence[], onDone?: () => void): SetScore {
  let right = 0;
  let rightAny = 0;
  const source: Counts = { tp: 0, fp: 0, fn: 0 };
  const target: Counts = { tp: 0, fp: 0, fn: 0 };
  const errors: SetScore['errors'] = [];
  const confusion: Record<string, number> = {};
  let goldRankedLater = 0;
  for (const g of gold) {
    const { events, entities } = codeText(g.text);
    const first = events[0];
    if (first?.type === g.types[0]) right++;
    else if (g.types.length) {
      errors.push({ id: g.id, gold: g.types[0]!, pred: first?.type ?? null, text: g.text });
      const key = `${g.types[0]}>${first?.type ?? 'none'}`;
      confusion[key] = (confusion[key] ?? 0) + 1;
      if (events.slice(1).some((e) => e.type === g.types[0])) goldRankedLater++;
    }
    if (first && g.types.includes(first.type)) rightAny++;
    const add = (into: Counts, c: Counts) => {
      into.tp += c.tp;
      into.fp += c.fp;
      into.fn += c.fn;
    };
    add(
      source,
      matchActors(
        (first?.actors ?? []).map((r) => predictedActor(r, entities)),
        g.sources,
      ),
    );
    add(
      target,
      matchActors(
        (first?.targets ?? []).map((r) => predictedActor(r, entities)),
        g.targets,
      ),
    );
    onDone?.();
  }
  const n = gold.length || 1;
  return {
    items: gold.length,
    typeAccuracy: right / n,
    typeAnyAccuracy: rightAny / n,
    source,
    target,
    actorF1: f1({ tp: source.tp + target.tp, fp: source.fp + target.fp, fn: source.fn + target.fn }),
    errors,
    confusion,
    goldRankedLater,
  };
}

/** PETR gold actors are codes only: scored at the country level, unknown countries ("---") left out. */
function countryLevel(gold: readonly GoldSentence[]): GoldSentence[] {
  return gold.map((g) => ({
    ...g,
    sources: g.sources.filter((a) => codeCountry(a.code) !== null),
    targets: g.targets.filter((a) => codeCountry(a.code) !== null),
  }));
}

/**
 * PLOVER type → the ConfliBERT cameo_class label (its classes, read off its train file: 1 verbal
 * cooperation CAMEO 03-05, 2 material cooperation 06-08, 3 verbal conflict 09-13 and 16, 4 material
 * conflict 14-15 and 17-20; 0 statements and appeals 01-02).
 */
export const QUAD: Readonly<Record<string, number>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  COOPERATE: 2,
  AID: 2,
  CONCEDE: 2,
  RETREAT: 2,
  ACCUSE: 3,
  REQUEST: 3,
  REJECT: 3,
  THREATEN: 3,
  SANCTION: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** cameo_class rows: sentence TAB label. */
export function readClassRows(tsv: string): Array<{ text: string; label: number }> {
  return tsv
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const i = l.lastIndexOf('\t');
      return { text: l.slice(0, i), label: Number(l.slice(i + 1).trim()) };
    });
}

/** cameo_ner sentences (token TAG lines, blank-line separated) as text with source and target spans. */
export function readNerSentences(txt: string): GoldSentence[] {
  return txt
    .split(/\n\s*\n/)
    .map((block, k) => {
      const rows = block
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          const i = l.lastIndexOf(' ');
          return [l.slice(0, i), l.slice(i + 1)] as const;
        });
      const spans: Record<string, string[][]> = { S: [], T: [] };
      let cur: string[] | null = null;
      for (const [w, tag] of rows) {
        const role = tag.slice(2);
        if (tag.startsWith('B-')) {
          cur = [w];
          (spans[role] ??= []).push(cur);
        } else if (tag.startsWith('I-') && cur) cur.push(w);
        else cur = null;
      }
      return {
        id: `ner-${k}`,
        text: rows.map(([w]) => w).join(' '),
        types: [],
        sources: spans.S!.map((x) => ({ text: x.join(' ') })),
        targets: spans.T!.map((x) => ({ text: x.join(' ') })),
      };
    })
    .filter((g) => g.text.length > 0);
}

export const eventsSuite: Suite = {
  name: 'events',
  description:
    'PLOVER event coding: first event type accuracy and source/target actor F1 on the PLOVER gold half (hash split), UniversalPetrarch English validation and ConfliBERT CAMEO test',
  async run(opts: SuiteOptions): Promise<SuiteResult> {
    const dir = eventsDir(opts.data);
    if (!dir)
      return { suite: 'events', metrics: {}, items: 0, skipped: `no events/plover-gold under ${opts.data}` };
    const plover = readPloverGold(join(dir, 'plover-gold', 'PLOVER_GSR_CAMEO.dev.json')).filter((g) =>
      inSplit(g.id, opts.split),
    );
    const table = readCameoTable(readFileSync(join(dir, 'plover-gold', 'CAMEO2PLOVER-2021.txt'), 'utf8'));
    const petrFile = join(dir, 'oeda_universalpetrarch_validation', 'PETR2_GSR_validation.xml');
    const petr = existsSync(petrFile)
      ? countryLevel(readPetrGold(readFileSync(petrFile, 'utf8'), table))
      : [];
    const cb = join(dir, 'conflibert_cameo', 'data');
    const classRows = existsSync(join(cb, 'cameo_class', 'test.tsv'))
      ? readClassRows(readFileSync(join(cb, 'cameo_class', 'test.tsv'), 'utf8')).filter((r) => r.label !== 0)
      : [];
    const nerGold = existsSync(join(cb, 'cameo_ner', 'test.txt'))
      ? readNerSentences(readFileSync(join(cb, 'cameo_ner', 'test.txt'), 'utf8'))
      : [];
    const total = plover.length + petr.length + classRows.length + nerGold.length;
    let done = 0;
    const tick = () => opts.onProgress?.(++done, total);
    const p = scoreSet(plover, tick);
    const u = scoreSet(petr, tick);
    let quadRight = 0;
    for (const r of classRows) {
      const first = codeText(r.text).events[0];
      if (first && QUAD[first.type] === r.label) quadRight++;
      tick();
    }
    const c = scoreSet(nerGold, tick);
    const metrics: Record<string, number> = {
      type_accuracy: round(p.typeAccuracy),
      actor_f1: round(p.actorF1),
      source_f1: round(f1(p.source)),
      target_f1: round(f1(p.target)),
    };
    if (petr.length) {
      metrics.petr_type_accuracy = round(u.typeAccuracy);
      metrics.petr_type_any_accuracy = round(u.typeAnyAccuracy);
      metrics.petr_actor_f1 = round(u.actorF1);
    }
    if (classRows.length) metrics.confli_quad_accuracy = round(quadRight / classRows.length);
    if (nerGold.length) metrics.confli_actor_f1 = round(c.actorF1);
    return {
      suite: 'events',
      metrics,
      items: total,
      details: {
        note: 'PLOVER gold split by the project hash (--split); UniversalPetrarch is never tuned on and always scored whole',
        plover: {
          items: p.items,
          source: p.source,
          target: p.target,
          confusion: p.confusion,
          goldRankedLater: p.goldRankedLater,
          // Error sentences only for the dev split: held-out items are sized by the confusion alone.
          errors: opts.split === 'dev' ? p.errors : [],
        },
        petr: {
          items: u.items,
          source: u.source,
          target: u.target,
          confusion: u.confusion,
          goldRankedLater: u.goldRankedLater,
        },
        conflibert: {
          classItems: classRows.length,
          nerItems: nerGold.length,
          source: c.source,
          target: c.target,
        },
      },
    };
  },
};

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
