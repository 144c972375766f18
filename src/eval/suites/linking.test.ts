import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixtureKb } from '../../link/fixture.js';
import { articleDateOf, linkingSuite, titleMapper } from './linking.js';

/** An invented document in the NIF shape of AIDA test-c: two linked mentions and one NIL. */
const TTL = `<https://example.org/el/1> a nif:Context ;
    nif:isString "MOSCOW , Nov 17 ( Reuters ) - Vladimir Putin met officials in Moscow and Zzyzx ." .

<https://example.org/el/1#offset_30_44> a nif:Phrase ;
    nif:anchorOf "Vladimir Putin" ;
    nif:beginIndex "30"^^xsd:nonNegativeInteger ;
    nif:endIndex "44"^^xsd:nonNegativeInteger ;
    nif:referenceContext <https://example.org/el/1> ;
    itsrdf:taIdentRef <http://en.wikipedia.org/wiki/Vladimir_Putin> .

<https://example.org/el/1#offset_62_68> a nif:Phrase ;
    nif:anchorOf "Moscow" ;
    nif:beginIndex "62"^^xsd:nonNegativeInteger ;
    nif:endIndex "68"^^xsd:nonNegativeInteger ;
    nif:referenceContext <https://example.org/el/1> ;
    itsrdf:taIdentRef <http://en.wikipedia.org/wiki/Moscow> .

<https://example.org/el/1#offset_73_78> a nif:Phrase ;
    nif:anchorOf "Zzyzx" ;
    nif:beginIndex "73"^^xsd:nonNegativeInteger ;
    nif:endIndex "78"^^xsd:nonNegativeInteger ;
    nif:referenceContext <https://example.org/el/1> ;
    itsrdf:taIdentRef <http://en.wikipedia.org/wiki/Zzyzx_(band)> .
`;

describe('linking suite', () => {
  it('skips with a reason when no gold set is present', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'el-none-'));
    try {
      const r = await linkingSuite.run({ data: dir, split: 'all' });
      assert.match(r.skipped ?? '', /no el\/aida-testc/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('links the gold mentions and reports accuracy on covered mentions and coverage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'el-one-'));
    try {
      mkdirSync(join(dir, 'el', 'aida-testc'), { recursive: true });
      writeFileSync(join(dir, 'el', 'aida-testc', 'aida_testc.ttl'), TTL);
      const r = await linkingSuite.run({ data: dir, split: 'all' });
      assert.equal(r.items, 3);
      assert.equal(r.metrics.coverage_aida, 0.6667);
      assert.equal(r.metrics.accuracy_aida, 1);
      assert.equal(r.metrics.accuracy_reuters, undefined);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('gold titles → KB entries', () => {
  const kb = fixtureKb();
  const map = titleMapper(kb);
  const cases: Array<[string, string | null, boolean]> = [
    ['Vladimir_Putin', 'Q7747', false],
    ['Fran%C3%A7ois_Hollande', 'Q157', false],
    ['Paris', 'Q90', true],
    ['Georgia', 'Q230', true],
    ['Zzyzx_(band)', null, false],
  ];
  for (const [title, qid, ambiguous] of cases)
    it(title, () => {
      const m = map(title);
      assert.equal(m ? kb.qid[m.entry] : null, qid);
      if (m) assert.equal(m.ambiguous, ambiguous);
    });
});

describe('article date', () => {
  const ds = { year: 2020, fallbackDate: '2020-12-07' };
  const cases: Array<[string, string]> = [
    ['SHANGHAI , Dec 7 ( Reuters ) - China', '2020-12-07'],
    ['Nov 30 ( Reuters ) - Shares', '2020-11-30'],
    ['No dateline here at all.', '2020-12-07'],
  ];
  for (const [text, want] of cases) it(text, () => assert.equal(articleDateOf(text, ds), want));
});
