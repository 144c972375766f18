/** End to end: every kind of input through `dateline extract --format jsonl`, good and bad in one batch. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { main } from '../cli/main.js';

const ARTICLE = (town: string) =>
  `<p>Officials in ${town} said on Monday that the old bridge would reopen after months of repairs to its foundations.</p>` +
  `<p>Traffic had been diverted through the centre of ${town} since the spring, angering shopkeepers and commuters alike.</p>`;

async function run(args: string[], stdinData: string | Buffer = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinData);
  let out = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.resume();
  const code = await main(args, { stdout, stderr, stdin, env: { NO_COLOR: '1' } });
  return {
    code,
    records: out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('dateline extract over every input kind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dl-e2e-'));
  const server = createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1', 'content-encoding': 'gzip' });
      res.end(
        gzipSync(
          Buffer.from(`<html><body><article>${ARTICLE('Orl\xe9ans')}</article></body></html>`, 'latin1'),
        ),
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('yields one record per document, in input order, errors included, exit 1', async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    mkdirSync(join(dir, 'pages'));
    writeFileSync(
      join(dir, 'pages', 'a.html'),
      `<html><body><article>${ARTICLE('Lyon')}</article></body></html>`,
    );
    writeFileSync(
      join(dir, 'pages', 'b.html'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    writeFileSync(
      join(dir, 'pages', 'c.jsonl'),
      `${JSON.stringify({ id: 'n1', published: '2015-11-17', html: `<article>${ARTICLE('Nantes')}</article>` })}\n{"id":"n2"}\n`,
    );
    const r = await run(
      [
        'extract',
        '--format',
        'jsonl',
        '-q',
        join(dir, 'pages'),
        `${base}/story`,
        `${base}/gone`,
        'ftp://x.org/',
        '-',
      ],
      gzipSync(`<html><body><article>${ARTICLE('Brest')}</article></body></html>`),
    );
    assert.equal(r.code, 1);
    const summary = r.records.map((x) =>
      x.error ? `error ${(x.error as { code: string }).code}` : String(x.text).match(/in (\S+) said/)?.[1],
    );
    assert.deepEqual(summary, [
      'Lyon',
      'error binary-input',
      'Nantes',
      'error bad-json',
      'Orléans',
      'error fetch-failed',
      'error bad-url',
      'Brest',
    ]);
    assert.equal(r.records[2]!.id, 'n1');
    assert.equal(r.records[2]!.published, '2015-11-17');
    assert.equal(r.records[3]!.id, 'n2');
    assert.match(String(r.records[3]!.input), /c\.jsonl:2$/);
    assert.equal(r.records[4]!.url, `${base}/story`);
    assert.equal(r.records[7]!.input, '-');
  });
});
