import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Reorderer, type TaskResult, WorkerPool } from './pool.js';

describe('Reorderer', () => {
  it('emits in sequence order whatever the completion order', () => {
    const out: number[] = [];
    const r = new Reorderer<number>((x) => out.push(x));
    for (const s of [2, 0, 3, 1, 5, 4]) r.put(s, s * 10);
    assert.deepEqual(out, [0, 10, 20, 30, 40, 50]);
  });
});

describe('WorkerPool', () => {
  // A tiny worker: echoes, hangs forever on "hang", crashes on "crash".
  const dir = mkdtempSync(join(tmpdir(), 'dl-pool-'));
  const script = join(dir, 'w.mjs');
  writeFileSync(
    script,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  if (t.what === 'hang') { for (;;) {} }
  if (t.what === 'crash') throw new Error('boom');
  parentPort.postMessage({ seq: t.seq, ok: true, record: { echo: t.what } });
});`,
  );

  it('stops a task that runs past the limit, replaces the worker, and finishes the rest', async () => {
    const pool = new WorkerPool<{ seq: number; what: string }>(pathToFileURL(script), 2, 400);
    try {
      const results = await Promise.all(
        ['a', 'hang', 'b', 'crash', 'c', 'd'].map((what, seq) => pool.run({ seq, what })),
      );
      const bySeq = new Map<number, TaskResult>(results.map((r) => [r.seq, r]));
      assert.equal(bySeq.get(1)?.ok, false);
      assert.equal((bySeq.get(1) as { code: string }).code, 'timeout');
      assert.equal(bySeq.get(3)?.ok, false);
      assert.equal((bySeq.get(3) as { code: string }).code, 'internal');
      for (const s of [0, 2, 4, 5]) assert.equal(bySeq.get(s)?.ok, true, `task ${s}`);
    } finally {
      await pool.close();
    }
  });
});
