/**
 * The plain-text fixtures (fixtures/plaintext/<case>/input.txt + expected.json), run through the
 * whole extraction recipe as `.txt` scrapes: title, dateline, authors, where the body starts and ends,
 * and chrome that must be gone.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Dateline } from '../../doc/doc.js';
import { extract } from '../index.js';
import { extractPlainText } from './plain-text.js';

/** dist/src/extract/text → the repository root. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const DIR = join(ROOT, 'fixtures/plaintext');

interface Expected {
  title: string | null;
  dateline: Dateline | null;
  authors?: string[];
  first: string;
  last: string;
  absent: string[];
  published: string | null;
}

const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('plain-text fixtures', () => {
  it('has at least 8 cases', () => assert.ok(cases.length >= 8, `${cases.length} cases`));

  for (const name of cases) {
    it(name, () => {
      const content = readFileSync(join(DIR, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as Expected;
      // No raw.published: extract() reads the plain text's own date stamp (PlainTextResult.published)
      // itself and uses it as the publication date and as the reference for the dateline's year.
      const doc = extract({
        input: `${name}/input.txt`,
        url: null,
        kind: 'text',
        content,
        warnings: [],
      });
      const stamp = extractPlainText(content).published;
      if (stamp) assert.equal(doc.meta.published, stamp, "extract() takes the text's own date stamp");
      assert.equal(doc.meta.title, expected.title, 'title');
      assert.deepEqual(doc.meta.dateline, expected.dateline, 'dateline');
      if (expected.authors) assert.deepEqual(doc.meta.authors, expected.authors, 'authors');
      assert.equal(doc.meta.published, expected.published, 'published');
      assert.ok(
        doc.text.startsWith(expected.first),
        `body should start with "${expected.first}", starts with "${doc.text.slice(0, 80)}"`,
      );
      assert.ok(
        doc.text.endsWith(expected.last),
        `body should end with "${expected.last}", ends with "${doc.text.slice(-80)}"`,
      );
      for (const a of expected.absent) assert.ok(!doc.text.includes(a), `"${a}" should be gone`);
      assert.ok(!/\n{3,}/.test(doc.text), 'paragraphs are separated by exactly one blank line');
    });
  }
});
