import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseTml, type ScoredTimex, te3Score, timesSilverSuite, timesSuite } from './times.js';

/** A TimeML document written for this test. */
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>demo1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2015-11-17" temporalFunction="false" functionInDocument="CREATION_TIME">20151117</TIMEX3></DCT>
<TEXT>
Officials said &quot;the talks&quot; ended <TIMEX3 tid="t1" type="DATE" value="2015-11-16">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.<TIMEX3 tid="t3" type="DATE" value="2015-11-17"/>
</TEXT>
</TimeML>
`;

describe('times suite', () => {
  it('parses TimeML: text without tags, gold spans, the DCT; the DCT and empty timexes are not scored', () => {
    const d = parseTml(TML, 'demo1');
    assert.equal(d.dct, '2015-11-17');
    assert.equal(d.timexes.length, 2);
    for (const t of d.timexes) assert.equal(d.text.slice(t.start, t.end), t.text);
    assert.deepEqual(
      d.timexes.map((t) => [t.text, t.type, t.value]),
      [
        ['yesterday', 'DATE', '2015-11-16'],
        ['three days', 'DURATION', 'P3D'],
      ],
    );
    assert.match(d.text, /"the talks"/);
  });

  it('skips with a reason when there is no TimeBank/AQUAINT folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'times-none-'));
    try {
      const r = await timesSuite.run({ data: dir, split: 'all' });
      assert.match(r.skipped ?? '', /TimeBank\/AQUAINT/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('annotates and scores a folder of .tml files with the DCT as anchor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'times-one-'));
    try {
      mkdirSync(join(dir, 'TimeBank'));
      writeFileSync(join(dir, 'TimeBank', 'demo1.tml'), TML);
      const r = await timesSuite.run({ data: dir, split: 'all' });
      assert.equal(r.items, 1);
      assert.equal(r.metrics.value_f1, 1);
      assert.equal(r.metrics.strict_f1, 1);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('times-silver: skips without a te3-silver folder, scores every document of one (splits ignored)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'times-silver-'));
    try {
      const none = await timesSilverSuite.run({ data: dir, split: 'all' });
      assert.match(none.skipped ?? '', /te3-silver/);
      mkdirSync(join(dir, 'timex', 'te3-silver'), { recursive: true });
      writeFileSync(join(dir, 'timex', 'te3-silver', 'demo1.tml'), TML);
      writeFileSync(join(dir, 'timex', 'te3-silver', 'demo2.tml'), TML.replace('talks', 'visit'));
      for (const split of ['dev', 'holdout'] as const) {
        const r = await timesSilverSuite.run({ data: dir, split });
        assert.equal(r.suite, 'times-silver');
        assert.equal(r.items, 2);
        assert.equal(r.metrics.value_f1, 1);
      }
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  const g = (start: number, end: number, type: string, value: string): ScoredTimex & { text: string } => ({
    start,
    end,
    type,
    value,
    text: `span ${start}-${end}`,
  });
  /** Gold/system pairs covering exact, overlapping, missed, spurious and wrong-value spans. */
  const DOCS = [
    {
      id: 'a',
      gold: [g(0, 5, 'DATE', '2015'), g(10, 20, 'DURATION', 'P3D'), g(30, 35, 'DATE', '2015-11')],
      sys: [g(0, 5, 'DATE', '2015'), g(12, 22, 'DURATION', 'P2D'), g(40, 45, 'SET', 'P1D')],
    },
    {
      id: 'b',
      gold: [g(0, 9, 'TIME', '2015-11-17T09:00')],
      sys: [g(0, 4, 'DATE', '2015-11-17'), g(5, 9, 'TIME', 'x')],
    },
  ];

  it('computes the TE3 metrics: value F1 = relaxed F1 × value accuracy', () => {
    const s = te3Score(DOCS);
    assert.equal(s.gold, 4);
    assert.equal(s.system, 5);
    // Relaxed matches: a:0-5, a:10-20↔12-22, b:0-9↔one of the two → 3; strict: 1.
    assert.equal(s.relaxed.p, 3 / 5);
    assert.equal(s.relaxed.r, 3 / 4);
    assert.equal(s.strict.f1, (2 * (1 / 5) * (1 / 4)) / (1 / 5 + 1 / 4));
    assert.equal(s.valueAccuracy, 1 / 3);
    assert.ok(Math.abs(s.valueF1 - s.relaxed.f1 / 3) < 1e-12);
  });

  it('agrees with the reference scorer (../shared/tools/score-timex.mjs) when it is present', async (t) => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
    const ref = join(root, '..', 'shared', 'tools', 'score-timex.mjs');
    if (!existsSync(ref)) {
      t.skip(`reference scorer absent (${ref})`);
      return;
    }
    const mod = (await import(pathToFileURL(ref).href)) as {
      te3Score: (docs: unknown) => {
        relaxed: { F1: number };
        strict: { F1: number };
        valueF1: number;
        typeF1: number;
      };
    };
    const theirs = mod.te3Score(DOCS);
    const ours = te3Score(DOCS);
    assert.equal(ours.relaxed.f1, theirs.relaxed.F1);
    assert.equal(ours.valueF1, theirs.valueF1);
    assert.equal(ours.typeF1, theirs.typeF1);
    // The reference counts strict as identical text; spans of equal text here are identical spans.
    assert.equal(ours.strict.f1, theirs.strict.F1);
  });
});
