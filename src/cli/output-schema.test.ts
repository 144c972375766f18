import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../testing/cli.js';
import { recordValidator } from '../testing/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('every record a command prints validates against schema/record.schema.json', () => {
  const check = recordValidator();
  const dir = mkdtempSync(join(tmpdir(), 'dl-schema-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(
    join(dir, 'docs.jsonl'),
    [
      JSON.stringify({
        id: 'a1',
        text: 'The council voted on Tuesday to close the old bridge.',
        published: '2020-03-03',
      }),
      '{not json',
      JSON.stringify({ id: 'a3', html: '<p>Rescuers reached the village late on Sunday night.</p>' }),
    ].join('\n'),
  );

  for (const [name, args] of [
    ['extract on the bundled samples', ['extract', '--format', 'jsonl', join(root, 'samples')]],
    ['extract on fixtures', ['extract', '--format', 'jsonl', join(root, 'fixtures')]],
    [
      'extract with errors and JSONL',
      [
        'extract',
        '--format',
        'jsonl',
        join(dir, 'missing.html'),
        join(dir, 'empty.html'),
        join(dir, 'docs.jsonl'),
      ],
    ],
    ['extract --no-extract', ['extract', '--format', 'jsonl', '--no-extract', join(dir, 'docs.jsonl')]],
    ['analyze on the bundled samples', ['analyze', '--format', 'jsonl', join(root, 'samples')]],
    [
      'analyze --no-extract --layers entities',
      ['analyze', '--format', 'jsonl', '--no-extract', '--layers', 'entities', join(dir, 'docs.jsonl')],
    ],
  ] as const) {
    it(name, async () => {
      const r = await runCli([...args]);
      const lines = r.out.split('\n').filter(Boolean);
      assert.ok(lines.length > 0, 'some records');
      for (const line of lines) {
        const rec = JSON.parse(line) as { input: string };
        assert.equal(check(rec), null, `${rec.input}: ${check(rec)}`);
      }
    });
  }

  it('--format json prints one array of valid records', async () => {
    const r = await runCli(['extract', '--format', 'json', join(root, 'samples')]);
    const arr = JSON.parse(r.out) as unknown[];
    assert.ok(Array.isArray(arr) && arr.length > 0);
    for (const rec of arr) assert.equal(check(rec), null);
  });
});
