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

  it('puts an article stored before a crash but not yet in a story into one on the re-run', async () => {
    const files = [4, 5, 6].map((i) => {
      const f = join(dir, `q${i}.html`);
      writeFileSync(f, articlePage(300 + i));
      return f;
    });
    const store = new SqliteStore(join(dir, 'recover.db'));
    await store.migrate();
    const opts = (assign: (input: StoryInput) => string) => ({
      store,
      jobs: 1,
      extract: {},
      sources: { fetcher: new PoliteFetcher({ robots: false, delayMs: 0 }) },
      stories: { assign },
    });
    let calls = 0;
    // The assigner dies on the second article: it is stored, but in no story (as after a kill -9 there).
    const dying = (input: StoryInput) => {
      if (++calls === 2) throw new Error('killed');
      return `s-${input.id}`;
    };
    await assert.rejects(ingest(files, opts(dying)), /killed/);
    assert.deepEqual([(await store.stats()).articles, (await store.stats()).stories], [2, 1]);
    const assigned: string[] = [];
    const summary = await ingest(
      files,
      opts((input) => {
        assigned.push(input.id);
        return `s-${input.id}`;
      }),
    );
    assert.deepEqual(summary, { documents: 3, new: 1, duplicates: 2, failed: 0 });
    assert.equal(assigned.length, 2, 'the orphan and the new article');
    assert.deepEqual([(await store.stats()).articles, (await store.stats()).stories], [3, 3]);
    await store.close();
  });
});
