/**
 * Bad input, one row per case: the error code, a bound on time, and the batch goes on (a good page
 * after the bad one still extracts). Every input is generated here, in a temporary directory.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { ErrorCode, Warning } from '../doc/errors.js';
import { extract } from '../extract/index.js';
import { readInputs } from './sources.js';
import type { InputItem, InputOptions } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'dl-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const GOOD_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Good page</title></head><body>
<article><h1>Council approves new bridge</h1>
<p>The city council voted on Tuesday to approve the construction of a new bridge over the river, ending a debate that lasted for more than three years.</p>
<p>Supporters said the bridge would cut commuting times for thousands of residents, while opponents worried about the cost and the impact on the old town.</p>
<p>Work is expected to begin next spring and to take about two years, the mayor told reporters after the vote.</p>
</article></body></html>`;

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** A gzip bomb that costs nothing to build: the same 1 MB-of-zeros member, repeated. */
function gzipBomb(megabytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(1024 * 1024));
  return Buffer.concat(Array.from({ length: megabytes }, () => member));
}

const isRoot = process.getuid?.() === 0;

const cases: Array<{
  name: string;
  code: ErrorCode;
  make: () => string;
  opts?: InputOptions;
  input?: string;
}> = [
  { name: 'empty file', code: 'empty-input', make: () => file('empty.html', '') },
  { name: 'whitespace only', code: 'empty-input', make: () => file('blank.txt', ' \n\t\r\n  ') },
  { name: 'empty gzip', code: 'empty-input', make: () => file('empty.html.gz', gzipSync(Buffer.alloc(0))) },
  {
    name: 'PNG named .html',
    code: 'binary-input',
    make: () =>
      file(
        'image.html',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]),
      ),
  },
  {
    name: 'JPEG named .txt',
    code: 'binary-input',
    make: () => file('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70])),
  },
  {
    name: 'PDF, unknown extension',
    code: 'binary-input',
    make: () => file('doc.dat', '%PDF-1.4\n%âãÏÓ\n1 0 obj'),
  },
  {
    name: 'ZIP named .htm',
    code: 'binary-input',
    make: () => file('archive.htm', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])),
  },
  {
    name: 'ELF, no extension',
    code: 'binary-input',
    make: () => file('program', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])),
  },
  {
    name: 'control bytes named .txt',
    code: 'binary-input',
    make: () => file('noise.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
  },
  {
    name: 'PNG inside gzip',
    code: 'binary-input',
    make: () => file('img.html.gz', gzipSync(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))),
  },
  {
    name: 'over the 50 MB default cap (sparse 60 MB file)',
    code: 'too-large',
    make: () => {
      const p = file('huge.html', '');
      truncateSync(p, 60 * 1024 * 1024);
      return p;
    },
  },
  {
    name: 'over a lowered cap',
    code: 'too-large',
    make: () => file('big.txt', Buffer.alloc(2 * 1024 * 1024, 'a')),
    opts: { maxBytes: 1024 * 1024 },
  },
  {
    name: 'gzip bomb (300 MB from 300 KB), default 100 MB cap',
    code: 'too-large',
    make: () => file('bomb.html.gz', gzipBomb(300)),
  },
  {
    name: 'corrupt gzip',
    code: 'bad-gzip',
    make: () =>
      file('cut.html.gz', Buffer.concat([gzipSync(GOOD_HTML).subarray(0, 30), Buffer.from('xxxxxxxx')])),
  },
  {
    name: 'truncated gzip',
    code: 'bad-gzip',
    make: () => file('short.txt.gz', gzipSync('some text here').subarray(0, 12)),
  },
  { name: '.gz name, not gzip', code: 'bad-gzip', make: () => file('fake.html.gz', GOOD_HTML) },
  {
    name: 'malformed JSONL line',
    code: 'bad-json',
    make: () => file('docs.jsonl', '{"text": "unclosed\n'),
    input: 'docs.jsonl:1',
  },
  {
    name: 'JSONL line with a number id',
    code: 'bad-json',
    make: () => file('ids.jsonl', '{"id": 12, "text": "x"}\n'),
    input: 'ids.jsonl:1',
  },
  { name: 'javascript: URL', code: 'bad-url', make: () => 'javascript:alert(document.cookie)' },
  { name: 'file: URL', code: 'bad-url', make: () => 'file:///etc/passwd' },
  { name: 'ftp: URL', code: 'bad-url', make: () => 'ftp://example.org/page.html' },
  { name: 'URL with a space in the host', code: 'bad-url', make: () => 'http://exa mple.org/' },
  { name: 'URL with no host', code: 'bad-url', make: () => 'https://' },
  { name: 'missing file', code: 'not-found', make: () => join(dir, 'does-not-exist.html') },
  {
    name: 'a file used as a directory',
    code: 'not-found',
    make: () => join(file('plain.txt', 'x'), 'a.html'),
  },
  {
    name: isRoot ? 'unreadable (/proc/self/mem: EIO, as root)' : 'unreadable (mode 000)',
    code: 'unreadable',
    make: () => {
      if (isRoot) return '/proc/self/mem';
      const p = file('secret.html', GOOD_HTML);
      chmodSync(p, 0);
      return p;
    },
  },
  {
    name: '/dev/zero (endless)',
    code: 'too-large',
    make: () => '/dev/zero',
    opts: { maxBytes: 4 * 1024 * 1024 },
  },
];

async function collect(specs: string[], opts: InputOptions = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(specs, opts)) out.push(item);
  return out;
}

describe('bad input: one clear error, bounded, and the batch goes on', () => {
  const good = file('good.html', GOOD_HTML);
  for (const c of cases) {
    it(`${c.name} → ${c.code}`, async () => {
      const spec = c.make();
      const t0 = performance.now();
      const items = await collect([spec, good], c.opts);
      const ms = performance.now() - t0;
      assert.ok(ms < 5000, `took ${Math.round(ms)} ms`);
      assert.equal(items.length, 2, JSON.stringify(items.map((i) => (i.ok ? i.doc.input : i.error.message))));
      const [bad, ok] = items;
      assert.ok(bad && !bad.ok, 'the bad input yields an error item');
      assert.equal(bad.error.code, c.code, bad.error.message);
      assert.ok(!/\n/.test(bad.error.message), 'one line');
      assert.ok(bad.error.message.length > 10, 'says something');
      if (c.input) assert.ok(bad.input.endsWith(c.input), bad.input);
      assert.ok(ok?.ok, 'the good page after it is read');
      const doc = extract(ok.doc);
      assert.match(doc.text, /new bridge/);
    });
  }

  it('a directory with no pages is a warning, not an error or a crash', async () => {
    const empty = join(dir, 'nothing-here');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.md'), '# not a page');
    const warnings: Array<[string, Warning]> = [];
    const items = await collect([empty, good], { onWarning: (input, w) => warnings.push([input, w]) });
    assert.equal(items.length, 1);
    assert.ok(items[0]?.ok);
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]![1].code, 'empty-directory');
    assert.equal(warnings[0]![0], empty);
  });

  it('a bad JSONL line does not stop the lines after it', async () => {
    const p = file('mixed.jsonl', `{"id":"a","text":"First."}\n{oops\n{"id":"c","html":"<p>Third.</p>"}\n`);
    const items = await collect([p]);
    assert.deepEqual(
      items.map((i) => (i.ok ? `${i.doc.input} ok` : `${i.input} ${i.error.code}`)),
      [`${p}:1 ok`, `${p}:2 bad-json`, `${p}:3 ok`],
    );
  });
});
