import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLUSTER_DEFAULTS, type ClusterOptions, StoryClusterer, guardCosine } from './clusterer.js';
import type { StoryInput } from './types.js';

const day = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString();
const doc = (
  id: string,
  title: string,
  published: string | null = day(0),
  extra: Partial<StoryInput> = {},
) => ({
  id,
  title,
  text: '',
  published,
  ...extra,
});

// Invented headlines: two stories about made-up events, interleaved.
const CORPUS: StoryInput[] = [
  doc('a1', 'Flood waters rise in Valdoria as river Menth bursts its banks'),
  doc('b1', 'Zentrix unveils Orbix smartphone with folding screen'),
  doc('a2', 'Valdoria flood: thousands evacuated as Menth river keeps rising'),
  doc('b2', 'Orbix folding smartphone from Zentrix goes on sale in spring'),
  doc('a3', 'Menth river flood in Valdoria forces evacuation of thousands'),
  doc('b3', 'Hands-on with the Zentrix Orbix folding phone'),
];

function run(inputs: readonly StoryInput[], c = new StoryClusterer()): string[] {
  return inputs.map((i) => c.add(i).story);
}

describe('StoryClusterer', () => {
  it('groups headlines of one event and keeps two events apart', () => {
    const stories = run(CORPUS);
    assert.deepEqual(stories, ['s1', 's2', 's1', 's2', 's1', 's2']);
  });

  it('is deterministic: the same inputs in the same order give the same ids and scores', () => {
    const a = new StoryClusterer();
    const b = new StoryClusterer();
    assert.deepEqual(
      CORPUS.map((i) => a.add(i)),
      CORPUS.map((i) => b.add(i)),
    );
  });

  it('restores from serialize() and goes on exactly as if never stopped', () => {
    const whole = new StoryClusterer();
    const expected = run(CORPUS, whole);
    const first = new StoryClusterer();
    const head = run(CORPUS.slice(0, 3), first);
    const restored = StoryClusterer.restore(first.serialize());
    const tail = run(CORPUS.slice(3), restored);
    assert.deepEqual([...head, ...tail], expected);
    assert.equal(restored.serialize(), whole.serialize());
  });

  it('rejects a state that is not its own', () => {
    assert.throws(() => StoryClusterer.restore('not json'), { name: 'DatelineError' });
    assert.throws(() => StoryClusterer.restore('{"version": 9}'), { name: 'DatelineError' });
  });

  it('opens a new story when the old one is dormant', () => {
    const c = new StoryClusterer({ dormantDays: 7 });
    const first = c.add(doc('x1', 'Menth river flood in Valdoria', day(0))).story;
    assert.equal(c.add(doc('x2', 'Valdoria flood along the Menth river', day(2))).story, first);
    assert.notEqual(c.add(doc('x3', 'Menth river flood in Valdoria again', day(30))).story, first);
  });

  it('uses shared entities when the words differ', () => {
    const base = { text: '' };
    const withEntities = new StoryClusterer({ entityWeight: 3 });
    const a = withEntities.add({
      ...base,
      id: 'e1',
      title: 'Talks collapse',
      published: null,
      entities: ['Q1', 'Q2'],
    });
    const b = withEntities.add({
      ...base,
      id: 'e2',
      title: 'Negotiators walk out',
      published: null,
      entities: ['Q1', 'Q2'],
    });
    assert.equal(b.story, a.story);
    assert.ok(b.score > 0);
    const without = new StoryClusterer();
    without.add({ ...base, id: 'e1', title: 'Talks collapse', published: null });
    assert.notEqual(
      without.add({ ...base, id: 'e2', title: 'Negotiators walk out', published: null }).story,
      a.story,
    );
  });

  it('retires stories long without an article, and only those', () => {
    const c = new StoryClusterer({ retireDays: 30 });
    c.add(doc('old', 'Menth river flood in Valdoria', day(0)));
    for (let i = 0; i < 70; i++) c.add(doc(`n${i}`, `Zentrix Orbix phone review ${i}`, day(40)));
    assert.equal(c.storyCount, 2);
    assert.equal(c.liveStories, 1);
    assert.equal(c.add(doc('late', 'Menth river flood in Valdoria', day(40))).story, 's3');
  });

  it('keeps at most maxStories live in an undated corpus, the longest idle retired first', () => {
    // Undated articles never retire by time; each invented headline has words of its own (a story each).
    const word = (i: number) => `zq${i.toString(36)}x`;
    const opts = { maxStories: 5, maxVocabulary: 400 };
    const c = new StoryClusterer(opts);
    const undated = (i: number) => doc(`u${i}`, `${word(i)} ${word(i + 1000)} ${word(i + 2000)}`, null);
    const sizes: number[] = [];
    for (let i = 0; i < 256; i++) {
      c.add(undated(i));
      if ((i + 1) % 64 === 0) sizes.push(c.serialize().length);
    }
    assert.equal(c.storyCount, 256);
    // Retirement runs every 64 articles before the article is placed: five kept, then its own story.
    assert.equal(c.liveStories, 6);
    // Bounded: the state after 256 articles is no bigger than after 128 (the vocabulary is pruned too).
    assert.ok(sizes[3]! <= sizes[1]! * 1.2, `state sizes ${sizes.join(', ')}`);
    // The survivors are the five most recently joined stories; a restored clusterer goes on identically.
    const ids = (JSON.parse(c.serialize()) as { stories: Array<{ id: string }> }).stories.map((s) => s.id);
    assert.deepEqual(ids, ['s251', 's252', 's253', 's254', 's255', 's256']);
    const restored = StoryClusterer.restore(c.serialize());
    for (let i = 256; i < 300; i++) assert.deepEqual(restored.add(undated(i)), c.add(undated(i)));
    assert.equal(restored.serialize(), c.serialize());
  });

  it('in a dated corpus, retires by count only stories idle for maxStoriesMinIdleDays', () => {
    // Forty invented stories all taking articles on one day, past a cap of 5: none is retired by count.
    const word = (i: number) => `zq${i.toString(36)}x`;
    const dated = (i: number, d: number) =>
      doc(`d${i}`, `${word(i)} ${word(i + 1000)} ${word(i + 2000)}`, day(d));
    const c = new StoryClusterer({ maxStories: 5, maxStoriesMinIdleDays: 1 });
    for (let i = 0; i < 128; i++) c.add(dated(i % 40, 0));
    assert.equal(c.storyCount, 40);
    assert.equal(c.liveStories, 40, 'stories active within the last day stay past maxStories');
    // A week later, ten new stories: the forty idle ones are retired by count, the active ten stay.
    for (let i = 0; i < 64; i++) c.add(dated((i % 10) + 100, 7));
    assert.equal(c.liveStories, 10);
    const lasts = (JSON.parse(c.serialize()) as { stories: Array<{ last: number }> }).stories.map(
      (s) => s.last,
    );
    assert.ok(lasts.every((t) => t === Date.parse(day(7))));
  });

  it('keeps centroids within the term budget', () => {
    const c = new StoryClusterer({ centroidTerms: 5, threshold: 0 });
    for (let i = 0; i < 20; i++) c.add(doc(`k${i}`, `Valdoria flood word${i} other${i} more${i}`));
    const state = JSON.parse(c.serialize()) as { stories: Array<{ centroid: unknown[] }> };
    for (const s of state.stories) assert.ok(s.centroid.length <= 5);
  });

  describe('merging', () => {
    // Two stories with no word in common, then an article that reports both halves of one event. Without
    // a merge it joins the closer story (s2); with one, the older id survives and takes the other.
    const HALVES: StoryInput[] = [
      doc('m1', 'Valdoria flood forces evacuation of thousands'),
      doc('m2', 'Menth river bursts its banks near dam'),
      doc('m3', 'Valdoria flood: evacuation as Menth river bursts banks'),
    ];
    const cases: Array<{
      name: string;
      mergeThreshold: number;
      stories: string[];
      merged: string[] | undefined;
    }> = [
      {
        name: 'merges when the bridge matches both strongly',
        mergeThreshold: 0.3,
        stories: ['s1', 's2', 's1'],
        merged: ['s2'],
      },
      {
        name: 'never merges with mergeThreshold 0',
        mergeThreshold: 0,
        stories: ['s1', 's2', 's2'],
        merged: undefined,
      },
      {
        name: 'does not merge below the merge threshold',
        mergeThreshold: 0.9,
        stories: ['s1', 's2', 's2'],
        merged: undefined,
      },
    ];
    for (const t of cases) {
      it(t.name, () => {
        const c = new StoryClusterer({ threshold: 0.2, mergeThreshold: t.mergeThreshold });
        const out = HALVES.map((h) => c.add(h));
        assert.deepEqual(
          out.map((a) => a.story),
          t.stories,
        );
        assert.deepEqual(out[2]!.merged, t.merged);
        assert.equal(c.resolve('s2'), t.merged ? 's1' : 's2');
        assert.equal(c.liveStories, t.merged ? 1 : 2);
      });
    }

    it('folds the merged story into the survivor: its articles find the survivor', () => {
      const c = new StoryClusterer({ threshold: 0.2, mergeThreshold: 0.3 });
      for (const h of HALVES) c.add(h);
      assert.equal(c.add(doc('m4', 'Menth river bursts its banks near dam again')).story, 's1');
    });

    it('drops the aliases of retired stories', () => {
      const c = new StoryClusterer({ threshold: 0.2, mergeThreshold: 0.3, retireDays: 30 });
      for (const h of HALVES) c.add(h);
      for (let i = 0; i < 70; i++) c.add(doc(`n${i}`, `Zentrix Orbix phone review ${i}`, day(40)));
      const state = JSON.parse(c.serialize()) as { aliases: unknown[] };
      assert.deepEqual(state.aliases, []);
      assert.equal(c.resolve('s2'), 's2');
    });

    it('keeps merges across serialize() and restore()', () => {
      const opts = { threshold: 0.2, mergeThreshold: 0.3 };
      const c = new StoryClusterer(opts);
      for (const h of HALVES) c.add(h);
      const restored = StoryClusterer.restore(c.serialize());
      assert.equal(restored.resolve('s2'), 's1');
      assert.equal(restored.resolve('s1'), 's1');
      assert.equal(restored.serialize(), c.serialize());
    });
  });

  describe('merge guard', () => {
    const at = (id: string, title: string) => doc(id, title);
    // Invented: a retailer's bankruptcy and an airline's grounding, one headline of which names bankruptcy.
    const retailer = [
      'Quorvane files for bankruptcy protection',
      'Quorvane bankruptcy filing hits suppliers',
      'Retailer Quorvane files for bankruptcy',
      'Quorvane seeks bankruptcy protection in court',
      'Quorvane bankruptcy: what shoppers need to know',
      'Quorvane files bankruptcy papers',
      'Court receives Quorvane bankruptcy petition',
      'Quorvane stores stay open during bankruptcy',
      'Quorvane creditors line up after bankruptcy filing',
      'Quorvane bankruptcy filing lists debts',
      'Quorvane files for bankruptcy again',
      'Quorvane chief explains bankruptcy',
    ].map((t, i) => at(`q${i}`, t));
    const airline = [
      'Zelmitra grounds its fleet',
      'Zelmitra airline halts all flights',
      'Stranded Zelmitra passengers wait at airports',
      'Zelmitra pilots told to stay home',
      'Zelmitra collapse leaves travellers stranded',
      'Zelmitra flights cancelled across Europe',
      'Zelmitra airline in bankruptcy court',
      'Zelmitra fleet grounded as cash runs out',
      'Zelmitra passengers seek refunds',
      'Zelmitra crews stranded abroad',
      'Zelmitra grounded: refunds explained',
      'Zelmitra airline owner speaks',
    ].map((t, i) => at(`z${i}`, t));
    const bridge = at('x', 'Zelmitra airline files for bankruptcy protection');
    const cases: Array<[string, Partial<ClusterOptions>, string[] | undefined]> = [
      ['two established stories sharing only topic words stay apart', {}, undefined],
      ['without the guard one headline glues them', { mergeGuardCosine: 0 }, ['s2']],
      [
        'the ramped guard keeps a fragment of a few articles apart',
        { mergeGuardSize: 40, mergeGuardRamp: 1 },
        undefined,
      ],
      [
        'with no ramp the guard starts only at mergeGuardSize',
        { mergeGuardSize: 40, mergeGuardRamp: 0 },
        ['s2'],
      ],
    ];
    for (const [name, options, merged] of cases)
      it(name, () => {
        const c = new StoryClusterer(options);
        assert.deepEqual(run([...retailer, ...airline], c), [
          ...retailer.map(() => 's1'),
          ...airline.map(() => 's2'),
        ]);
        assert.deepEqual(c.add(bridge).merged, merged);
      });
  });

  describe('guardCosine', () => {
    const o = { mergeGuardSize: 21, mergeGuardCosine: 0.2, mergeGuardRamp: 1 };
    const cases: Array<[string, Partial<typeof o>, number, number]> = [
      ['a single article merges freely', {}, 1, 0],
      ['halfway up the ramp, half the cosine', {}, 11, 0.1],
      ['at the guard size, the full cosine', {}, 21, 0.2],
      ['past it, still the full cosine', {}, 500, 0.2],
      ['a steeper ramp asks less of small fragments', { mergeGuardRamp: 2 }, 11, 0.05],
      ['no ramp: nothing below the guard size', { mergeGuardRamp: 0 }, 20, 0],
      ['no guard at all', { mergeGuardCosine: 0 }, 500, 0],
    ];
    for (const [name, over, n, want] of cases)
      it(name, () => assert.ok(Math.abs(guardCosine({ ...o, ...over }, n) - want) < 1e-12));
    it('the defaults ramp', () => assert.ok(guardCosine(CLUSTER_DEFAULTS, 5) > 0));
  });
});
