import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classWords, cueCode, cueOfClass, elementCue, isArticleBody, isHidden } from './cues.js';
import { type HElement, parseHtml, walkElements } from './tree.js';

function first(html: string, tag: string): HElement {
  for (const el of walkElements(parseHtml(html).root)) if (el.tag === tag) return el;
  throw new Error(`no <${tag}>`);
}

describe('classWords', () => {
  it('splits on separators and camelCase humps', () => {
    assert.deepEqual(classWords('articleBody share_bar'), ['articlebody', 'article', 'body', 'share', 'bar']);
    assert.deepEqual(classWords('  '), []);
  });
});

describe('cueOfClass', () => {
  const table: Array<[string, string]> = [
    ['article-body', 'positive'],
    ['entry-content', 'positive'],
    ['story', 'positive'],
    ['post-comments', 'negative'],
    ['share-tools', 'negative'],
    ['related-stories', 'negative'],
    ['ad-slot', 'negative'],
    ['cookie-consent', 'negative'],
    ['newsletter-box', 'negative'],
    ['photo-credit', 'negative'],
    ['breadcrumbs', 'negative'],
    ['sidebar', 'negative'],
    ['headline', 'neutral'],
    ['article-standfirst', 'negative'],
    // Words that merely contain a short chrome word are not chrome.
    ['shadow', 'neutral'],
    ['adapter loader headroom', 'neutral'],
    ['col-8', 'neutral'],
    ['', 'neutral'],
  ];
  for (const [value, cue] of table) it(`"${value}" is ${cue}`, () => assert.equal(cueOfClass(value), cue));
});

describe('elementCue, isHidden, isArticleBody', () => {
  it('reads ARIA roles', () => {
    assert.equal(elementCue(first('<div role="navigation">x</div>', 'div')), 'negative');
    assert.equal(elementCue(first('<div role="main">x</div>', 'div')), 'positive');
  });
  it('finds hidden elements', () => {
    assert.ok(isHidden(first('<div hidden>x</div>', 'div')));
    assert.ok(isHidden(first('<div aria-hidden="true">x</div>', 'div')));
    assert.ok(isHidden(first('<div style="color:red; display: none">x</div>', 'div')));
    assert.ok(isHidden(first('<div style="visibility:hidden">x</div>', 'div')));
    assert.ok(!isHidden(first('<div style="display:block">x</div>', 'div')));
    assert.ok(!isHidden(first('<div aria-hidden="false">x</div>', 'div')));
  });
  it('finds itemprop=articleBody and compound body classes', () => {
    assert.ok(isArticleBody(first('<div itemprop="articleBody">x</div>', 'div')));
    assert.ok(!isArticleBody(first('<div itemprop="author">x</div>', 'div')));
    assert.ok(isArticleBody(first('<div class="story-body__inner">x</div>', 'div')));
    assert.ok(isArticleBody(first('<section id="entry-content">x</section>', 'section')));
    assert.ok(!isArticleBody(first('<div class="post-content-related">x</div>', 'div')));
    assert.ok(!isArticleBody(first('<div class="content">x</div>', 'div')));
  });
});

describe('cueCode', () => {
  // The scorer's one-call code must equal isArticleBody ? 2 : positive tag ? 1 : the cue as -1/0/1.
  const table: Array<[string, string, boolean]> = [
    ['<div itemprop="articleBody" class="share">x</div>', 'div', false],
    ['<div class="story-body__inner">x</div>', 'div', false],
    ['<article class="related">x</article>', 'article', true],
    ['<div class="related-links">x</div>', 'div', false],
    ['<div role="navigation" class="article">x</div>', 'div', false],
    ['<div role="main">x</div>', 'div', false],
    ['<div class="post" id="entry">x</div>', 'div', false],
    ['<div>x</div>', 'div', false],
    ['<main>x</main>', 'main', true],
  ];
  const value = { negative: -1, neutral: 0, positive: 1 } as const;
  for (const [html, tag, positiveTag] of table)
    it(html, () => {
      const el = first(html, tag);
      const expected = isArticleBody(el) ? 2 : positiveTag ? 1 : value[elementCue(el)];
      assert.equal(cueCode(el, positiveTag), expected);
    });
  it('codes each kind as documented', () => {
    assert.equal(cueCode(first('<div itemprop="articleBody">x</div>', 'div'), false), 2);
    assert.equal(cueCode(first('<div class="related-links">x</div>', 'div'), false), -1);
    assert.equal(cueCode(first('<div role="main">x</div>', 'div'), false), 1);
    assert.equal(cueCode(first('<div>x</div>', 'div'), false), 0);
  });
});
