import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { runCli } from '../testing/cli.js';

describe('cli', () => {
  it('prints usage with examples and exits 0 on --help', async () => {
    const r = await runCli(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /Examples:/);
  });

  it('exits 2 with a one-line message on an unknown command or option', async () => {
    const a = await runCli(['frobnicate']);
    assert.equal(a.code, 2);
    assert.match(a.err, /unknown command/);
    const b = await runCli(['extract', '--bogus', 'x.html']);
    assert.equal(b.code, 2);
    assert.equal(b.err.trim().split('\n').length, 1);
  });

  it('shows an example in every command help', async () => {
    for (const c of [
      'extract',
      'analyze',
      'ingest',
      'cluster',
      'stories',
      'stats',
      'serve',
      'eval',
      'demo',
    ]) {
      const r = await runCli([c, '--help']);
      assert.equal(r.code, 0, c);
      assert.match(r.out, /Example/, c);
    }
  });

  it('yields an error record for a missing file and goes on with the rest (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-cli-'));
    const page = join(dir, 'a.html');
    writeFileSync(
      page,
      '<html><body><article><p>Officials said the bridge would reopen on Monday after repairs.</p></article></body></html>',
    );
    const r = await runCli(['extract', '--format', 'jsonl', join(dir, 'missing.html'), page]);
    assert.equal(r.code, 1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.equal(lines[0].error.code, 'not-found');
    assert.match(lines[1].text, /bridge would reopen/);
  });

  it('keeps input order with --jobs 2, error records in place, same output as --jobs 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-jobs-'));
    const inputs: string[] = [];
    for (let i = 0; i < 12; i++) {
      const page = join(dir, `p${String(i).padStart(2, '0')}.html`);
      writeFileSync(
        page,
        `<html><body><article><h1>Story ${i}</h1><p>Story number ${i} says the council met on Tuesday to discuss the harbour plan and its budget.</p></article></body></html>`,
      );
      inputs.push(page);
      if (i === 5) inputs.push(join(dir, 'missing.html'));
    }
    const one = await runCli(['extract', '--format', 'jsonl', '--jobs', '1', ...inputs]);
    const two = await runCli(['extract', '--format', 'jsonl', '--jobs', '2', ...inputs]);
    assert.equal(two.code, 1);
    assert.equal(two.out, one.out);
    const recs = two.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string; error?: unknown });
    assert.equal(recs.length, 13);
    assert.deepEqual(
      recs.map((r) => r.input),
      inputs,
    );
    assert.ok(recs[6]!.error);
  });

  it('-o to a path that cannot be written is a one-line usage error before any work', async () => {
    const r = await runCli(['extract', '-o', '/nonexistent-dir/x.jsonl', 'whatever.html']);
    assert.equal(r.code, 2);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /cannot write/);
  });

  it('eval --check-floors fails when a suite with floors is skipped, and refuses --split', async () => {
    const r = await runCli([
      'eval',
      'extraction',
      '--data',
      '/nonexistent-data',
      '--check-floors',
      '--quiet',
      '--format',
      'text',
    ]);
    assert.equal(r.code, 1);
    assert.match(r.out, /skipped/);
    const s = await runCli(['eval', 'extraction', '--check-floors', '--split', 'dev']);
    assert.equal(s.code, 2);
  });

  it('eval --check-floors also gates the held-out split of a suite that pins floors there', async (t) => {
    const data = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data');
    if (!existsSync(join(data, 'timex/timebank-aquaint'))) {
      t.skip('../shared/data/timex is absent');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'dateline-floors-'));
    const floors = (holdout: number): string => {
      const file = join(dir, `floors-${holdout}.json`);
      const entry = { split: 'all', metrics: { value_f1: 0.5 }, holdout: { value_f1: holdout } };
      writeFileSync(file, JSON.stringify({ times: entry }));
      return file;
    };
    const args = ['eval', 'times', '--data', data, '--check-floors', '--quiet', '--format', 'json'];
    // A held-out floor within reach passes; the same floor set out of reach fails the run.
    const low = await runCli([...args, '--floors', floors(0.5)]);
    assert.equal(low.code, 0, low.err);
    const run = JSON.parse(low.out) as {
      split: string;
      floors: Record<string, { ok: boolean }>;
      holdout?: { split: string; items: number; floors: Record<string, { ok: boolean }> };
    };
    assert.equal(run.split, 'all');
    assert.equal(run.holdout?.split, 'holdout');
    assert.deepEqual(run.holdout?.floors.value_f1?.ok, true);
    const high = await runCli([...args, '--floors', floors(0.999)]);
    assert.equal(high.code, 1);
    assert.match(high.err, /1 gate\(s\) failed/);
    // A held-out run that cannot run has not passed either.
    const none = await runCli([...args, '--floors', floors(0.5), '--data', join(dir, 'absent')]);
    assert.equal(none.code, 1);
    assert.match(none.err, /2 gate\(s\) failed/);
    // A floor on a metric the suite does not report fails, and the text output names it.
    const typo = join(dir, 'typo.json');
    writeFileSync(typo, JSON.stringify({ times: { split: 'all', metrics: { value_f2: 0.5 } } }));
    const misspelt = await runCli([
      'eval',
      'times',
      '--data',
      data,
      '--check-floors',
      '--quiet',
      '--format',
      'text',
      '--floors',
      typo,
    ]);
    assert.equal(misspelt.code, 1);
    assert.match(misspelt.out, /value_f2 MISSING \(floor 0\.5\)/);
    assert.match(misspelt.err, /typo\.json/);
    // A malformed entry is a one-line usage error, as is an unreadable file.
    const shape = join(dir, 'shape.json');
    writeFileSync(shape, JSON.stringify({ times: { split: 'all' } }));
    const m = await runCli([...args, '--floors', shape]);
    assert.equal(m.code, 2);
    assert.match(m.err, /"times"\.metrics is not an object of numbers/);
    // An unreadable floors file is a one-line usage error.
    const bad = await runCli([...args, '--floors', join(dir, 'missing.json')]);
    assert.equal(bad.code, 2);
    assert.equal(bad.err.trim().split('\n').length, 1);
  });

  it('a reader closing the pipe early ends the run quietly (no stack trace)', async () => {
    const { spawn } = await import('node:child_process');
    const bin = join(dirname(fileURLToPath(import.meta.url)), '../../../bin/dateline.js');
    const samples = join(dirname(fileURLToPath(import.meta.url)), '../../../samples');
    const child = spawn(
      process.execPath,
      [bin, 'extract', '--format', 'jsonl', '--jobs', '1', samples, samples, samples],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.doesNotMatch(err, /EPIPE|at .*\.js:\d+/);
    assert.notEqual(code, null);
  });
});
