import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normName, normTitle } from './normalize.js';

describe('normName', () => {
  const cases: Array<[string, string]> = [
    ['Vladimir Putin', 'vladimir putin'],
    ['François  Hollande', 'francois hollande'],
    ['U.S.', 'us'],
    ['al-Qaeda', 'al qaeda'],
    ["Côte d'Ivoire", 'cote d ivoire'],
    ['The Hague', 'hague'],
    ['AT&T', 'at&t'],
    ['  ', ''],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => assert.equal(normName(input), want));

  it('gives the same keys from its memo, cold and warm, and after the memo is emptied', () => {
    const first = cases.map(([input]) => normName(input));
    assert.deepEqual(
      cases.map(([input]) => normName(input)),
      first,
    );
    for (let i = 0; i < 25_000; i++) assert.equal(normName(`Name-${i}`), `name ${i}`);
    assert.deepEqual(
      cases.map(([input]) => normName(input)),
      cases.map(([, want]) => want),
    );
  });
});

describe('normTitle', () => {
  const cases: Array<[string, string]> = [
    ['Ally_Financial', 'ally financial'],
    ['S%C3%A3o_Paulo', 'sao paulo'],
    ['Recep_Tayyip_Erdo%C4%9Fan', 'recep tayyip erdogan'],
    ['Bad%ZZ_escape', 'bad%zz escape'],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => assert.equal(normTitle(input), want));
});
