import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../testing/cli.js';
import { recordValidator } from '../testing/schema.js';
import { csvField, EVENT_COLUMNS, MENTION_COLUMNS } from './exports.js';

/** An invented story: one attack reported twice, one arrest. */
const STORY =
  'Rebels attacked Kabul on Monday, police said. Police in Germany arrested two men, officials said.\n\n' +
  'Officials said the rebels attacked Kabul.';

describe('event exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dl-exports-'));
  const file = join(dir, 'story.txt');
  writeFileSync(file, STORY);

  it('jsonl records carry events that satisfy the schema, with every mention', async () => {
    const r = await runCli(['analyze', '--format', 'jsonl', '--no-extract', '--jobs', '1', file]);
    assert.equal(r.code, 0, r.err);
    const rec = JSON.parse(r.out) as Record<string, unknown> & {
      text: string;
      events: Array<{
        type: string;
        evidence: { start: number; end: number; text: string };
        mentions: unknown[];
      }>;
    };
    assert.equal(recordValidator()(rec), null);
    const attack = rec.events.find((e) => e.type === 'ASSAULT')!;
    assert.equal(attack.mentions.length, 2);
    assert.equal(rec.text.slice(attack.evidence.start, attack.evidence.end), attack.evidence.text);
  });

  it('--format plover prints one PLOVER object per event', async () => {
    const r = await runCli(['analyze', '--format', 'plover', '--no-extract', '--jobs', '1', file]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(lines.length >= 2);
    for (const l of lines)
      for (const k of ['event_type', 'mode', 'context', 'actor', 'recipient', 'source', 'date', 'location'])
        assert.ok(k in l, `${k} in ${JSON.stringify(l)}`);
    const attack = lines.find((l) => l.event_type === 'ASSAULT')!;
    assert.equal(attack.recipient, 'Kabul');
    assert.equal(attack.recipient_code, 'AFG');
  });

  it('--format csv prints the events table and --mentions FILE the mentions table', async () => {
    const mentions = join(dir, 'mentions.csv');
    const r = await runCli([
      'analyze',
      '--format',
      'csv',
      '--mentions',
      mentions,
      '--no-extract',
      '--jobs',
      '1',
      file,
    ]);
    assert.equal(r.code, 0, r.err);
    const rows = r.out.trim().split('\n');
    assert.equal(rows[0], EVENT_COLUMNS.join(','));
    assert.ok(rows.length >= 3);
    const m = readFileSync(mentions, 'utf8').trim().split('\n');
    assert.equal(m[0], MENTION_COLUMNS.join(','));
    // One row per evidence span: the attack's two mentions and the arrest's one, at least.
    assert.ok(m.length - 1 >= rows.length - 1 + 1);
    const cells = m[1]!.split(',');
    const [start, end] = [Number(cells[3]), Number(cells[4])];
    assert.ok(STORY.slice(start, end).length > 0 && end > start);
  });

  it('refuses plover/csv on extract and --mentions without csv', async () => {
    assert.equal((await runCli(['extract', '--format', 'plover', file])).code, 2);
    assert.equal((await runCli(['analyze', '--format', 'plover', '--mentions', 'x.csv', file])).code, 2);
  });

  const FIELDS: Array<[unknown, string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [12, '12'],
  ];
  for (const [value, out] of FIELDS)
    it(`csv field ${JSON.stringify(value)}`, () => assert.equal(csvField(value), out));
});
