import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detached } from '../../doc/strings.js';
import { attr, parseHtml, TREE_LIMITS, textContent } from './tree.js';

describe('parseHtml limits', () => {
  it('keeps text under deep but plausible nesting, flattened past MAX_DEPTH', () => {
    const n = 5_000;
    const t = parseHtml(
      `<body>${'<div>'.repeat(n)}<p>deep words</p>${'</div>'.repeat(n)}<p>after</p></body>`,
    );
    assert.equal(t.truncated, false);
    const text = textContent(t.root);
    assert.match(text, /deep words/);
    assert.match(text, /after/);
  });

  it('stops with truncated=true past MAX_PHANTOM_DEPTH instead of going quadratic', () => {
    const n = 100_000;
    const t0 = performance.now();
    const t = parseHtml(`${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`);
    assert.equal(t.truncated, true);
    assert.ok(n > TREE_LIMITS.MAX_PHANTOM_DEPTH + TREE_LIMITS.MAX_DEPTH);
    assert.ok(performance.now() - t0 < 3_000, 'bounded time');
  });

  it('shares one frozen attribute object for elements without attributes', () => {
    const t = parseHtml('<div><p>a</p><p class="x">b</p></div>');
    const div = t.root.children[0];
    assert.ok(div && div.type === 'el');
    const [p1, p2] = div.children;
    assert.ok(p1?.type === 'el' && p2?.type === 'el');
    assert.ok(Object.isFrozen(p1.attrs));
    assert.equal(p2.attrs.class, 'x');
  });

  it('holds attributes in null-prototype dictionaries: no inherited names, one hidden class', () => {
    const t = parseHtml('<div id="a" class="b" toString="c"><p>x</p><span hidden>y</span></div>');
    const div = t.root.children[0];
    assert.ok(div && div.type === 'el');
    const [p, span] = div.children;
    assert.ok(p?.type === 'el' && span?.type === 'el');
    assert.deepEqual({ ...div.attrs }, { id: 'a', class: 'b', tostring: 'c' });
    for (const el of [t.root, div, p, span]) assert.equal(Object.getPrototypeOf(el.attrs), null);
    assert.equal(attr(p, 'constructor'), undefined);
    assert.equal(attr(div, 'hasOwnProperty'), undefined);
    assert.equal(attr(span, 'hidden'), '');
    assert.equal('hidden' in span.attrs, true);
  });

  it('keeps JSON-LD and the title while dropping scripts and styles from the text', () => {
    const t = parseHtml(
      '<html lang="fr"><head><title>Le titre</title><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head><body><script>alert(1)</script><p>Texte</p></body></html>',
    );
    assert.equal(t.title, 'Le titre');
    assert.equal(t.lang, 'fr');
    assert.deepEqual(t.jsonLd, ['{"@type":"NewsArticle"}']);
    assert.equal(textContent(t.root), 'Texte');
  });
});

describe('detached', () => {
  const page = '<div class="article-body story__content">Zoë — “quoted”</div>';
  const table: string[] = ['', 'a', 'article-body story__content', page.slice(12, 40), 'Zoë — “quoted”'];
  for (const s of table) it(JSON.stringify(s), () => assert.equal(detached(s), s));
});
