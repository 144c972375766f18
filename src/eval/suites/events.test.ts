import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  actorMatches,
  cameoToPlover,
  codeCountry,
  eventsSuite,
  matchActors,
  readCameoTable,
  readClassRows,
  readNerSentences,
  readPetrGold,
  readPloverGold,
  scoreSet,
} from './events.js';

/** Invented table lines in the CAMEO2PLOVER format. */
const TABLE = readCameoTable(
  [
    '03: AGREE',
    '036: AGREE,  , diplomatic # Express intent to meet',
    '0841: RETREAT, release, legal # x',
    '190: ASSAULT, , military # y',
  ].join('\n'),
);

describe('events suite', () => {
  const CODES: Array<[string, string | null]> = [
    ['036', 'AGREE'],
    ['0361', 'AGREE'],
    ['0841', 'RETREAT'],
    ['190', 'ASSAULT'],
    ['015', null],
  ];
  for (const [code, type] of CODES)
    it(`CAMEO ${code} → ${type}`, () => assert.equal(cameoToPlover(TABLE, code), type));

  it('reads the country part of actor codes', () => {
    assert.equal(codeCountry('USAGOV'), 'USA');
    assert.equal(codeCountry('---REB'), null);
    assert.equal(codeCountry(undefined), null);
  });

  const MATCHES: Array<[string[], { text?: string; code?: string }, boolean]> = [
    [['Hungarian'], { text: 'Hungarian', code: 'HUN' }, true],
    [['Rwandan rebels'], { text: 'Rwandan rebels' }, true],
    [['Poland'], { text: "Poland's parliament" }, true],
    [['Germany'], { code: 'DEUGOV' }, true],
    [['France'], { code: 'DEUGOV' }, false],
    [['rebels'], { text: 'Afghan government' }, false],
    [[], { text: 'Iran' }, false],
  ];
  for (const [texts, gold, ok] of MATCHES)
    it(`actor ${JSON.stringify(texts)} vs ${JSON.stringify(gold)}: ${ok}`, () =>
      assert.equal(actorMatches({ texts }, gold), ok));

  it('matches actors one to one', () => {
    const c = matchActors([{ texts: ['Iran'] }, { texts: ['Iran'] }], [{ text: 'Iran' }, { text: 'Iraq' }]);
    assert.deepEqual(c, { tp: 1, fp: 1, fn: 1 });
  });

  it('reads PLOVER gold and maps the old category names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-events-'));
    const file = join(dir, 'gold.json');
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'DOC', event: 'DOCUMENT' },
        {
          id: 'x1',
          event: 'DEMAND',
          text: '{Ruritania demanded talks.}',
          source: [{ actorText: 'Ruritania' }],
          target: '',
        },
        {
          id: 'x2',
          event: 'FIGHT',
          text: 'Troops fought.',
          source: [],
          target: [{ actorText: 'rebels', code: 'RUR' }],
        },
      ]),
    );
    const g = readPloverGold(file);
    assert.deepEqual(
      g.map((x) => [x.types[0], x.text, x.sources.length, x.targets.length]),
      [
        ['REQUEST', 'Ruritania demanded talks.', 1, 0],
        ['ASSAULT', 'Troops fought.', 0, 1],
      ],
    );
  });

  it('reads UniversalPetrarch records, leaving out those without a PLOVER category', () => {
    const xml = `<Sentences>
<Sentence id="s1" evaluate="true"/>
<EventCoding eventcode="036" sourcecode="USAGOV" targetcode="CHN" />
<Text>
The envoy will meet &amp; talk.
</Text>
</Sentence>
<Sentence id="s2" evaluate="true"/>
<EventCoding eventcode="015" sourcecode="USA" targetcode="CHN" />
<Text>A statement.</Text>
</Sentence>
<Sentence id="s3" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing.</Text>
</Sentence>
</Sentences>`;
    const g = readPetrGold(xml, TABLE);
    assert.equal(g.length, 1);
    assert.deepEqual(g[0], {
      id: 's1',
      text: 'The envoy will meet & talk.',
      types: ['AGREE'],
      sources: [{ code: 'USAGOV' }],
      targets: [{ code: 'CHN' }],
    });
  });

  it('reads ConfliBERT class rows and source/target spans', () => {
    assert.deepEqual(readClassRows('Troops attacked a town.\t4\nThey met.\t1\n'), [
      { text: 'Troops attacked a town.', label: 4 },
      { text: 'They met.', label: 1 },
    ]);
    const g = readNerSentences('Rebel B-S\nfighters I-S\nattacked O\nthe B-T\ntown I-T\n. O\n\nNo O\n');
    assert.equal(g[0]!.text, 'Rebel fighters attacked the town .');
    assert.deepEqual(g[0]!.sources, [{ text: 'Rebel fighters' }]);
    assert.deepEqual(g[0]!.targets, [{ text: 'the town' }]);
    assert.equal(g[1]!.sources.length, 0);
  });

  it('counts errors as gold>predicted pairs and ranking errors apart', () => {
    const s = scoreSet([
      {
        id: 'a',
        text: 'Police arrested 14 people after the match.',
        types: ['COERCE'],
        sources: [],
        targets: [],
      },
      { id: 'b', text: 'Militants attacked a police station.', types: ['PROTEST'], sources: [], targets: [] },
      { id: 'c', text: 'Nobody was there.', types: ['AGREE'], sources: [], targets: [] },
    ]);
    assert.deepEqual(s.confusion, { 'PROTEST>ASSAULT': 1, 'AGREE>none': 1 });
    assert.equal(s.goldRankedLater, 0);
    assert.equal(s.typeAccuracy, 1 / 3);
  });

  it('skips with a reason when the data is absent', async () => {
    const r = await eventsSuite.run({ data: mkdtempSync(join(tmpdir(), 'dl-none-')), split: 'all' });
    assert.match(r.skipped ?? '', /plover-gold/);
  });
});
