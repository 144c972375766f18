import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { IngestItem } from './ingest-sources.js';
import { articlePage, httpResponse, warcRecord } from './test-pages.js';
import { dechunk, readWarc } from './warc.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-warc-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function items(name: string, bytes: Buffer): Promise<IngestItem[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out: IngestItem[] = [];
  for await (const it of readWarc(path, {})) out.push(it);
  return out;
}

const summary = (list: IngestItem[]) =>
  list.map((i) =>
    i.ok === true ? `ok ${i.doc.url}` : i.ok === false ? `error ${i.error.code}` : 'unchanged',
  );

const RECORDS = [
  warcRecord('warcinfo', '', Buffer.from('software: test\r\n')),
  warcRecord('request', 'https://a.example/1', Buffer.from('GET /1 HTTP/1.1\r\n\r\n')),
  warcRecord('response', 'https://a.example/1', httpResponse(articlePage(1))),
  warcRecord('response', 'https://a.example/gone', httpResponse('missing', {}, 404)),
  warcRecord('response', 'https://a.example/logo.png', httpResponse('PNG', { 'Content-Type': 'image/png' })),
  warcRecord(
    'response',
    'https://a.example/2',
    httpResponse(gzipSync(articlePage(2)), { 'Content-Encoding': 'gzip' }),
  ),
  warcRecord(
    'response',
    'https://a.example/3',
    httpResponse(`${(3000).toString(16)}\r\n${articlePage(3).padEnd(3000)}\r\n0\r\n\r\n`, {
      'Transfer-Encoding': 'chunked',
    }),
  ),
];

describe('readWarc', () => {
  it('yields the HTML responses, skipping requests, metadata, errors and images', async () => {
    const list = await items('ok.warc', Buffer.concat(RECORDS));
    assert.deepEqual(summary(list), [
      'ok https://a.example/1',
      'ok https://a.example/2',
      'ok https://a.example/3',
    ]);
    const first = list[0]!;
    assert.ok(first.ok === true);
    assert.equal(first.fetchedAt, '2024-03-05T10:00:00.000Z');
    assert.match(first.doc.input, /ok\.warc#3$/);
    assert.match(first.doc.content, /<article>/);
  });

  it('reads .warc.gz with one gzip member per record', async () => {
    const list = await items('ok.warc.gz', Buffer.concat(RECORDS.map((r) => gzipSync(r))));
    assert.equal(list.filter((i) => i.ok === true).length, 3);
  });

  const bad: Array<[string, Buffer, string[]]> = [
    [
      'a record with a bad Content-Length, then a good one',
      Buffer.concat([
        Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\njunk\r\n\r\n'),
        RECORDS[2]!,
      ]),
      ['error unreadable', 'ok https://a.example/1'],
    ],
    [
      'garbage before a record',
      Buffer.concat([Buffer.from('hello world\r\n\r\n'), RECORDS[2]!]),
      ['error unreadable', 'ok https://a.example/1'],
    ],
    [
      'a truncated record',
      Buffer.concat([RECORDS[2]!, RECORDS[5]!.subarray(0, 300)]),
      ['ok https://a.example/1', 'error unreadable'],
    ],
    [
      'a response that is not HTTP',
      warcRecord('response', 'https://a.example/x', Buffer.from('not http at all')),
      ['error unreadable'],
    ],
    [
      'a body that claims gzip but is not',
      warcRecord(
        'response',
        'https://a.example/z',
        httpResponse(Buffer.from([0x1f, 0x8b, 1, 2, 3]), { 'Content-Encoding': 'gzip' }),
      ),
      ['error bad-gzip'],
    ],
  ];
  for (const [name, bytes, want] of bad)
    it(`gives one error per bad record and goes on: ${name}`, async () => {
      const list = await items('bad.warc', bytes);
      assert.deepEqual(summary(list), want);
      for (const i of list) if (i.ok === false) assert.doesNotMatch(i.error.message, /\n/);
    });

  it('keeps the records before a corrupt gzip member', async () => {
    const good = gzipSync(RECORDS[2]!);
    const broken = gzipSync(RECORDS[5]!).subarray(0, 40);
    const list = await items('broken.warc.gz', Buffer.concat([good, broken]));
    assert.deepEqual(summary(list), ['ok https://a.example/1', 'error bad-gzip']);
  });

  it('reports a missing file in one line', async () => {
    const out: IngestItem[] = [];
    for await (const i of readWarc(join(dir, 'nope.warc'), {})) out.push(i);
    assert.deepEqual(summary(out), ['error not-found']);
  });

  it('undoes chunked transfer coding', () => {
    assert.equal(dechunk(Buffer.from('3\r\nabc\r\n2;x=1\r\nde\r\n0\r\n\r\n'))?.toString(), 'abcde');
    assert.equal(dechunk(Buffer.from('zz\r\nabc')), null);
  });
});
