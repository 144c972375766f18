import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tmlFiles } from './tml-files.js';

describe('tmlFiles', () => {
  it('lists .tml files depth first, each folder in name order, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'dateline-tml-'));
    try {
      mkdirSync(join(root, 'b', 'inner'), { recursive: true });
      for (const f of ['z.tml', 'a.tml', 'notes.txt', join('b', 'm.tml'), join('b', 'inner', 'c.tml')])
        writeFileSync(join(root, f), '<TimeML/>');
      assert.deepEqual(
        tmlFiles(root).map((p) => p.slice(root.length + 1)),
        ['a.tml', join('b', 'inner', 'c.tml'), join('b', 'm.tml'), 'z.tml'],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('gives none for an absent folder', () => {
    assert.deepEqual(tmlFiles(join(tmpdir(), 'dateline-no-such-folder-4b1e')), []);
  });
});
