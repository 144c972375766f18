/**
 * The contract every Store backend passes (Hono-style: one suite, run by sqlite.test.ts and
 * postgres.test.ts). Each case opens a fresh, empty, migrated store.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleRecord } from '../doc/record.js';
import { sha256 } from './dedup.js';
import type { NewDocument, Store } from './types.js';

/** Three texts of our own, on different subjects, long enough for near-duplicate detection. */
export const TEXTS = {
  flood: `Heavy rain flooded the lower town of Westbridge on Tuesday, forcing about 300 residents from their homes.
The river rose two metres overnight and the council opened the sports hall as a shelter.
Mayor Alice Grant said the barriers had held in the centre but not along the canal.
Engineers from the regional water board were checking the old dam north of the town on Wednesday.`,
  election: `Voters in the province of Norland chose a new assembly on Sunday after a short and bitter campaign.
The Green Alliance won 41 of the 90 seats, the Farmers Party 30 and independents the rest.
Turnout reached 68 percent, the highest since the assembly was founded, the electoral commission said.
Coalition talks are expected to start next week in the capital, Port Elm.`,
  strike: `Dock workers at the port of Saltmere walked out on Monday in a dispute over night shifts and pay.
The union said 1,200 members joined the strike and that ships would be held at anchor until Friday.
The port authority called the action unlawful and asked the labour court for an injunction.
Exporters of fruit and timber warned that a long stoppage would cost them millions.`,
};

export function record(text: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    input: 'test',
    url: null,
    title: text.split(' ').slice(0, 6).join(' '),
    authors: [],
    published: null,
    dateline: null,
    language: 'en',
    text,
    warnings: [],
    entities: [],
    events: [],
    quotes: [],
    ...extra,
  };
}

export function newDoc(
  text: string,
  opts: { raw?: string; url?: string | null; extra?: Partial<ArticleRecord> } = {},
): NewDocument {
  const url = opts.url ?? null;
  return {
    input: url ?? 'test.html',
    url,
    canonicalUrl: null,
    contentHash: sha256(opts.raw ?? `<html>${text}</html>`),
    fetchedAt: '2024-05-01T10:00:00.000Z',
    record: record(text, { url, ...opts.extra }),
  };
}

/** A record with entities, an event and a quote over the flood text. */
function floodAnalysed(): Partial<ArticleRecord> {
  const t = TEXTS.flood;
  const span = (s: string) => {
    const start = t.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  return {
    published: '2024-04-30',
    entities: [
      {
        id: 'e1',
        type: 'GPE',
        name: 'Westbridge',
        kb: { wikidata: 'Q999001' },
        mentions: [span('Westbridge')],
      },
      { id: 'e2', type: 'PERSON', name: 'Alice Grant', mentions: [span('Alice Grant')] },
    ],
    events: [
      {
        id: 'v1',
        type: 'ASSAULT',
        mode: null,
        actors: [],
        targets: ['e1'],
        location: 'e1',
        date: '2024-04-30',
        quantities: { displaced: 300 },
        status: 'occurred',
        source: null,
        evidence: span('Heavy rain flooded the lower town of Westbridge on Tuesday'),
      },
    ],
    quotes: [
      {
        ...span('the barriers had held in the centre but not along the canal'),
        kind: 'indirect',
        speaker: { ...span('Alice Grant'), entity: 'e2' },
        cue: span('said'),
      },
    ],
  };
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  const withStore = (fn: (s: Store) => Promise<void>) => async () => {
    const s = await open();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };

  describe(`Store contract: ${name}`, () => {
    it(
      'starts empty and migrate() is safe to repeat',
      withStore(async (s) => {
        await s.migrate();
        const st = await s.stats();
        assert.deepEqual(
          [st.documents, st.articles, st.stories, st.entities, st.events, st.quotes],
          [0, 0, 0, 0, 0, 0],
        );
      }),
    );

    it(
      'adds a document once: the same raw content again adds nothing',
      withStore(async (s) => {
        const d = newDoc(TEXTS.flood, { url: 'https://news.example/flood' });
        const first = await s.addDocument(d);
        assert.equal(first.status, 'new');
        const again = await s.addDocument(d);
        assert.deepEqual(
          { status: again.status, reason: again.status === 'duplicate' ? again.reason : null },
          { status: 'duplicate', reason: 'content-hash' },
        );
        assert.equal(again.articleId, first.articleId);
        const st = await s.stats();
        assert.deepEqual([st.documents, st.articles, st.duplicates], [1, 1, 0]);
        assert.deepEqual(await s.findDocument(d.contentHash), { articleId: first.articleId, storyId: null });
        assert.equal(await s.findDocument(sha256('unknown')), null);
      }),
    );

    const dupCases: Array<{ name: string; second: NewDocument; reason: string }> = [
      {
        name: 'the same canonical URL (tracking parameters, www, fragment)',
        second: newDoc(TEXTS.election, {
          raw: 'other bytes',
          url: 'https://www.news.example/flood/?utm_source=x#top',
        }),
        reason: 'url',
      },
      {
        name: 'the same text under other chrome at another URL',
        second: newDoc(`${TEXTS.flood}\n\n`, { raw: '<nav>menu</nav>', url: 'https://mirror.example/a' }),
        reason: 'near-duplicate',
      },
      {
        name: 'the text with a small edit and a footer line',
        second: newDoc(`${TEXTS.flood.replace('about 300', 'some 300')}\nCopyright Westbridge Herald.`, {
          raw: '<footer>(c)</footer>',
          url: 'https://other.example/b',
        }),
        reason: 'near-duplicate',
      },
    ];
    for (const c of dupCases)
      it(
        `a page is a duplicate when it has ${c.name}`,
        withStore(async (s) => {
          const first = await s.addDocument(newDoc(TEXTS.flood, { url: 'https://news.example/flood' }));
          const second = await s.addDocument(c.second);
          assert.equal(second.status, 'duplicate');
          assert.equal(second.status === 'duplicate' && second.reason, c.reason);
          assert.equal(second.articleId, first.articleId);
          const st = await s.stats();
          assert.deepEqual([st.documents, st.articles, st.duplicates], [2, 1, 1]);
          // Idempotent: the duplicate again adds nothing.
          await s.addDocument(c.second);
          assert.equal((await s.stats()).documents, 2);
        }),
      );

    it(
      'different articles are new, and search finds them by words (operators are harmless)',
      withStore(async (s) => {
        for (const t of Object.values(TEXTS)) assert.equal((await s.addDocument(newDoc(t))).status, 'new');
        const hits = await s.searchArticles('dock workers', 10, 0);
        assert.equal(hits.length, 1);
        assert.match(hits[0]!.snippet, /^Dock workers/);
        assert.equal((await s.searchArticles('assembly', 10, 0)).length, 1);
        assert.equal((await s.searchArticles('zebra', 10, 0)).length, 0);
        assert.equal((await s.searchArticles('"dock" (workers* -', 10, 0)).length, 1);
        assert.equal((await s.searchArticles(undefined, 2, 0)).length, 2);
        assert.equal((await s.searchArticles('', 10, 2)).length, 1);
      }),
    );

    it(
      'keeps entities once per real-world thing, with their mentions, events and quotes',
      withStore(async (s) => {
        const a = await s.addDocument(newDoc(TEXTS.flood, { extra: floodAnalysed() }));
        const t = TEXTS.strike;
        await s.addDocument(
          newDoc(t, {
            extra: {
              published: '2024-05-02',
              entities: [
                // Same KB id under another name; same type + name modulo case and accents.
                { id: 'e1', type: 'GPE', name: 'Westbridge town', kb: { wikidata: 'Q999001' }, mentions: [] },
                {
                  id: 'e2',
                  type: 'PERSON',
                  name: 'ALICE GRÁNT',
                  mentions: [{ start: 0, end: 4, text: 'Dock' }],
                },
                {
                  id: 'e3',
                  type: 'ORG',
                  name: 'Alice Grant',
                  mentions: [{ start: 5, end: 12, text: 'workers' }],
                },
              ],
            },
          }),
        );
        const st = await s.stats();
        assert.deepEqual([st.entities, st.events, st.quotes, st.mentions], [3, 1, 1, 4]);
        const grant = await s.getEntity('person:alice-grant');
        assert.ok(grant);
        assert.deepEqual([grant.name, grant.articles, grant.mentions], ['Alice Grant', 2, 2]);
        assert.equal(grant.quotes.length, 1);
        assert.match(grant.quotes[0]!.text, /barriers/);
        const town = await s.getEntity('wikidata:Q999001');
        assert.ok(town);
        assert.deepEqual(town.kb, { wikidata: 'Q999001' });
        assert.deepEqual(
          town.events.map((e) => [e.articleId, e.eventId, e.role]),
          [
            [a.articleId, 'v1', 'location'],
            [a.articleId, 'v1', 'target'],
          ],
        );
        assert.equal(town.appearances[0]!.mentions[0]!.text, 'Westbridge');
        const found = await s.searchEntities('grant', 10, 0);
        assert.deepEqual(found.map((e) => e.id).sort(), ['org:alice-grant', 'person:alice-grant']);
        assert.equal(await s.getEntity('person:nobody'), null);
      }),
    );

    it(
      'lists events by type and date range',
      withStore(async (s) => {
        await s.addDocument(newDoc(TEXTS.flood, { extra: floodAnalysed() }));
        const cases: Array<[Parameters<Store['listEvents']>[0], number]> = [
          [{}, 1],
          [{ type: 'ASSAULT' }, 1],
          [{ type: 'PROTEST' }, 0],
          [{ from: '2024-04-30', to: '2024-04-30' }, 1],
          [{ from: '2024-05-01' }, 0],
          [{ to: '2024-04-29' }, 0],
        ];
        for (const [filter, n] of cases)
          assert.equal((await s.listEvents(filter)).length, n, JSON.stringify(filter));
        const [ev] = await s.listEvents({});
        assert.equal(ev!.event.quantities?.displaced, 300);
      }),
    );

    it(
      'puts articles in stories, with a timeline, and moves them between stories',
      withStore(async (s) => {
        const a = await s.addDocument(newDoc(TEXTS.flood, { extra: floodAnalysed() }));
        const b = await s.addDocument(newDoc(TEXTS.election, { extra: { published: '2024-05-05' } }));
        await s.assignStory(a.articleId, 'story-1');
        await s.assignStory(b.articleId, 'story-1');
        let story = await s.getStory('story-1');
        assert.ok(story);
        assert.deepEqual(
          [story.articles, story.events, story.firstPublished, story.lastPublished],
          [2, 1, '2024-04-30', '2024-05-05'],
        );
        assert.equal(story.timeline.length, 1);
        assert.equal(story.timeline[0]!.sources[0]!.articleId, a.articleId);
        assert.deepEqual(
          story.articleList.map((x) => x.id),
          [b.articleId, a.articleId],
        );
        const art = await s.getArticle(a.articleId);
        assert.deepEqual(
          art?.related.map((x) => x.id),
          [b.articleId],
        );
        await s.assignStory(b.articleId, 'story-2');
        story = await s.getStory('story-1');
        assert.equal(story?.articles, 1);
        assert.deepEqual(
          (await s.listStories(10, 0)).map((x) => x.id),
          ['story-2', 'story-1'],
        );
        await s.assignStory(a.articleId, 'story-2');
        assert.equal(await s.getStory('story-1'), null, 'an emptied story is removed');
        assert.equal((await s.stats()).stories, 1);
        await assert.rejects(s.assignStory('a-missing', 'story-3'), { code: 'store-not-found' });
        const dup = await s.addDocument(newDoc(TEXTS.flood, { extra: floodAnalysed() }));
        assert.equal(dup.status === 'duplicate' && dup.storyId, 'story-2');
      }),
    );

    it(
      'returns the stored record and counts reads',
      withStore(async (s) => {
        const d = newDoc(TEXTS.strike, { url: 'https://news.example/strike' });
        const { articleId } = await s.addDocument(d);
        await s.recordRead(articleId);
        await s.recordRead(articleId);
        const art = await s.getArticle(articleId);
        assert.ok(art);
        assert.deepEqual(art.record, d.record);
        assert.equal(art.reads, 2);
        assert.equal(art.site, 'news.example');
        assert.equal(await s.getArticle('a-missing'), null);
      }),
    );

    it(
      'keeps a record whose text holds a NUL character exactly',
      withStore(async (s) => {
        const d = newDoc(`${TEXTS.strike}\u0000 tail`);
        const { articleId } = await s.addDocument(d);
        assert.deepEqual((await s.getArticle(articleId))?.record, d.record);
        assert.equal((await s.searchArticles('Saltmere', 5, 0)).length, 1);
      }),
    );

    it(
      'writes a document all or nothing',
      withStore(async (s) => {
        const bad = newDoc(TEXTS.flood, { extra: floodAnalysed() });
        const q = bad.record.quotes![0]!;
        // A quote without a kind violates a NOT NULL constraint after the article row is written.
        bad.record.quotes = [{ ...q, kind: null as unknown as 'direct' }];
        await assert.rejects(s.addDocument(bad), { code: 'store-write' });
        const st = await s.stats();
        assert.deepEqual([st.documents, st.articles, st.entities, st.events], [0, 0, 0, 0]);
        assert.equal((await s.searchArticles('rain', 10, 0)).length, 0);
        assert.equal((await s.addDocument(newDoc(TEXTS.flood))).status, 'new');
      }),
    );

    it(
      'keeps clusterer state and HTTP validators',
      withStore(async (s) => {
        assert.equal(await s.loadClusterState(), null);
        await s.saveClusterState('{"v":1}');
        await s.saveClusterState('{"v":2}');
        assert.equal(await s.loadClusterState(), '{"v":2}');
        // Seen ids: rows beside the state, written in its transaction, a repeated id kept once.
        await s.saveClusterState('{"v":3}', ['a2', 'a1']);
        await s.saveClusterState('{"v":4}', ['a3', 'a1']);
        assert.equal(await s.loadClusterState(), '{"v":4}');
        assert.deepEqual((await s.loadClusterSeen?.())?.sort(), ['a1', 'a2', 'a3']);
        // The first save after a v1 state is upgraded writes every id at once: batched, all kept.
        const many = Array.from({ length: 25_000 }, (_, i) => `b${i}`);
        await s.saveClusterState('{"v":5}', [...many, 'a1']);
        assert.equal((await s.loadClusterSeen?.())?.length, many.length + 3);
        assert.equal(await s.getHttpCache('https://a.example/'), null);
        const e = {
          url: 'https://a.example/',
          etag: '"x1"',
          lastModified: 'Tue, 30 Apr 2024 10:00:00 GMT',
          contentHash: sha256('x'),
          fetchedAt: '2024-05-01T00:00:00.000Z',
        };
        await s.putHttpCache(e);
        await s.putHttpCache({ ...e, etag: '"x2"' });
        assert.deepEqual(await s.getHttpCache(e.url), { ...e, etag: '"x2"' });
      }),
    );
  });
}
