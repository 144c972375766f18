import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { committedSchema, recordValidator } from '../testing/schema.js';
import { RecordSchema } from './record.js';

describe('record schema', () => {
  it('schema/record.schema.json is the one generated from src/doc/record.ts (run `npm run schema`)', () => {
    const generated = JSON.parse(
      JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...RecordSchema }),
    ) as object;
    assert.deepEqual(committedSchema, generated);
  });

  it('accepts a full record and an error record, rejects a record missing contract fields', () => {
    const check = recordValidator();
    const ok = {
      input: 'a.html',
      url: null,
      title: 'T',
      authors: [],
      published: '2015-11-17',
      dateline: { text: 'PARIS, Nov 17 (Reuters)', place: 'Paris', date: '2015-11-17', agency: 'Reuters' },
      language: 'en',
      text: 'Body.',
      warnings: [],
    };
    assert.equal(check(ok), null);
    assert.equal(check({ input: 'b.html', error: { code: 'not-found', message: 'no such file' } }), null);
    const { text: _t, ...noText } = ok;
    assert.notEqual(check(noText), null);
    assert.notEqual(check({ ...ok, authors: 'Jane' }), null);
    assert.notEqual(check({ input: 'b', error: { code: 'Not Found', message: 'x' } }), null);
  });
});
