import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc, type DocMeta } from '../../doc/doc.js';
import { layersToRecord } from '../record.js';
import { splitSentences } from '../sentences/splitter.js';
import { tokenize } from '../tokens/tokenizer.js';
import { articleDate, entityTagger, findEntities } from './index.js';

const META: DocMeta = {
  input: 'test',
  url: null,
  title: null,
  authors: [],
  published: null,
  dateline: null,
  language: 'en',
};

describe('articleDate', () => {
  const cases: Array<[Partial<DocMeta>, string | null]> = [
    [{ published: '2015-11-17T09:30:00Z' }, '2015-11-17'],
    [
      {
        published: null,
        dateline: { text: 'PARIS, Nov 17', place: 'Paris', date: '2015-11-17', agency: null },
      },
      '2015-11-17',
    ],
    [
      { published: '2016-01-02', dateline: { text: 'x', place: null, date: '2015-11-17', agency: null } },
      '2016-01-02',
    ],
    [{ published: 'yesterday' }, null],
    [{}, null],
  ];
  for (const [meta, want] of cases)
    it(JSON.stringify(meta), () => assert.equal(articleDate({ ...META, ...meta }), want));
});

describe('entities with linking', () => {
  it('turns linking off with kb: null', () => {
    const text = 'Vladimir Putin visited Paris.';
    const tokens = tokenize(text);
    const got = findEntities(text, tokens, splitSentences(text, tokens), undefined, { kb: null });
    assert.ok(got.length > 0);
    for (const e of got) assert.equal(e.kb, undefined);
  });

  it('fills kb in the record for linked entities and leaves it out otherwise', async () => {
    const text = 'Vladimir Putin met Zorblat Quinch in Paris on Tuesday.';
    const doc = new Doc(text, { ...META, published: '2015-11-17' });
    doc.setLayer('tokens', tokenize(text));
    doc.setLayer('sentences', splitSentences(text, doc.getLayer('tokens')));
    await entityTagger.annotate(doc);
    const entities = layersToRecord(doc).entities ?? [];
    const byName = new Map(entities.map((e) => [e.name, e]));
    assert.deepEqual(byName.get('Vladimir Putin')?.kb, { wikidata: 'Q7747' });
    assert.equal(byName.get('Paris')?.kb?.wikidata, 'Q90');
    const unknown = entities.find((e) => e.name.includes('Quinch'));
    assert.ok(unknown, JSON.stringify(entities));
    assert.equal('kb' in unknown, false);
  });
});
