import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { docContext, NUM_TAGS, sentenceFeatures } from './features.js';
import { GazetteerBuilder } from './gazetteer.js';
import {
  formatSilver,
  parseSilver,
  selectSilver,
  type SilverSentence,
  splitSentences,
  tagWithMargins,
  viterbiMargin,
} from './self-train.js';
import { scoreToken, type TaggerModel } from './tagger.js';
import { silverData } from './train.js';
import { allPaths, randomTable } from '../../testing/tagger.js';

describe('sentence splitting of raw news', () => {
  const cases: [string[], string[][]][] = [
    [
      ['Rain', 'fell', '.', 'Farmers', 'smiled', '.'],
      [
        ['Rain', 'fell', '.'],
        ['Farmers', 'smiled', '.'],
      ],
    ],
    [['It', 'cost', '3', '.', 'five', 'more'], [['It', 'cost', '3', '.', 'five', 'more']]],
    [
      ['Why', '?', '"', 'Nobody', 'knew', '!'],
      [
        ['Why', '?'],
        ['"', 'Nobody', 'knew', '!'],
      ],
    ],
    [['No', 'ending'], [['No', 'ending']]],
  ];
  for (const [tokens, want] of cases)
    it(tokens.join(' '), () => assert.deepEqual(splitSentences(tokens), want));
});

describe('Viterbi margin', () => {
  const gazetteer = new GazetteerBuilder().build();
  for (const seed of [1, 2, 3])
    for (const words of [['Mara'], ['Mara', 'Vance', 'said'], ['Tobin', 'Vance', 'visited', 'Orsk']])
      it(`is the best path's score over the second best's: "${words.join(' ')}", weights ${seed}`, () => {
        const model: TaggerModel = {
          buckets: 32,
          scale: 2,
          gazetteer,
          weights: randomTable(32, seed),
          viterbi: true,
        };
        const sf = sentenceFeatures(words, model, docContext([words]));
        const scores = new Float64Array(NUM_TAGS);
        const all = [...allPaths(words.length)].map((p) => ({
          p,
          s: p.reduce((sum, t, i) => {
            scoreToken(model, sf, i, i > 0 ? p[i - 1]! : -1, -1, scores);
            return sum + scores[t]!;
          }, 0),
        }));
        all.sort((a, b) => b.s - a.s);
        const got = viterbiMargin(model, model.weights, sf);
        assert.deepEqual(got.tags, all[0]!.p);
        assert.ok(Math.abs(got.margin - 2 * (all[0]!.s - all[1]!.s)) < 1e-6, `${got.margin}`);
      });

  it('gives 0 to a sentence whose two passes disagree, else the second pass margin', () => {
    const base = { buckets: 32, scale: 1, gazetteer, viterbi: true, viterbi2: true };
    const doc = [
      ['Mara', 'Vance', 'said'],
      ['Tobin', 'left'],
    ];
    const same = tagWithMargins({ ...base, weights: randomTable(32, 5), stage2: randomTable(32, 5) }, doc);
    const other = tagWithMargins({ ...base, weights: randomTable(32, 5), stage2: randomTable(32, 9) }, doc);
    assert.ok(same.every((s) => s.margin > 0));
    assert.ok(other.some((s) => s.margin === 0));
  });
});

describe('silver sentences', () => {
  const s = (words: string[], margin: number, doc: number): SilverSentence => ({
    words,
    tags: words.map((w) => (/^[A-Z]/.test(w) ? 'B-PER' : 'O')),
    doc,
    margin,
  });
  const silver = [
    s(['Mara', 'sang', 'loudly'], 5, 0),
    s(['Tobin', 'left', 'early'], 9, 0),
    s(['Elsa'], 50, 1),
    s(['Elsa', 'came', 'back', 'today'], 0, 1),
    s(['Pell', 'wrote', 'books'], 7, 2),
  ];

  it('round-trips through the file format', () => {
    assert.deepEqual(parseSilver(formatSilver(silver)), silver);
  });

  const cases: [number, number, string[]][] = [
    [2, 0, ['Tobin', 'Pell']],
    [9, 0, ['Mara', 'Tobin', 'Pell']],
    [9, 6, ['Tobin', 'Pell']],
  ];
  for (const [max, minMargin, first] of cases)
    it(`keeps the ${max} most confident above ${minMargin} in file order, none short or at margin 0`, () =>
      assert.deepEqual(
        selectSilver(silver, max, minMargin).map((x) => x.words[0]),
        first,
      ));

  it('is read for training as documents apart from train and valid, the most confident only', () => {
    const lex = { gazetteer: new GazetteerBuilder().build() };
    assert.deepEqual(silverData('', 10, 0, lex), []);
    const dir = mkdtempSync(join(tmpdir(), 'silver-'));
    const file = join(dir, 'silver.conll');
    writeFileSync(file, formatSilver(silver));
    const got = silverData(file, 2, 0, lex);
    assert.deepEqual(
      got.map((d) => [d.words[0], d.doc, d.tags[0]]),
      [
        ['Tobin', 2_000_000, 'B-PER'],
        ['Pell', 2_000_002, 'B-PER'],
      ],
    );
    rmSync(dir, { recursive: true });
  });
});
