import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLUSTER_DEFAULTS } from './clusterer.js';
import { features, urlWords, words } from './features.js';

describe('words', () => {
  const cases: Array<[string, number, string[]]> = [
    ["Zentrix's new phone is here", 0, ['zentrix', 'phone']],
    ['Tapering and the taper', 6, ['taperi', 'taper']],
    // A decimal number is one word ("4.2": a version); single characters go ("3"); "what’s" loses its
    // possessive and is then a stop word; "update" and "then" are stop words; a full stop after a number is not a decimal point.
    ['Zentrix OS 4.2 update: what’s new, 3 fixes', 0, ['zentrix', 'os', '4.2', 'fixes']],
    ['Sales rose 12.5% in 2024. Then', 0, ['sales', 'rose', '12.5', '2024']],
  ];
  for (const [text, stem, want] of cases) it(text, () => assert.deepEqual(words(text, stem), want));
});

describe('urlWords', () => {
  const cases: Array<[string, string]> = [
    ['https://news.example/2024/03/10/valdoria-flood-menth.html', 'valdoria flood menth'],
    ['http://a.example/article?id=12#top', 'article'],
    ['https://a.example', ''],
  ];
  for (const [url, want] of cases) it(url, () => assert.equal(urlWords(url), want));
});

describe('features', () => {
  it('weights title words over text words, adds bigrams, URL words, entities and event types', () => {
    const tf = features(
      {
        id: 'x',
        title: 'Valdoria flood',
        text: 'Flood waters.',
        url: 'https://n.example/menth-river',
        published: null,
        entities: ['Q1'],
        eventTypes: ['AID'],
      },
      { ...CLUSTER_DEFAULTS, stemLength: 0 },
    );
    assert.equal(tf.get('valdoria'), CLUSTER_DEFAULTS.titleWeight);
    assert.equal(tf.get('flood'), CLUSTER_DEFAULTS.titleWeight + 1);
    assert.equal(tf.get('valdoria_flood'), CLUSTER_DEFAULTS.titleWeight * CLUSTER_DEFAULTS.bigramWeight);
    assert.equal(tf.get('menth'), CLUSTER_DEFAULTS.urlWeight);
    assert.equal(tf.get('e:q1'), CLUSTER_DEFAULTS.entityWeight);
    assert.equal(tf.get('v:AID'), CLUSTER_DEFAULTS.eventWeight);
  });

  const sources: Array<[string | null | undefined, number, number | undefined]> = [
    ['Zentrix Daily', 0.25, 0.25],
    ['Zentrix Daily', 0, undefined],
    [null, 0.25, undefined],
    [undefined, 0.25, undefined],
  ];
  for (const [source, weight, want] of sources) {
    it(`publisher ${String(source)} at weight ${weight}`, () => {
      const tf = features(
        { id: 'x', title: 'Valdoria flood', text: '', source, published: null },
        { ...CLUSTER_DEFAULTS, sourceWeight: weight },
      );
      assert.equal(tf.get('p:zentrix daily'), want);
    });
  }
});
