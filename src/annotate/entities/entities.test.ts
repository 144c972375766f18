import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../doc/doc.js';
import { annotatorContract, preparedDoc } from '../contract.js';
import { longShape, shortShape } from './features.js';
import { decodeModel, dequantise, encodeModel, quantise } from './model.js';
import { entityTagger, type EntityItem, groupMentions, mapType } from './index.js';
import { loadModel } from './model.js';
import { tagDocument } from './tagger.js';
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';

/** Sentences written for these tests. */
const SAMPLES = [
  'Russian President Vladimir Putin met French officials in Paris on Tuesday. Putin said little.',
  'Angela Merkel flew to Washington, where she met executives of General Motors.',
  'Shares in Toyota Motor Corp fell 3 percent in Tokyo.',
  'no capital letters here at all',
  'Émile 😀 Zola visited Lyon.',
];

function entities(text: string): EntityItem[] {
  const doc = preparedDoc(entityTagger, text);
  entityTagger.annotate(doc);
  return [...doc.getLayer<EntityItem>('entities')];
}

function summary(text: string): string[] {
  return entities(text).map(
    (e) => `${e.id} ${e.type} ${e.name} [${e.mentions.map((m) => m.text).join('|')}]`,
  );
}

describe('entity-tagger', () => {
  annotatorContract(entityTagger, SAMPLES);

  it("a place and its possessive organisation reading are one entity that keeps its link ('Liverpool's mayor')", () => {
    const found = entities(
      "Thousands marched in Liverpool on Saturday. Liverpool's mayor said the city would recover.",
    );
    const city = found.filter((e) => e.name === 'Liverpool');
    assert.equal(city.length, 1, JSON.stringify(found.map((e) => [e.type, e.name, e.kb ?? null])));
    assert.equal(city[0]!.mentions.length, 2);
    assert.ok(city[0]!.kb, 'linked');
  });

  it('finds people, places and nationalities and links a surname to the full name', () => {
    assert.deepEqual(summary(SAMPLES[0]!), [
      'e1 NORP Russian [Russian]',
      'e2 PERSON Vladimir Putin [Vladimir Putin|Putin]',
      'e3 NORP French [French]',
      'e4 GPE Paris [Paris]',
    ]);
  });

  it('tags organisations and cities', () => {
    const s = summary(SAMPLES[1]!);
    assert.ok(s.includes('e1 PERSON Angela Merkel [Angela Merkel]'), s.join('; '));
    assert.ok(s.includes('e2 GPE Washington [Washington]'), s.join('; '));
    assert.deepEqual(summary(SAMPLES[2]!), [
      'e1 ORG Toyota [Toyota Motor Corp]', // linked: named by the KB label
      'e2 GPE Tokyo [Tokyo]',
    ]);
  });

  it('mention offsets point at their text', () => {
    for (const text of SAMPLES)
      for (const e of entities(text))
        for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('finds nothing in lower-case prose and in empty text', () => {
    assert.deepEqual(entities(SAMPLES[3]!), []);
    assert.deepEqual(entities(''), []);
  });
});

describe('grouping', () => {
  const m = (start: number, text: string, type: 'PERSON' | 'ORG' | 'GPE') => ({
    start,
    end: start + text.length,
    text,
    type,
  });

  it('joins identical names and a surname that comes first, named by the longest form', () => {
    const g = groupMentions([
      m(0, 'Putin', 'PERSON'),
      m(10, 'Kremlin', 'ORG'),
      m(20, 'Vladimir Putin', 'PERSON'),
      m(40, 'Kremlin', 'ORG'),
    ]);
    assert.deepEqual(
      g.map((e) => [e.id, e.name, e.start, e.mentions.map((x) => x.start)]),
      [
        ['e1', 'Vladimir Putin', 0, [0, 20]],
        ['e2', 'Kremlin', 10, [10, 40]],
      ],
    );
  });

  it('keeps different types and different people apart', () => {
    const g = groupMentions([
      m(0, 'Jordan', 'PERSON'),
      m(10, 'Jordan', 'GPE'),
      m(20, 'Michael Smith', 'PERSON'),
      m(40, 'John', 'PERSON'),
    ]);
    assert.equal(g.length, 4);
  });
});

describe('model and features', () => {
  it('maps CoNLL types to record types with the gazetteer', () => {
    const model = loadModel();
    assert.equal(mapType(model, 'LOC', ['France']), 'GPE');
    assert.equal(mapType(model, 'LOC', ['Pacific', 'Ocean']), 'LOC');
    assert.equal(mapType(model, 'MISC', ['French']), 'NORP');
    assert.equal(mapType(model, 'MISC', ['Olympics']), 'MISC');
    assert.equal(mapType(model, 'PER', ['Ann']), 'PERSON');
  });

  it('computes word shapes', () => {
    assert.equal(longShape('Washington'), 'Xxxxx');
    assert.equal(shortShape('Washington'), 'Xx');
    assert.equal(longShape('U.S.'), 'X.X.');
    assert.equal(longShape('1996-08-22'), 'dddd-dd-dd');
  });

  it('round-trips a model through the file format', () => {
    const model = loadModel();
    const w = new Float32Array([0, 1.5, -3, 0.25, 0, 0, 0, 0, 0, ...new Array<number>(9 * 7).fill(0)]);
    const { q, scale } = quantise(w);
    const back = decodeModel(encodeModel({ buckets: 8, weights: q, scale, gazetteer: model.gazetteer }));
    assert.equal(back.buckets, 8);
    assert.deepEqual([...back.weights.slice(0, 4)], [...q.slice(0, 4)]);
    assert.equal(back.scale, scale);
    assert.deepEqual(
      [...dequantise(q, scale)].slice(0, 4).map((x) => Math.round(x * 1000) / 1000),
      [0, 1.5, -3, 0.25],
    );
    assert.deepEqual(back.gazetteer.hashes, model.gazetteer.hashes);
  });

  it('tags pre-tokenised CoNLL-style text', () => {
    const tags = tagDocument(loadModel(), [['Peter', 'Blackburn', 'visited', 'Germany', '.']]);
    assert.deepEqual(tags, [['B-PER', 'I-PER', 'O', 'B-LOC', 'O']]);
  });
});

describe('types the tagger has no tag for, and clean spans', () => {
  const CASES: Array<[string, string, string]> = [
    ['Typhoon Haiyan struck the coast on Friday, and Haiyan then moved north.', 'Typhoon Haiyan', 'EVENT'],
    ['Flights at Valdora Airport were cancelled.', 'Valdora Airport', 'FAC'],
    ['Veterans of the Gulf War marched.', 'Gulf War', 'EVENT'],
  ];
  for (const [text, name, type] of CASES)
    it(`${name} is ${type}`, () => {
      const e = entities(text).find((x) => x.name === name);
      assert.ok(e, `${name} in ${JSON.stringify(summary(text))}`);
      assert.equal(e.type, type);
    });

  it('a two-word storm head opens an event too', () => {
    assert.ok(entities('Super Typhoon Mawar weakened over the sea.').some((e) => e.type === 'EVENT'));
  });

  // Names whose last word looks like an event or a facility but are a company, a club or a title.
  const NOT_EVENTS: Array<[string, string]> = [
    ['Epic Games sued the store on Monday.', 'Epic Games'],
    ['Crystal Palace beat the visitors 2-0.', 'Crystal Palace'],
    ['The new Star Wars film opened.', 'Star Wars'],
  ];
  for (const [text, name] of NOT_EVENTS)
    it(`${name} is no event or facility`, () => {
      const e = entities(text).find((x) => x.name === name);
      assert.ok(e, `${name} in ${JSON.stringify(summary(text))}`);
      assert.ok(e.type !== 'EVENT' && e.type !== 'FAC', e.type);
    });

  it('a storm called by its name alone later is the same entity', () => {
    const e = entities('Typhoon Haiyan struck the coast on Friday, and Haiyan then moved north.');
    const storm = e.find((x) => x.name === 'Typhoon Haiyan')!;
    assert.deepEqual(
      storm.mentions.map((m) => m.text),
      ['Typhoon Haiyan', 'Haiyan'],
    );
    assert.ok(!e.some((x) => x.type === 'PERSON'));
  });

  it('a curated organisation whose name the tagger cut short is whole, with its acronym', () => {
    const got = entities('Islamic State (IS) claimed the bombing on Sunday. IS fighters later withdrew.');
    const is = got.find((e) => e.kb?.wikidata === 'Q2429253');
    assert.ok(is, JSON.stringify(got));
    assert.equal(is.type, 'ORG');
    assert.deepEqual(
      is.mentions.map((m) => m.text),
      ['Islamic State', 'IS', 'IS'],
    );
    assert.ok(!got.some((e) => e.name === 'Islamic'));
  });

  it('with an undated dateline whose year the evidence settles, titles resolve at that day', () => {
    const text =
      'President François Hollande spoke on Tuesday. The French president met envoys. Putin was silent.';
    const prepared = preparedDoc(entityTagger, text);
    const dateline = { text: 'PARIS, Nov 17 (Reuters)', place: 'Paris', date: null, agency: 'Reuters' };
    const doc = new Doc(text, { ...prepared.meta, dateline });
    doc.setLayer<Token>('tokens', [...prepared.getLayer<Token>('tokens')]);
    doc.setLayer<Sentence>('sentences', [...prepared.getLayer<Sentence>('sentences')]);
    entityTagger.annotate(doc);
    const hollande = doc.getLayer<EntityItem>('entities').find((e) => e.kb?.wikidata === 'Q157');
    assert.ok(hollande);
    assert.deepEqual(
      hollande.mentions.map((m) => m.text),
      ['François Hollande', 'The French president'],
    );
  });

  it('no mention starts or ends with punctuation', () => {
    for (const text of ['Hurricane Sandy hit New York. It was bad.', 'He flew to New York. Then he left.'])
      for (const e of entities(text))
        for (const m of e.mentions) assert.match(m.text, /^\w.*\w$/u, `${m.text} in ${text}`);
  });
});
