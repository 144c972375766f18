/**
 * Fixture pages (fixtures/extraction/<case>/): hand-written pages in the styles real sites use. Each
 * case checks that every expected block comes out, in order, and that no chrome line does.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { shingleMatch } from '../../eval/metrics/shingles.js';
import { extractContent } from './content.js';
import { parseHtml } from './tree.js';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/extraction/', import.meta.url));

const blocksOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('extractContent on fixture pages', () => {
  const cases = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'input.html')));
  it('has the fixture cases', () => {
    assert.ok(cases.length >= 9, `found ${cases.length} cases`);
  });
  for (const name of cases) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      const html = readFileSync(join(dir, 'input.html'), 'utf8');
      const expected = blocksOf(readFileSync(join(dir, 'expected.txt'), 'utf8'));
      const chromePath = join(dir, 'chrome.txt');
      const chrome = existsSync(chromePath)
        ? readFileSync(chromePath, 'utf8')
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [];
      const result = extractContent(parseHtml(html));
      const got = blocksOf(result.text);
      // Every expected block, in document order.
      let at = 0;
      for (const block of expected) {
        const found = got.indexOf(block, at);
        assert.ok(found >= 0, `${name}: missing or out of order: "${block}"\n--- got:\n${result.text}`);
        at = found + 1;
      }
      // No chrome.
      for (const line of chrome)
        assert.ok(!result.text.includes(line), `${name}: chrome kept: "${line}"\n--- got:\n${result.text}`);
      // Nothing much else either: the benchmark's metric against the expected text.
      const [tp, fp] = shingleMatch(expected.join('\n\n'), result.text);
      assert.ok(tp / (tp + fp) >= 0.97, `${name}: precision ${(tp / (tp + fp)).toFixed(3)}`);
      if (html.includes('<h1')) assert.ok(result.heading, `${name}: a heading`);
    });
  }
});
