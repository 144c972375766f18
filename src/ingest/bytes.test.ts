import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { type Coding, decompress, gzipFitsSync, outputChunk, SYNC_OUTPUT_MAX } from './bytes.js';

describe('outputChunk', () => {
  const cases: Array<[number, number]> = [
    [0, 64 * 1024],
    [1_000, 64 * 1024],
    [8_192, 64 * 1024],
    [20_000, 160_000],
    [131_072, 1024 * 1024],
    [10_000_000, 1024 * 1024],
  ];
  for (const [input, chunk] of cases)
    it(`${input} input bytes → ${chunk}`, () => assert.equal(outputChunk(input), chunk));
});

describe('decompress', () => {
  // Output of several chunks whatever the chunk size (a text that compresses ≈ 100×), and a tiny one.
  const big = Buffer.from('<p>The river rose again overnight.</p>\n'.repeat(60_000));
  const small = Buffer.from('<p>Short.</p>');
  const packers: Array<[Coding, string, (b: Buffer) => Buffer]> = [
    ['gzip', 'gzip', gzipSync],
    ['deflate', 'zlib-wrapped deflate', deflateSync],
    ['deflate', 'raw deflate', deflateRawSync],
    ['br', 'brotli', brotliCompressSync],
  ];
  for (const [coding, label, pack] of packers) {
    it(`${label}: the same bytes back, large and small`, async () => {
      assert.ok((await decompress(pack(big), coding, 64 * 1024 * 1024)).equals(big));
      assert.ok((await decompress(pack(small), coding, 1024)).equals(small));
    });
    it(`${label}: too-large past the cap`, async () => {
      await assert.rejects(decompress(pack(big), coding, big.length - 1), { code: 'too-large' });
    });
  }
  // Past SYNC_OUTPUT_MAX the thread-pool path answers; a truncated stream keeps the thread-pool verdicts.
  const huge = Buffer.from(
    '<p>The river rose again overnight.</p>\n'.repeat(Math.ceil((SYNC_OUTPUT_MAX * 1.5) / 39)),
  );
  const truncated = gzipSync(big).subarray(0, 2000);
  const edges: Array<[string, () => Promise<Buffer>, string | null]> = [
    [
      'over SYNC_OUTPUT_MAX: the same bytes',
      () => decompress(gzipSync(huge), 'gzip', 64 * 1024 * 1024),
      null,
    ],
    [
      'over SYNC_OUTPUT_MAX and over the cap',
      () => decompress(gzipSync(huge), 'gzip', huge.length - 1),
      'too-large',
    ],
    [
      'raw deflate over SYNC_OUTPUT_MAX',
      () => decompress(deflateRawSync(huge), 'deflate', 64 * 1024 * 1024),
      null,
    ],
    ['truncated, within the cap', () => decompress(truncated, 'gzip', 64 * 1024 * 1024), 'bad-gzip'],
    [
      'truncated, past a small cap: too-large, as the thread pool says',
      () => decompress(truncated, 'gzip', 100),
      'too-large',
    ],
  ];
  for (const [what, run, code] of edges)
    it(what, async () => {
      if (code) await assert.rejects(run(), { code });
      else assert.ok((await run()).equals(huge));
    });
  it('the gzip trailer decides the first path: small outputs synchronous, large ones not', () => {
    assert.equal(gzipFitsSync(gzipSync(Buffer.from('<p>short</p>'))), true);
    assert.equal(gzipFitsSync(gzipSync(huge)), false);
    assert.equal(gzipFitsSync(Buffer.from('tiny')), true);
  });
  it('bad-gzip on corrupt input', async () => {
    await assert.rejects(decompress(Buffer.from('not gzip at all'), 'gzip', 1024), { code: 'bad-gzip' });
  });
});
