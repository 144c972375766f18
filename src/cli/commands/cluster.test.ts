import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../testing/cli.js';

// Invented headlines: two made-up stories, interleaved, one line without an id.
const LINES = [
  {
    id: 'a1',
    title: 'Valdoria flood',
    text: 'Flood waters rise in Valdoria as the river Menth bursts its banks.',
  },
  { id: 'b1', title: 'Zentrix Orbix', text: 'Zentrix unveils the Orbix smartphone with a folding screen.' },
  {
    id: 'a2',
    title: 'Valdoria evacuation',
    text: 'Valdoria flood: thousands evacuated as the Menth river keeps rising.',
  },
  { title: 'Orbix on sale', text: 'The Orbix folding smartphone from Zentrix goes on sale in spring.' },
];

describe('dateline cluster', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dl-cluster-'));
  const file = join(dir, 'headlines.jsonl');
  writeFileSync(file, LINES.map((l) => JSON.stringify(l)).join('\n'));

  it('prints one {id, story} per document in input order, the input when a line has no id', async () => {
    const r = await runCli(['cluster', '--no-extract', '--format', 'jsonl', '--jobs', '1', file]);
    assert.equal(r.code, 0, r.err);
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; story: string; score: number });
    assert.deepEqual(
      out.map((o) => [o.id, o.story]),
      [
        ['a1', 's1'],
        ['b1', 's2'],
        ['a2', 's1'],
        [`${file}:4`, 's2'],
      ],
    );
  });

  it('gives the same stories with --jobs 2 as in-process', async () => {
    const one = await runCli(['cluster', '--no-extract', '--format', 'jsonl', '--jobs', '1', file]);
    const two = await runCli(['cluster', '--no-extract', '--format', 'jsonl', '--jobs', '2', file]);
    assert.equal(two.code, 0, two.err);
    assert.equal(two.out, one.out);
  });

  it('lists documents under their story in text format', async () => {
    const r = await runCli(['cluster', '--no-extract', '--format', 'text', '--jobs', '1', file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^s1 \(2 documents\)\n {2}a1 {2}Valdoria flood\n {2}a2 /m);
    assert.match(r.out, /^s2 \(2 documents\)/m);
  });

  it('keeps going past a missing input (error record in place, exit 1)', async () => {
    const r = await runCli([
      'cluster',
      '--no-extract',
      '--format',
      'jsonl',
      '--jobs',
      '1',
      join(dir, 'nope.jsonl'),
      file,
    ]);
    assert.equal(r.code, 1);
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { error?: { code: string } });
    assert.equal(out.length, 5);
    assert.equal(out[0]!.error?.code, 'not-found');
  });

  const usage: Array<[string, string[]]> = [
    ['no input', ['cluster']],
    ['a layer other than entities', ['cluster', '--layers', 'quotes', file]],
    ['a threshold out of range', ['cluster', '--threshold', '2', file]],
  ];
  for (const [name, args] of usage)
    it(`exits 2 on ${name}`, async () => {
      const r = await runCli(args);
      assert.equal(r.code, 2, r.err);
    });

  it('runs the entity tagger with --layers entities', async () => {
    const r = await runCli([
      'cluster',
      '--no-extract',
      '--layers',
      'entities',
      '--format',
      'jsonl',
      '--jobs',
      '1',
      file,
    ]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim().split('\n').length, 4);
  });
});
