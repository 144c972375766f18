import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../testing/cli.js';

const STORY =
  'Mayor Helen Okafor met Governor Tomas Reyes in Chicago on Monday. Okafor said the talks with the Illinois ' +
  'Department of Transportation would continue next week.';

describe('dateline analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dl-analyze-'));
  const file = join(dir, 'story.txt');
  writeFileSync(file, STORY);

  it('adds an entities layer whose mention offsets point into text', async () => {
    const r = await runCli(['analyze', '--format', 'jsonl', '--no-extract', file]);
    assert.equal(r.code, 0, r.err);
    const rec = JSON.parse(r.out) as {
      text: string;
      entities: {
        id: string;
        type: string;
        name: string;
        mentions: { start: number; end: number; text: string }[];
      }[];
    };
    assert.equal(rec.text, STORY);
    assert.ok(rec.entities.length >= 2);
    for (const e of rec.entities)
      for (const m of e.mentions) assert.equal(rec.text.slice(m.start, m.end), m.text, `${e.id} ${m.text}`);
    const okafor = rec.entities.find((e) => e.name.endsWith('Okafor'));
    assert.ok(okafor, 'Okafor found');
    assert.equal(okafor.type, 'PERSON');
    assert.equal(okafor.mentions.length, 2, 'surname grouped with the full name');
  });

  it('gives the same records in the worker pool as in-process', async () => {
    const one = await runCli(['analyze', '--format', 'jsonl', '--no-extract', '--jobs', '1', file, file]);
    const two = await runCli(['analyze', '--format', 'jsonl', '--no-extract', '--jobs', '2', file, file]);
    assert.equal(two.code, 0, two.err);
    assert.equal(two.out, one.out);
  });

  it('exits 2 on an unknown layer, before any work', async () => {
    const bogus = await runCli(['analyze', '--layers', 'colours', file]);
    assert.equal(bogus.code, 2);
    assert.equal(bogus.out, '');
  });

  it('--layers gives the layers asked for and those they need, no others', async () => {
    const r = await runCli(['analyze', '--format', 'jsonl', '--no-extract', '--layers', 'times', file]);
    assert.equal(r.code, 0, r.err);
    const rec = JSON.parse(r.out) as Record<string, unknown>;
    assert.ok(Array.isArray(rec.times));
    for (const other of ['entities', 'quantities', 'quotes', 'events', 'checks'])
      assert.equal(rec[other], undefined, other);
    const q = JSON.parse(
      (await runCli(['analyze', '--format', 'jsonl', '--no-extract', '--layers', 'quotes', file])).out,
    ) as Record<string, unknown>;
    assert.ok(
      Array.isArray(q.quotes) && Array.isArray(q.entities),
      'quotes bring the entities they point at',
    );
    assert.equal(q.events, undefined);
  });

  it('refuses --layers on extract', async () => {
    const r = await runCli(['extract', '--layers', 'entities', file]);
    assert.equal(r.code, 2);
  });
});
