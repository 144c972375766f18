/**
 * Trains the named-entity tagger on CoNLL-2003 train, picks the epoch by valid F1, and writes the
 * quantised model to src/annotate/entities/model/ner.bin.gz. Deterministic: fixed seed, fixed order.
 *
 *   npm run train:ner -- [--data ../shared/data] [--epochs 12] [--bits 20] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byDocument, type ConllSentence, readConllFile, scoreChunks } from './conll.js';
import {
  docContext,
  historyFeatures,
  NUM_HISTORY,
  NUM_TAGS,
  type SentenceFeatures,
  sentenceFeatures,
  TAGS,
} from './features.js';
import { buildGazetteer } from './gazetteer.js';
import { defaultModelPath, dequantise, encodeModel, quantise } from './model.js';
import { bestTag, scoreToken, tagSentence, type TaggerModel } from './tagger.js';

interface Prepared {
  sf: SentenceFeatures;
  gold: number[];
  tags: string[];
}

function prepare(sentences: ConllSentence[], model: TaggerModel): Prepared[] {
  const out: Prepared[] = [];
  for (const doc of byDocument(sentences)) {
    const ctx = docContext(doc.map((s) => s.words));
    for (const s of doc) {
      out.push({
        sf: sentenceFeatures(s.words, model.gazetteer, ctx),
        gold: s.tags.map((t) => {
          const i = (TAGS as readonly string[]).indexOf(t);
          if (i < 0) throw new Error(`unknown tag ${t}`);
          return i;
        }),
        tags: s.tags,
      });
    }
  }
  return out;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function evaluate(model: TaggerModel, data: Prepared[]) {
  const pred = data.map((d) => tagSentence(model, d.sf).map((t) => TAGS[t]!));
  return scoreChunks(
    data.map((d) => d.tags),
    pred,
  );
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

export function main(): void {
  const data = arg('data', join('..', 'shared', 'data'));
  const epochs = Number(arg('epochs', '12'));
  const bits = Number(arg('bits', '20'));
  const out = arg('out', defaultModelPath());
  const t0 = Date.now();
  const { gazetteer, counts } = buildGazetteer(join(data, 'kb'));
  console.log(`gazetteer: ${gazetteer.hashes.length} names`, counts);
  const buckets = 1 << bits;
  const size = buckets * NUM_TAGS;
  const W = new Float32Array(size);
  const model: TaggerModel = { buckets, weights: W, scale: 1, gazetteer };
  const conll = join(data, 'ner', 'conll2003');
  const train = prepare(readConllFile(join(conll, 'train.txt')), model);
  const valid = prepare(readConllFile(join(conll, 'valid.txt')), model);
  console.log(
    `features ready: ${train.length} train, ${valid.length} valid sentences (${Date.now() - t0} ms)`,
  );

  const total = new Float64Array(size);
  const stamp = new Int32Array(size);
  let clock = 1;
  const mask = buckets - 1;
  const update = (h: number, t: number, delta: number) => {
    const i = (h & mask) * NUM_TAGS + t;
    total[i]! += (clock - stamp[i]!) * W[i]!;
    stamp[i] = clock;
    W[i]! += delta;
  };
  const averaged = (): Float32Array => {
    const avg = new Float32Array(size);
    for (let i = 0; i < size; i++) avg[i] = (total[i]! + (clock - stamp[i]!) * W[i]!) / clock;
    return avg;
  };
  const rand = mulberry32(20031);
  const order = train.map((_, i) => i);
  const scores = new Float64Array(NUM_TAGS);
  const hist = new Uint32Array(NUM_HISTORY);
  let best: { f1: number; epoch: number; weights: Float32Array } = {
    f1: -1,
    epoch: 0,
    weights: new Float32Array(0),
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const k of order) {
      const { sf, gold } = train[k]!;
      const predicted: number[] = [];
      for (let i = 0; i < gold.length; i++) {
        const t1 = i > 0 ? predicted[i - 1]! : -1;
        const t2 = i > 1 ? predicted[i - 2]! : -1;
        scoreToken(model, sf, i, t1, t2, scores);
        const guess = bestTag(scores, t1);
        const truth = gold[i]!;
        if (guess !== truth) {
          errors++;
          for (let f = sf.offsets[i]!; f < sf.offsets[i + 1]!; f++) {
            update(sf.feats[f]!, truth, 1);
            update(sf.feats[f]!, guess, -1);
          }
          historyFeatures(sf, i, t1, t2, hist);
          for (let f = 0; f < NUM_HISTORY; f++) {
            update(hist[f]!, truth, 1);
            update(hist[f]!, guess, -1);
          }
        }
        clock++;
        tokens++;
        // Greedy training: condition on our own previous decisions, as at test time.
        predicted.push(guess);
      }
    }
    const avg = averaged();
    const r = evaluate({ ...model, weights: avg }, valid);
    console.log(
      `epoch ${epoch}: train token error ${(errors / tokens).toFixed(4)}, valid F1 ${r.ALL!.f1.toFixed(4)} (${Date.now() - t0} ms)`,
    );
    if (r.ALL!.f1 > best.f1) best = { f1: r.ALL!.f1, epoch, weights: avg };
  }
  const { q, scale } = quantise(best.weights);
  const quantised: TaggerModel & { weights: Int16Array } = { buckets, weights: q, scale, gazetteer };
  const rq = evaluate({ ...quantised, weights: dequantise(q, scale) }, valid);
  console.log(`best epoch ${best.epoch}: valid F1 ${best.f1.toFixed(4)}; quantised ${rq.ALL!.f1.toFixed(4)}`);
  const buf = encodeModel(quantised, {
    epochs: best.epoch,
    bits,
    seed: 20031,
    validF1: Number(rq.ALL!.f1.toFixed(4)),
  });
  writeFileSync(out, buf);
  console.log(
    `wrote ${out}: ${(buf.length / 1e6).toFixed(2)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && /train\.js$/.test(process.argv[1])) main();
