import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonl, parseJsonlLine } from './jsonl.js';

describe('parseJsonlLine', () => {
  it('keeps id, url, title, published; text → kind text', () => {
    const item = parseJsonlLine(
      JSON.stringify({
        id: 'd1',
        url: 'https://example.org/a',
        title: 'T',
        published: '2015-11-17',
        text: 'Body.\r\nMore',
      }),
      'f.jsonl:1',
    );
    assert.ok(item.ok);
    assert.deepEqual(item.doc, {
      input: 'f.jsonl:1',
      id: 'd1',
      url: 'https://example.org/a',
      title: 'T',
      published: '2015-11-17',
      kind: 'text',
      content: 'Body.\nMore',
      warnings: [],
    });
  });

  it('html → kind html; missing url is null', () => {
    const item = parseJsonlLine('{"html":"<p>x</p>"}', 'f:2');
    assert.ok(item.ok);
    assert.equal(item.doc.kind, 'html');
    assert.equal(item.doc.url, null);
  });

  const bad: Array<[string, string, string, RegExp]> = [
    ['not JSON', '{"text": "a"', 'bad-json', /not JSON/],
    ['an array', '[1,2]', 'bad-json', /JSON object, got an array/],
    ['a string', '"text"', 'bad-json', /JSON object, got string/],
    ['neither text nor html', '{"id":"a","title":"t"}', 'bad-json', /needs "text" or "html"/],
    ['both text and html', '{"text":"a","html":"<p>a</p>"}', 'bad-json', /not both/],
    ['numeric id', '{"id":7,"text":"a"}', 'bad-json', /"id" must be a string, got number/],
    ['object text', '{"text":{"a":1}}', 'bad-json', /"text" must be a string, got object/],
    ['array title', '{"title":["a"],"text":"a"}', 'bad-json', /"title" must be a string, got an array/],
    ['bad published', '{"published":"last Tuesday","text":"a"}', 'bad-json', /ISO 8601/],
    ['javascript: url', '{"url":"javascript:alert(1)","text":"a"}', 'bad-json', /http\(s\) URL/],
    ['empty text', '{"text":"   "}', 'empty-input', /empty/],
  ];
  for (const [name, line, code, message] of bad)
    it(`rejects ${name} (${code})`, () => {
      const item = parseJsonlLine(line, 'f.jsonl:9');
      assert.ok(!item.ok);
      assert.equal(item.error.code, code);
      assert.match(item.error.message, message);
      assert.equal(item.input, 'f.jsonl:9');
    });

  it('removes credentials from a line url, with a warning', () => {
    const item = parseJsonlLine('{"url":"https://me:pw@example.org/a#top","text":"a"}', 'f:1');
    assert.ok(item.ok);
    assert.equal(item.doc.url, 'https://example.org/a');
    assert.deepEqual(
      item.doc.warnings.map((w) => w.code),
      ['url-credentials'],
    );
  });

  it('keeps the id on an error item when it is a string', () => {
    const item = parseJsonlLine('{"id":"d9","text":5}', 'f:1');
    assert.ok(!item.ok);
    assert.equal(item.id, 'd9');
  });
});

describe('parseJsonl', () => {
  it('numbers lines from 1, skips blank lines, goes on after a bad one', () => {
    const items = [...parseJsonl('{"text":"a"}\n\n{bad}\n{"text":"c"}', 'x.jsonl')];
    assert.deepEqual(
      items.map((i) => [i.ok, i.ok ? i.doc.input : i.input]),
      [
        [true, 'x.jsonl:1'],
        [false, 'x.jsonl:3'],
        [true, 'x.jsonl:4'],
      ],
    );
  });
});
