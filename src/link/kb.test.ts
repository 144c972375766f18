import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildKb, encodeKb } from './build.js';
import { FIXTURE_CURATED, writeFixtureKbDir } from './fixture.js';
import { kbRefs, loadKb, readKb } from './kb.js';

describe('KB loader', () => {
  it('reads an encoded KB file back', () => {
    const dir = writeFixtureKbDir();
    const out = mkdtempSync(join(tmpdir(), 'dl-kbfile-'));
    try {
      const file = join(out, 'kb.json.gz');
      writeFileSync(file, encodeKb(buildKb(dir, FIXTURE_CURATED)));
      const kb = readKb(file);
      const fr = kb.byQid('Q142')!;
      assert.equal(kb.label[fr], 'France');
      assert.deepEqual(kbRefs(kb, fr), { wikidata: 'Q142', iso3166: 'FR' });
      assert.deepEqual(kbRefs(kb, kb.byQid('Q7747')!), { wikidata: 'Q7747' });
    } finally {
      rmSync(dir, { recursive: true });
      rmSync(out, { recursive: true });
    }
  });

  it('rejects a file of another version', () => {
    const out = mkdtempSync(join(tmpdir(), 'dl-kbbad-'));
    try {
      const file = join(out, 'kb.json.gz');
      writeFileSync(file, gzipSync(JSON.stringify({ version: 9 })));
      assert.throws(() => readKb(file), /unknown KB version/);
    } finally {
      rmSync(out, { recursive: true });
    }
  });

  it('loads the committed KB once per process', () => {
    const kb = loadKb();
    assert.equal(loadKb(), kb);
    assert.ok(kb.size > 10000);
    assert.deepEqual(
      kb.byAlias('vladimir putin').map((e) => kb.qid[e]),
      ['Q7747'],
    );
    assert.equal(kb.qid[kb.byDemonym('french')!], 'Q142');
  });
});
