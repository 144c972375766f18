import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite.js';
import type { StoryInput } from '../stories/types.js';
import { ingest } from './ingest.js';
import { PoliteFetcher } from './polite.js';
import { articlePage } from './test-pages.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-hook-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest: the story hook', () => {
  it('calls the assigner once per new article, in input order, and stores its stories', async () => {
    const files = [1, 2, 3].map((i) => {
      const f = join(dir, `p${i}.html`);
      writeFileSync(f, articlePage(300 + i));
      return f;
    });
    const store = new SqliteStore(join(dir, 'hook.db'));
    await store.migrate();
    const seen: StoryInput[] = [];
    const run = () =>
      ingest([...files, files[0]!], {
        store,
        jobs: 1,
        extract: {},
        sources: { fetcher: new PoliteFetcher({ robots: false, delayMs: 0 }) },
        stories: {
          assign(input) {
            seen.push(input);
            return 'one-story';
          },
        },
      });
    assert.deepEqual(await run(), { documents: 4, new: 3, duplicates: 1, failed: 0 });
    assert.equal(seen.length, 3);
    assert.match(seen[0]!.title ?? '', /^Report 301/);
    assert.ok(seen[0]!.entities!.length > 0, 'entities passed to the clusterer');
    assert.equal(seen[0]!.published, '2024-03-22');
    const story = await store.getStory('one-story');
    assert.equal(story?.articles, 3);
    assert.equal((await store.stats()).stories, 1);
    await run();
    assert.equal(seen.length, 3, 'a re-run assigns nothing');
    await store.close();
  });
});
