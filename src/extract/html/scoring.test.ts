import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Block, segmentBlocks } from './blocks.js';
import { buildIndex, collapsedLength } from './page-index.js';
import {
  bestContainer,
  containerScore,
  declaredAncestor,
  isProse,
  markCues,
  proseFlags,
  tally,
  withSiblings,
} from './scoring.js';
import { parseHtml } from './tree.js';

const SENTENCE = 'The council approved the plan on Tuesday after a long debate about costs and timing.';

const block = (text: string, linkChars = 0, kind: Block['kind'] = 'p'): Block => ({
  text,
  linkChars,
  owner: 0,
  kind,
  level: kind === 'heading' ? 2 : 0,
});

function analyse(html: string) {
  const index = buildIndex(parseHtml(html).root);
  const cues = markCues(index);
  const blocks = segmentBlocks(index, cues.excluded);
  const t = tally(index, blocks);
  return { index, cues, blocks, t };
}

describe('collapsedLength', () => {
  it('counts whitespace runs once and trims the ends', () => {
    assert.equal(collapsedLength('  a  b\n\tc  '), 5);
    assert.equal(collapsedLength('   '), 0);
    assert.equal(collapsedLength('abc'), 3);
  });
});

describe('buildIndex', () => {
  it('sums text and link text bottom-up', () => {
    const { index } = analyse('<div><p>one two</p><p><a href="#">link <b>text</b></a> tail</p></div>');
    const div = index.els.findIndex((e) => e.tag === 'div');
    assert.equal(index.linkChars[div], 'link'.length + 'text'.length);
    assert.ok(index.chars[div]! >= 'one two'.length + 'link text tail'.length - 2);
    assert.equal(index.end[div], index.els.length - 1);
  });
});

describe('isProse', () => {
  it('accepts long unlinked paragraphs', () => assert.ok(isProse(block(SENTENCE))));
  it('rejects short lines, headings and link lists', () => {
    assert.ok(!isProse(block('Read more')));
    assert.ok(!isProse(block(SENTENCE, 0, 'heading')));
    assert.ok(!isProse(block(SENTENCE, SENTENCE.length)));
  });
  it('tolerates a linked lead sentence in a long block', () => {
    const long = `${SENTENCE} ${SENTENCE}`;
    assert.ok(isProse(block(long, Math.round(long.length * 0.45))));
  });
});

describe('proseFlags', () => {
  it('turns a short blurb between two links into a teaser', () => {
    const link = block('Another story headline here', 27);
    const flags = proseFlags([link, block(SENTENCE), link]);
    assert.deepEqual([...flags], [0, 0, 0]);
    assert.deepEqual([...proseFlags([block(SENTENCE), block(SENTENCE)])], [1, 1]);
  });
});

describe('markCues', () => {
  it('drops chrome and hidden elements but keeps the article', () => {
    const { index, cues } = analyse(
      `<body><nav><a href="/">Home</a></nav><div class="share-bar">Share</div><div style="display:none">x</div><div class="story"><p>${SENTENCE}</p></div></body>`,
    );
    const tagOf = (i: number) => `${index.els[i]!.tag}.${index.els[i]!.attrs.class ?? ''}`;
    const dropped = [...cues.excluded.keys()].filter((i) => cues.excluded[i]).map(tagOf);
    assert.deepEqual(dropped, ['nav.', 'div.share-bar', 'div.']);
  });
  it('never drops an element holding most of the page prose', () => {
    const { cues, index } = analyse(`<body><form><p>${SENTENCE}</p><p>${SENTENCE}</p></form></body>`);
    const form = index.els.findIndex((e) => e.tag === 'form');
    assert.equal(cues.excluded[form], 0);
  });
  it('keeps embedded posts inside chrome-looking wrappers', () => {
    const { cues, index } = analyse(
      `<div class="embed-widget"><blockquote class="twitter-tweet"><p>${SENTENCE}</p></blockquote></div><p>${SENTENCE}</p><p>${SENTENCE}</p>`,
    );
    const w = index.els.findIndex((e) => e.attrs.class === 'embed-widget');
    assert.equal(cues.excluded[w], 0);
  });
});

describe('container scoring', () => {
  const page = `<body>
    <div class="menu"><ul><li><a href="/a">Section one</a></li><li><a href="/b">Section two</a></li></ul></div>
    <div id="main"><div class="text"><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p></div>
    <ul class="links"><li><a href="/1">A linked headline of some length here</a></li><li><a href="/2">Another linked headline of some length</a></li></ul></div>
  </body>`;
  it('prefers the tight article container over its link-laden parent', () => {
    const { index, cues, t } = analyse(page);
    const best = bestContainer(index, t, cues);
    assert.equal(index.els[best.at]!.attrs.class, 'text');
    const main = index.els.findIndex((e) => e.attrs.id === 'main');
    assert.ok(containerScore(t, cues.cue[main]!, main) < best.score);
  });
  it('merges siblings that carry prose (an article split by an ad slot)', () => {
    const links = Array.from(
      { length: 8 },
      (_, k) => `<li><a href="/${k}">A linked headline number ${k} here</a></li>`,
    );
    const { index, cues, t } = analyse(
      `<div id="wrap"><div class="a"><p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p></div><div class="ad-slot">Advertisement</div><div class="b"><p>${SENTENCE}</p><p>${SENTENCE}</p></div><ul class="c">${links.join('')}</ul></div>`,
    );
    const best = bestContainer(index, t, cues);
    const ranges = withSiblings(index, t, cues, best);
    assert.deepEqual(
      ranges.map(([s]) => index.els[s]!.attrs.class),
      ['a', 'b'],
    );
  });
  it('climbs to a declared article body full of short lines', () => {
    const items = Array.from({ length: 12 }, (_, k) => `<p>Item ${k}: a product</p>`).join('');
    const { index, cues, t } = analyse(`<div class="entry-content"><p>${SENTENCE}</p>${items}</div>`);
    const best = declaredAncestor(index, t, cues, bestContainer(index, t, cues));
    assert.equal(index.els[best.at]!.attrs.class, 'entry-content');
  });
  it('finds nothing on a page without prose', () => {
    const { index, cues, t } = analyse('<div><a href="/">Home</a></div>');
    assert.equal(bestContainer(index, t, cues).at, -1);
  });
});
