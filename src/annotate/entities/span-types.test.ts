import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TAGS } from './features.js';
import { GazetteerBuilder } from './gazetteer.js';
import { decodeModel, encodeModel, quantise } from './model.js';
import {
  documentSpans,
  NUM_SPAN_TYPES,
  retypeDocument,
  type SpanExample,
  tagSpans,
  trainSpanModel,
} from './span-types.js';
import { tagDocument } from './tagger.js';

const idx = (tags: string) => tags.split(' ').map((t) => (TAGS as readonly string[]).indexOf(t));

/** A seeded generator (the same as train.ts's kind: deterministic shuffles). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296;
}

describe('tagSpans', () => {
  const cases: [string, [number, number, number][]][] = [
    ['B-PER I-PER O', [[0, 2, 0]]],
    [
      'O B-LOC B-LOC',
      [
        [1, 2, 2],
        [2, 3, 2],
      ],
    ],
    [
      'I-ORG I-ORG O B-MISC',
      [
        [0, 2, 1],
        [3, 4, 3],
      ],
    ],
    [
      'B-PER I-ORG',
      [
        [0, 1, 0],
        [1, 2, 1],
      ],
    ],
    ['O O', []],
  ];
  for (const [tags, want] of cases)
    it(`reads "${tags}" as conlleval does`, () => assert.deepEqual(tagSpans(idx(tags)), want));
});

describe('span re-typing', () => {
  const lex = { gazetteer: new GazetteerBuilder().build() };
  // A made-up company the tagger called a person in one sentence; elsewhere it is an ORG.
  const doc = [
    ['Velmora', 'International', 'shares', 'rose', '.'],
    ['Velmora', 'said', 'on', 'Monday', '.'],
  ];
  const tagged = [idx('B-ORG I-ORG O O O'), idx('B-PER O O O O')];

  it('gives a span the types of names sharing its words elsewhere in the document', () => {
    const alone = documentSpans(lex, [doc[1]!], [tagged[1]!]);
    const withOther = documentSpans(lex, doc, tagged);
    assert.equal(alone.length, 1);
    assert.equal(withOther.length, 2);
    const a = new Set(alone[0]!.feats);
    const extra = [...withOther[1]!.feats].filter((h) => !a.has(h));
    assert.ok(extra.length > 0, 'the ORG mention sharing "Velmora" adds features');
  });

  it('learns from examples and changes only types, never boundaries', () => {
    const examples: SpanExample[] = [];
    for (let r = 0; r < 4; r++)
      for (const s of documentSpans(lex, doc, tagged)) examples.push({ feats: s.feats, gold: 1 });
    const persons = [['Mara', 'Vance', 'said', '.']];
    for (const s of documentSpans(lex, persons, [idx('B-PER I-PER O O')]))
      examples.push({ feats: s.feats, gold: 0 });
    const { model } = trainSpanModel(examples, 1 << 10, 5, lcg(7));
    const out = retypeDocument(model, lex, doc, tagged);
    assert.deepEqual(out, [idx('B-ORG I-ORG O O O'), idx('B-ORG O O O O')]);
    assert.deepEqual(retypeDocument(model, lex, persons, [idx('B-PER I-PER O O')]), [idx('B-PER I-PER O O')]);
    // Input tags are left as they were.
    assert.deepEqual(tagged[1], idx('B-PER O O O O'));
  });

  it('is kept by the model file, and tagDocument uses it', () => {
    const examples: SpanExample[] = documentSpans(lex, doc, tagged).map((s) => ({ feats: s.feats, gold: 2 }));
    const span = trainSpanModel(examples, 1 << 8, 2, lcg(3)).model;
    const q = quantise(span.weights as Float32Array);
    assert.equal(q.q.length, (1 << 8) * NUM_SPAN_TYPES);
    // A tagger that tags every token B-PER: every bucket favours B-PER, so does every feature.
    const buckets = 1 << 4;
    const w = new Int16Array(buckets * TAGS.length);
    for (let b = 0; b < buckets; b++) w[b * TAGS.length + 1] = 1000;
    const tagger = { buckets, scale: 1, gazetteer: lex.gazetteer, weights: w };
    const plain = decodeModel(encodeModel({ ...tagger }));
    const stacked = decodeModel(
      encodeModel({ ...tagger, spans: { buckets: 1 << 8, weights: q.q, scale: q.scale } }),
    );
    assert.equal(plain.spans, undefined);
    assert.deepEqual(stacked.spans?.weights, q.q);
    assert.deepEqual(tagDocument(plain, doc), [Array(5).fill('B-PER'), Array(5).fill('B-PER')]);
    // The re-typer, taught that every span is a LOC, re-types them all.
    assert.deepEqual(tagDocument(stacked, doc), [Array(5).fill('B-LOC'), Array(5).fill('B-LOC')]);
  });
});
