import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentBlocks } from './blocks.js';
import { buildIndex } from './page-index.js';
import { parseHtml } from './tree.js';

function blocks(html: string, exclude: (tag: string) => boolean = () => false) {
  const index = buildIndex(parseHtml(html).root);
  const excluded = Uint8Array.from(index.els, (e) => (exclude(e.tag) ? 1 : 0));
  return segmentBlocks(index, excluded);
}

describe('segmentBlocks', () => {
  it('cuts paragraphs, headings, list items and quotes, collapsing whitespace', () => {
    const got = blocks(
      '<div><h2>Sub  head</h2><p>One\n  two <b>three</b></p><ul><li>item</li></ul><blockquote>quoted</blockquote></div>',
    );
    assert.deepEqual(
      got.map((b) => [b.kind, b.text]),
      [
        ['heading', 'Sub head'],
        ['p', 'One two three'],
        ['li', 'item'],
        ['quote', 'quoted'],
      ],
    );
    assert.equal(got[0]!.level, 2);
  });
  it('joins the cells of a data row and keeps layout cells apart', () => {
    const data = blocks(
      '<table><tr><th>City</th><th>Pop.</th></tr><tr><td>Lyon</td><td></td><td>522k</td></tr></table>',
    );
    assert.deepEqual(
      data.map((b) => b.text),
      ['City | Pop.', 'Lyon | 522k'],
    );
    const layout = blocks(
      '<table><tr><td><p>Left column text</p></td><td><p>Right column text</p></td></tr></table>',
    );
    assert.deepEqual(
      layout.map((b) => b.text),
      ['Left column text', 'Right column text'],
    );
  });
  it('splits at <br> and counts link text', () => {
    const got = blocks('<div>first line<br>second <a href="#">linked</a></div>');
    assert.deepEqual(
      got.map((b) => b.text),
      ['first line', 'second linked'],
    );
    assert.ok(got[1]!.linkChars >= 'linked'.length && got[1]!.linkChars <= 'linked'.length + 1);
  });
  it('skips excluded subtrees and keeps inline text with its block', () => {
    const got = blocks('<div>before <nav>menu</nav> after</div>', (t) => t === 'nav');
    assert.deepEqual(
      got.map((b) => b.text),
      ['before', 'after'],
    );
  });
});
