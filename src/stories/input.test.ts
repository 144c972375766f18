import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleRecord } from '../doc/record.js';
import { recordToStoryInput } from './input.js';

const base: ArticleRecord = {
  input: 'a.html',
  url: 'https://news.example/2024/valdoria-flood',
  title: 'Valdoria flood',
  authors: [],
  published: '2024-03-01',
  dateline: null,
  language: 'en',
  text: 'Flood waters rise.',
  warnings: [],
};
const span = { start: 0, end: 1, text: 'F' };

describe('recordToStoryInput', () => {
  it('carries title, text, URL and date, and no entity signal when the layer did not run', () => {
    assert.deepEqual(recordToStoryInput('d1', base), {
      id: 'd1',
      title: 'Valdoria flood',
      text: 'Flood waters rise.',
      url: 'https://news.example/2024/valdoria-flood',
      published: '2024-03-01',
    });
  });

  it('carries the site as the publisher when the page names one', () => {
    assert.equal(recordToStoryInput('d1', { ...base, site: 'Valdoria Herald' }).source, 'Valdoria Herald');
    assert.equal(recordToStoryInput('d1', { ...base, site: null }).source, undefined);
  });

  it('lists entities most mentioned first, by KB id when linked, and event types once', () => {
    const rec: ArticleRecord = {
      ...base,
      entities: [
        { id: 'e1', type: 'GPE', name: 'Valdoria', mentions: [span] },
        { id: 'e2', type: 'LOC', name: 'Menth River', kb: { wikidata: 'Q999' }, mentions: [span, span] },
      ],
      events: [
        { id: 'v1', type: 'AID', actors: [], targets: [], status: 'occurred', evidence: span },
        { id: 'v2', type: 'AID', actors: [], targets: [], status: 'planned', evidence: span },
      ],
    };
    const input = recordToStoryInput('d1', rec);
    assert.deepEqual(input.entities, ['Q999', 'valdoria']);
    assert.deepEqual(input.eventTypes, ['AID']);
  });
});
