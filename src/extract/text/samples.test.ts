/**
 * The bundled samples (samples/, shown by `npm start`) and the demo that summarises them: every
 * sample extracts, the set covers the kinds of page it promises, and the demo prints a plain summary.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { firstSentence, formatDemo } from '../../cli/commands/demo.js';
import { main } from '../../cli/main.js';
import { extract } from '../index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const SAMPLES = join(ROOT, 'samples');
const files = readdirSync(SAMPLES)
  .filter((f) => /\.(html|txt)$/.test(f))
  .sort();

async function runDemo(env: NodeJS.ProcessEnv) {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => {
    out += d;
  });
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(['demo'], { stdout, stderr: new PassThrough(), stdin, env, cwd: tmpdir() });
  return { code, out };
}

describe('samples', () => {
  it('has at least six pages: html and a plain-text scrape', () => {
    assert.ok(files.length >= 6, files.join(', '));
    assert.ok(files.some((f) => f.endsWith('.txt')));
    assert.ok(files.filter((f) => f.endsWith('.html')).length >= 5);
  });

  it('has a page in a single-byte charset that is not valid UTF-8 and says so in <meta charset>', () => {
    const latin = files.filter((f) => readFileSync(join(SAMPLES, f)).toString('utf8').includes('\uFFFD'));
    assert.ok(latin.length >= 1, 'no non-UTF-8 sample');
    for (const f of latin) {
      const head = readFileSync(join(SAMPLES, f)).toString('latin1').slice(0, 600);
      assert.match(head, /<meta charset="(?:iso-8859-1|windows-1252)"/i, f);
    }
  });

  for (const f of files) {
    it(`${f} extracts to a body of prose`, () => {
      const bytes = readFileSync(join(SAMPLES, f));
      const doc = extract({
        input: f,
        url: null,
        kind: f.endsWith('.txt') ? 'text' : 'html',
        content: bytes.toString('utf8'),
        warnings: [],
      });
      assert.ok(doc.text.split(/\s+/).length > 100, `${f}: ${doc.text.length} chars`);
    });
  }

  it('the plain-text scrape gives its headline, byline, dateline and date', () => {
    const f = files.find((x) => x.endsWith('.txt'))!;
    const doc = extract({
      input: f,
      url: null,
      kind: 'text',
      content: readFileSync(join(SAMPLES, f), 'utf8'),
      warnings: [],
    });
    assert.ok(doc.meta.title && !/[.]$/.test(doc.meta.title));
    assert.ok(doc.meta.authors.length >= 1);
    assert.ok(doc.meta.dateline?.place);
    assert.ok(!/advertisement|copyright|trending/i.test(doc.text));
  });
});

describe('demo (npm start)', () => {
  it('summarises every sample, from any cwd, plain without a terminal', async () => {
    const { code, out } = await runDemo({ NO_COLOR: '1' });
    assert.equal(code, 0);
    for (const f of files) assert.ok(out.includes(f), f);
    for (const label of ['title', 'byline', 'date', 'dateline', 'words', 'first', 'warnings'])
      assert.match(out, new RegExp(`^  ${label} `, 'm'));
    assert.match(out, new RegExp(`^${files.length} pages, ${files.length} extracted, 0 failed`, 'm'));
    assert.ok(!out.includes('\x1b['), 'no colour codes in a pipe');
  });

  it('works as `npm start` from another directory', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'bin/dateline.js'), 'demo'], {
      cwd: tmpdir(),
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    assert.match(out, /pages, \d+ extracted/);
  });

  it('colours only when asked, and reports failures', () => {
    const entries = [
      { ok: false as const, input: '/x/a.html', error: { code: 'no-content', message: 'no article text' } },
    ];
    const plain = formatDemo(entries, { color: false, root: '/x' });
    assert.match(plain, /✗ a\.html: no article text \(no-content\)/);
    assert.match(plain, /1 page, 0 extracted, 1 failed/);
    assert.ok(formatDemo(entries, { color: true, root: '/x' }).includes('\x1b[31m'));
  });

  it('cuts the first sentence at its end and to one line', () => {
    assert.equal(firstSentence('The bridge closed. Traffic was diverted.'), 'The bridge closed.');
    assert.equal(firstSentence('Sen. Ruth Alvarez said no. Then she left.'), 'Sen. Ruth Alvarez said no.');
    assert.ok(firstSentence('word '.repeat(100)).endsWith('…'));
  });
});
