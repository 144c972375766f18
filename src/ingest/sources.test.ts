import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Warning } from '../doc/errors.js';
import { formatFromName, readInputs } from './sources.js';
import type { InputItem, InputOptions } from './types.js';

const root = mkdtempSync(join(tmpdir(), 'dl-src-'));
after(() => rmSync(root, { recursive: true, force: true }));

function put(path: string, content: string | Buffer): string {
  const p = join(root, path);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

async function collect(specs: string[], opts: InputOptions = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(specs, opts)) out.push(item);
  return out;
}

function stdin(data: string | Buffer): PassThrough {
  const s = new PassThrough();
  s.end(data);
  return s;
}

function docs(items: InputItem[]) {
  return items.map((i) => {
    assert.ok(i.ok, i.ok ? '' : `${i.input}: ${i.error.code} ${i.error.message}`);
    return i.doc;
  });
}

describe('files', () => {
  it('reads each extension as its kind, gzipped or not', async () => {
    const items = docs(
      await collect([
        put('f/a.html', '<p>a</p>'),
        put('f/b.HTM', '<p>b</p>'),
        put('f/c.xhtml', '<?xml version="1.0"?><html><p>c</p></html>'),
        put('f/d.txt', 'plain <p> text'),
        put('f/e.html.gz', gzipSync('<p>e</p>')),
        put('f/g.txt.gz', gzipSync('g text')),
      ]),
    );
    assert.deepEqual(
      items.map((d) => d.kind),
      ['html', 'html', 'html', 'text', 'html', 'text'],
    );
    assert.equal(items[4]!.content, '<p>e</p>');
  });

  it('sniffs an unknown extension: HTML, text or JSONL', async () => {
    const items = docs(
      await collect([
        put('u/page.php', '<!doctype html><html><body><p>x</p></body></html>'),
        put('u/story.md', 'Just a story, no markup.'),
        put('u/lines.ndjson', '{"text":"one"}\n{"text":"two"}\n'),
        put('u/page.gz', gzipSync('<html><body>zipped</body></html>')),
      ]),
    );
    assert.deepEqual(
      items.map((d) => `${relative(root, d.input)} ${d.kind}`),
      [
        'u/page.php html',
        'u/story.md text',
        'u/lines.ndjson:1 text',
        'u/lines.ndjson:2 text',
        'u/page.gz html',
      ],
    );
  });

  it('JSONL lines keep id, url, title, published', async () => {
    const p = put(
      'j/docs.jsonl.gz',
      gzipSync(
        `\ufeff{"id":"d1","url":"https://example.org/a","title":"A","published":"2015-11-17","html":"<p>A</p>"}\r\n{"id":"d2","text":"B"}\r\n`,
      ),
    );
    const [a, b] = docs(await collect([p]));
    assert.deepEqual(
      { id: a!.id, url: a!.url, title: a!.title, published: a!.published, kind: a!.kind, input: a!.input },
      {
        id: 'd1',
        url: 'https://example.org/a',
        title: 'A',
        published: '2015-11-17',
        kind: 'html',
        input: `${p}:1`,
      },
    );
    assert.equal(b!.kind, 'text');
    assert.equal(b!.content, 'B');
  });

  it('--url becomes the url of a file', async () => {
    const [d] = docs(await collect([put('x/u.html', '<p>u</p>')], { url: 'https://example.org/u' }));
    assert.equal(d!.url, 'https://example.org/u');
  });

  it('decodes legacy charsets and strips NULs and CRLF', async () => {
    const [cyr, latin, crlf] = docs(
      await collect([
        put(
          'c/ru.html',
          Buffer.concat([
            Buffer.from('<meta charset="windows-1251"><p>'),
            Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]),
          ]),
        ),
        put('c/fr.txt', Buffer.from('Caf\xe9 \x96 cr\xe8me', 'latin1')),
        put('c/crlf.txt', 'a\r\nb\0c\r\n'),
      ]),
    );
    assert.equal(cyr!.charset, 'windows-1251');
    assert.match(cyr!.content, /Москва/);
    assert.equal(latin!.content, 'Café – crème');
    assert.equal(latin!.charset, 'windows-1252');
    assert.equal(crlf!.content, 'a\nbc\n');
    assert.deepEqual(
      crlf!.warnings.map((w) => w.code),
      ['nul-bytes'],
    );
  });

  it('reads a 50 MB page in bounded time without many copies', async () => {
    const para = '<p>The quick brown fox jumps over the lazy dog near the river bank.</p>\n';
    const big = Buffer.alloc(48 * 1024 * 1024, ' ');
    big.write('<html><body>', 0);
    for (let at = 100; at + para.length < big.length; at += para.length * 50) big.write(para, at);
    const p = put('big/page.html', big);
    global.gc?.();
    const before = process.memoryUsage();
    const t0 = performance.now();
    const [d] = docs(await collect([p]));
    const ms = performance.now() - t0;
    const grown = process.memoryUsage().rss - before.rss;
    assert.equal(d!.content.length, big.length);
    assert.ok(ms < 5000, `${Math.round(ms)} ms`);
    // The file's buffer (48 MB) plus the decoded string (48 MB as one-byte Latin-1 storage) plus slack.
    assert.ok(grown < 400 * 1024 * 1024, `rss grew ${Math.round(grown / 1048576)} MB`);
  });
});

describe('directories', () => {
  it('walks recursively in byte order, skipping hidden entries and other extensions', async () => {
    const d = join(root, 'tree');
    put('tree/b.html', '<p>b</p>');
    put('tree/B.txt', 'B');
    put('tree/a/z.htm', '<p>z</p>');
    put('tree/a/y.jsonl', '{"text":"y"}');
    put('tree/é.html', '<p>e</p>');
    put('tree/c.html.gz', gzipSync('<p>c</p>'));
    put('tree/.hidden.html', '<p>h</p>');
    put('tree/.git/x.html', '<p>x</p>');
    put('tree/notes.md', '# no');
    put('tree/image.png', 'no');
    const got = docs(await collect([d])).map((x) => relative(d, x.input));
    assert.deepEqual(got, ['B.txt', 'a/y.jsonl:1', 'a/z.htm', 'b.html', 'c.html.gz', 'é.html']);
  });

  it('does not loop on symlinks, and reports a broken link as not-found', async () => {
    const d = join(root, 'loop');
    put('loop/sub/page.html', '<p>p</p>');
    symlinkSync('..', join(d, 'sub', 'up'));
    symlinkSync(join(d, 'sub'), join(d, 'again'));
    symlinkSync(join(d, 'nowhere.html'), join(d, 'broken.html'));
    const warnings: Warning[] = [];
    const items = await collect([d], { onWarning: (_i, w) => warnings.push(w) });
    const summary = items.map((i) =>
      i.ok ? relative(d, i.doc.input) : `${relative(d, i.input)} ${i.error.code}`,
    );
    assert.deepEqual(summary, ['again/page.html', 'broken.html not-found']);
    assert.ok(warnings.length >= 1 && warnings.every((w) => w.code === 'skipped'));
  });

  it('skips pipes in a walk instead of blocking on them', async () => {
    const d = join(root, 'fifo');
    put('fifo/a.html', '<p>a</p>');
    execFileSync('mkfifo', [join(d, 'b.html')]);
    const warnings: string[] = [];
    const t0 = performance.now();
    const items = await collect([d], {
      onWarning: (input, w) => warnings.push(`${relative(d, input)} ${w.code}`),
    });
    assert.ok(performance.now() - t0 < 2000);
    assert.deepEqual(
      docs(items).map((x) => relative(d, x.input)),
      ['a.html'],
    );
    assert.deepEqual(warnings, ['b.html skipped']);
  });

  it('keeps input order across specs', async () => {
    const a = put('order/2.html', '<p>2</p>');
    const b = put('order/1.html', '<p>1</p>');
    const got = docs(await collect([a, b])).map((x) => x.content);
    assert.deepEqual(got, ['<p>2</p>', '<p>1</p>']);
  });
});

describe('standard input', () => {
  const cases: Array<[string, string | Buffer, string[]]> = [
    ['HTML', '<!doctype html><html><body><p>hi</p></body></html>', ['html']],
    ['text', 'PARIS (Reuters) - Text.\n', ['text']],
    ['JSONL', '{"id":"1","text":"a"}\n\n{"id":"2","html":"<p>b</p>"}\n', ['text', 'html']],
    ['gzipped HTML', gzipSync('<html><body>x</body></html>'), ['html']],
    ['a line that is not an object makes it text', '{"text":"a"}\nnot json\n', ['text']],
  ];
  for (const [name, data, kinds] of cases)
    it(`sniffs ${name}`, async () => {
      const items = docs(await collect(['-'], { stdin: stdin(data) }));
      assert.deepEqual(
        items.map((d) => d.kind),
        kinds,
      );
      assert.ok(items.every((d) => d.input.startsWith('-')));
    });

  it('empty stdin is empty-input; missing stdin is unreadable', async () => {
    const [a] = await collect(['-'], { stdin: stdin('') });
    assert.ok(a && !a.ok && a.error.code === 'empty-input');
    const [b] = await collect(['-']);
    assert.ok(b && !b.ok && b.error.code === 'unreadable');
  });

  it('caps stdin', async () => {
    const [a] = await collect(['-'], { stdin: stdin(Buffer.alloc(3000, 'a')), maxBytes: 1000 });
    assert.ok(a && !a.ok && a.error.code === 'too-large');
  });
});

describe('formatFromName', () => {
  it('strips .gz and knows the contract extensions', () => {
    assert.deepEqual(formatFromName('a/B.XHTML.GZ'), { format: 'html', gzipped: true });
    assert.deepEqual(formatFromName('x.jsonl'), { format: 'jsonl', gzipped: false });
    assert.deepEqual(formatFromName('.html'), { format: undefined, gzipped: false });
    assert.deepEqual(formatFromName('x.php'), { format: undefined, gzipped: false });
  });
});
