import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../doc/doc.js';
import type { Annotator } from './annotator.js';
import { checkAnnotatorContract, spanProblems } from './contract.js';

/** A well-behaved annotator: one span per word of the text, in the 'entities' layer. */
const words: Annotator = {
  name: 'words',
  requires: [],
  assigns: ['entities'],
  annotate(doc: Doc) {
    const spans = [...doc.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    doc.setLayer('entities', spans);
  },
};

function broken(name: string, annotate: (doc: Doc) => void, requires: Annotator['requires'] = []): Annotator {
  return { name, requires, assigns: ['entities'], annotate };
}

describe('annotator contract (the checker itself)', () => {
  it('passes a well-behaved annotator, including one that requires tokens', () => {
    assert.deepEqual(checkAnnotatorContract(words, ['Two words.', 'émoji 👍🏽 here']), []);
    const counting = broken(
      'counting',
      (doc) => doc.setLayer('entities', [...doc.getLayer<{ start: number; end: number }>('tokens')]),
      ['tokens'],
    );
    assert.deepEqual(checkAnnotatorContract(counting, ['Tokens are spans too.']), []);
  });

  const cases: Array<{ what: string; annotator: Annotator; rule: string }> = [
    {
      what: 'a span past the end of the text',
      annotator: broken('past-end', (doc) =>
        doc.setLayer('entities', [{ start: 0, end: doc.text.length + 1 }]),
      ),
      rule: 'spans',
    },
    {
      what: 'spans out of order',
      annotator: broken('unordered', (doc) =>
        doc.setLayer(
          'entities',
          doc.text.length > 3
            ? [
                { start: 2, end: 3 },
                { start: 0, end: 1 },
              ]
            : [],
        ),
      ),
      rule: 'spans',
    },
    {
      what: 'an empty span',
      annotator: broken('empty-span', (doc) =>
        doc.setLayer('entities', doc.text ? [{ start: 1, end: 1 }] : []),
      ),
      rule: 'spans',
    },
    {
      what: 'a span that cuts a surrogate pair',
      annotator: broken('cuts-pair', (doc) => {
        const at = doc.text.indexOf('\ud83d');
        doc.setLayer('entities', at >= 0 ? [{ start: at, end: at + 1 }] : []);
      }),
      rule: 'spans',
    },
    {
      what: 'a layer it does not assign',
      annotator: broken('trespasser', (doc) => {
        doc.setLayer('entities', []);
        doc.setLayer('times', []);
      }),
      rule: 'own-layers',
    },
    {
      what: 'no write of its own layer',
      annotator: broken('lazy', () => {}),
      rule: 'own-layers',
    },
    {
      what: 'different results on two runs',
      annotator: (() => {
        let calls = 0;
        return broken('flaky', (doc) => {
          calls += 1;
          doc.setLayer('entities', doc.text.trim() ? [{ start: 0, end: 1 + (calls % 2) }] : []);
        });
      })(),
      rule: 'deterministic',
    },
    {
      what: 'a throw on empty text',
      annotator: broken('fragile', (doc) => {
        if (!doc.text) throw new Error('no text');
        doc.setLayer('entities', []);
      }),
      rule: 'empty-text',
    },
    {
      what: 'spans on empty text',
      annotator: broken('phantom', (doc) => doc.setLayer('entities', doc.text ? [] : [{ start: 0, end: 0 }])),
      rule: 'empty-text',
    },
  ];
  for (const c of cases) {
    it(`reports ${c.what} under rule '${c.rule}'`, () => {
      const v = checkAnnotatorContract(c.annotator, ['Some text 👍 here.']);
      assert.ok(
        v.some((x) => x.rule === c.rule),
        `expected a '${c.rule}' violation, got ${JSON.stringify(v)}`,
      );
    });
  }

  it('spanProblems names non-spans and non-integer offsets', () => {
    assert.equal(spanProblems('abc', [{ start: 0 }]).length, 1);
    assert.equal(spanProblems('abc', [{ start: 0.5, end: 2 }]).length, 1);
    assert.deepEqual(
      spanProblems('abc', [
        { start: 0, end: 1 },
        { start: 0, end: 3 },
      ]),
      [],
    );
  });
});
