import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relatedArticles } from './related.js';

const a = (id: string, title: string, story: string | null) => ({
  input: { id, title, text: '', published: null },
  story,
});

describe('relatedArticles', () => {
  const set = [
    a('f1', 'Valdoria flood: Menth river bursts its banks', 's1'),
    a('f2', 'Thousands flee Valdoria flood as Menth river rises', 's1'),
    a('f3', 'Valdoria flood toll climbs', 's1'),
    a('r1', 'Valdoria river cruise season opens on the Menth', 's2'),
    a('p1', 'Zentrix unveils the Orbix folding phone', 's3'),
  ];
  const related = relatedArticles(set, { k: 1 });

  it('finds the closest article of the same story first', () => {
    assert.deepEqual(
      related.get('f1')!.sameStory.map((r) => r.id),
      ['f2'],
    );
  });

  it('finds related articles across stories, marked as such', () => {
    const other = related.get('f2')!.otherStories;
    assert.deepEqual(
      other.map((r) => [r.id, r.sameStory]),
      [['r1', false]],
    );
  });

  it('relates nothing to an article that shares no term', () => {
    assert.deepEqual(related.get('p1'), { sameStory: [], otherStories: [] });
  });

  it('never relates an article to itself and keeps scores in (0, 1]', () => {
    for (const [id, r] of relatedArticles(set))
      for (const x of [...r.sameStory, ...r.otherStories]) {
        assert.notEqual(x.id, id);
        assert.ok(x.score > 0 && x.score <= 1.0001);
      }
  });
});
