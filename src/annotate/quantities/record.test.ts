import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../testing/cli.js';
import { recordValidator } from '../../testing/schema.js';

const ARTICLE =
  'The attacks killed 353 people, 129 in Paris and 224 in Brussels. Salah Abdeslam, 26, was charged. ' +
  'The government pledged €3bn, about 12% of the budget.';

describe('analyze: the quantities and checks fields of the record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dl-quantities-'));
  const file = join(dir, 'story.txt');
  writeFileSync(file, ARTICLE);

  it('emits quantities and checks with span texts, and the record validates', async () => {
    const { code, out } = await runCli([
      'analyze',
      '--no-extract',
      '--format',
      'jsonl',
      '--layers',
      'quantities',
      file,
    ]);
    assert.equal(code, 0);
    const rec = JSON.parse(out.trim()) as {
      text: string;
      quantities: Array<{ start: number; end: number; text: string; value: number; unit: string }>;
    };
    assert.equal(recordValidator()(rec), null);
    assert.deepEqual(
      rec.quantities.map((q) => [q.text, q.value, q.unit]),
      [
        ['353 people', 353, 'people'],
        ['129', 129, 'people'],
        ['224', 224, 'people'],
        ['26', 26, 'years'],
        ['€3bn', 3e9, 'EUR'],
        ['about 12%', 12, 'percent'],
      ],
    );
    for (const q of rec.quantities) assert.equal(rec.text.slice(q.start, q.end), q.text);
  });

  it('emits the sum check with its evidence when every layer runs', async () => {
    const { code, out } = await runCli(['analyze', '--no-extract', '--format', 'jsonl', file]);
    assert.equal(code, 0);
    const rec = JSON.parse(out.trim()) as {
      checks: Array<{
        kind: string;
        holds: boolean;
        total: number;
        parts: number[];
        evidence: { text: string }[];
      }>;
    };
    assert.equal(recordValidator()(rec), null);
    assert.deepEqual(
      rec.checks.map((c) => [c.kind, c.holds, c.total, c.parts, c.evidence.map((e) => e.text)]),
      [['sum', true, 353, [129, 224], ['353 people', '129', '224']]],
    );
  });
});
