import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Annotation, segment } from './app/segments.js';

const a = (start: number, end: number, layer: string, kind = 'X'): Annotation => ({
  start,
  end,
  layer,
  kind,
  label: `${layer}:${kind}`,
});

describe('segment', () => {
  it('keeps the text whole and cuts at every boundary', () => {
    const text = 'Putin said Russia will strike.';
    const segs = segment(text, [a(0, 5, 'entity', 'PERSON'), a(11, 17, 'entity', 'GPE'), a(0, 30, 'quote')]);
    assert.equal(segs.map((s) => s.text).join(''), text);
    assert.deepEqual(
      segs.map((s) => s.text),
      ['Putin', ' said ', 'Russia', ' will strike.'],
    );
    assert.deepEqual(
      segs[0]!.covers.map((c) => c.layer),
      ['quote', 'entity'],
    );
  });

  const bad: Array<[string, Annotation[]]> = [
    ['out of bounds', [a(-3, 2, 'entity'), a(5, 999, 'entity')]],
    ['empty', [a(4, 4, 'time')]],
    ['reversed', [a(6, 2, 'time')]],
  ];
  for (const [what, anns] of bad) {
    it(`ignores ${what} annotations`, () => {
      const segs = segment('some text here', anns);
      assert.deepEqual(
        segs.map((s) => s.text),
        ['some text here'],
      );
      assert.equal(segs[0]!.covers.length, 0);
    });
  }

  it('handles an empty text', () => {
    assert.deepEqual(segment('', [a(0, 1, 'entity')]), []);
  });
});
