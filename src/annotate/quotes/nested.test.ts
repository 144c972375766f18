import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dropNested } from './extract.js';

// "The mayor said the council wants to close the bridge.": the outer cue "said" (4–8) holds the
// content 9–52, in which the nested cue "wants" (21–26) opens its own content 27–52.
const OUTER = { cue: { start: 4, end: 8 }, content: [{ start: 9, end: 52 }] };
const NESTED = { cue: { start: 21, end: 26 }, content: [{ start: 27, end: 52 }] };
// A second statement outside the first one's content.
const APART = { cue: { start: 60, end: 64 }, content: [{ start: 65, end: 90 }] };

describe('dropNested', () => {
  const cases: Array<{
    what: string;
    items: (typeof OUTER)[];
    scored: number[];
    keep: boolean[];
    out: boolean[];
  }> = [
    {
      what: 'a weak attribution nested in a likelier one goes',
      items: [OUTER, NESTED],
      scored: [3, 0.2],
      keep: [true, true],
      out: [true, false],
    },
    {
      what: 'a nested one scored at the bar or above stays',
      items: [OUTER, NESTED],
      scored: [3, 1.5],
      keep: [true, true],
      out: [true, true],
    },
    {
      what: 'a weak nested one stays when the one holding it is weaker still',
      items: [OUTER, NESTED],
      scored: [0.1, 0.2],
      keep: [true, true],
      out: [true, true],
    },
    {
      what: 'a weak nested one stays when the one holding it was not kept',
      items: [OUTER, NESTED],
      scored: [3, 0.2],
      keep: [false, true],
      out: [false, true],
    },
    {
      what: 'a weak attribution outside the other content stays',
      items: [OUTER, APART],
      scored: [3, 0.2],
      keep: [true, true],
      out: [true, true],
    },
  ];
  for (const c of cases)
    it(c.what, () => {
      const keep = [...c.keep];
      dropNested(c.items, c.scored, keep, 1.5);
      assert.deepEqual(keep, c.out);
    });
  it('keeps everything at a bar of minus infinity', () => {
    const keep = [true, true];
    dropNested([OUTER, NESTED], [3, 0.2], keep, -Infinity);
    assert.deepEqual(keep, [true, true]);
  });
});
