import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  type HeadlineRow,
  clusterRows,
  parseCsv,
  readHeadlines,
  shuffledOrder,
  storiesSuite,
  toInput,
} from './stories.js';

describe('parseCsv', () => {
  const cases: Array<[string, string[][]]> = [
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a,"b, c"\r\n', [['a', 'b, c']]],
    ['"say ""hi""",x', [['say "hi"', 'x']]],
    ['"two\nlines",y\n', [['two\nlines', 'y']]],
    ['a,,c', [['a', '', 'c']]],
  ];
  for (const [text, rows] of cases) it(JSON.stringify(text), () => assert.deepEqual(parseCsv(text), rows));
});

describe('stories suite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-stories-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // Invented headlines in the UCI layout: two stories of three headlines.
  const csv = [
    'ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP',
    '1,Valdoria flood: river Menth bursts its banks,http://a.example/valdoria-flood,A,e,S1,a.example,1000',
    '2,Zentrix unveils folding Orbix phone,http://b.example/zentrix-orbix,B,t,S2,b.example,2000',
    '3,"Thousands evacuated as Valdoria flood spreads",http://c.example/valdoria-flood-evacuation,C,e,S1,c.example,3000',
    '4,Orbix phone from Zentrix: first look,http://d.example/zentrix-orbix-first-look,D,t,S2,d.example,4000',
    '5,Menth river flood in Valdoria: army called in,http://e.example/menth-flood,E,e,S1,e.example,5000',
    '6,Zentrix Orbix folding phone price leaks,http://f.example/orbix-price,F,t,S2,f.example,6000',
  ].join('\n');
  writeFileSync(join(dir, 'uci-news-aggregator.part1.csv'), `${csv}\n`);

  it('reads rows and never hands the clusterer the story or category', () => {
    const rows = readHeadlines(join(dir, 'uci-news-aggregator.part1.csv'));
    assert.equal(rows.length, 6);
    const input = toInput(rows[0]!, true);
    assert.deepEqual(Object.keys(input).sort(), ['id', 'published', 'source', 'text', 'title', 'url']);
    assert.equal(input.published, '1970-01-01T00:00:01.000Z');
    assert.equal(toInput(rows[0]!, false).published, null);
    assert.deepEqual(
      shuffledOrder(rows)
        .map((r) => r.id)
        .sort(),
      ['1', '2', '3', '4', '5', '6'],
    );
  });

  it('scores a clean clustering of invented headlines as perfect', async () => {
    const r = await storiesSuite.run({ data: dir, split: 'all' });
    assert.equal(r.items, 6);
    assert.equal(r.metrics.f1, 1);
    assert.equal(r.metrics.f1_shuffled, 1);
  });

  it('scores each headline by the story it ends up in after merges', () => {
    // Two halves of one invented event open two stories; the third headline names both and merges them.
    const row = (id: string, title: string): HeadlineRow => ({
      id,
      title,
      url: '',
      publisher: 'P',
      story: 'S1',
      timestamp: Number(id) * 1000,
    });
    const rows = [
      row('1', 'Valdoria flood forces evacuation of thousands'),
      row('2', 'Menth river bursts its banks near dam'),
      row('3', 'Valdoria flood: evacuation as Menth river bursts banks'),
    ];
    assert.equal(clusterRows(rows, true, { threshold: 0.2, mergeThreshold: 0.3 }).f1, 1);
    assert.ok(clusterRows(rows, true, { threshold: 0.2, mergeThreshold: 0 }).f1 < 1);
  });

  it('skips with a reason when the data is absent', async () => {
    const r = await storiesSuite.run({ data: join(dir, 'nowhere'), split: 'all' });
    assert.match(r.skipped ?? '', /uci-news-aggregator/);
  });
});
