import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstString, indexJsonLd, nameOf } from './jsonld.js';

describe('indexJsonLd', () => {
  it('finds article nodes in @graph, arrays and multi-typed objects', () => {
    const ix = indexJsonLd([
      '{"@graph":[{"@type":"WebSite","name":"S"},{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","headline":"H1"}]}',
      '[{"@type":"BreadcrumbList"},{"@type":["Article","ReportageNews"],"headline":"H2"}]',
      '{"@type":"schema:BlogPosting","headline":"H3"}',
    ]);
    assert.deepEqual(
      ix.articles.map((a) => a.headline),
      ['H1', 'H2', 'H3'],
    );
    assert.equal(ix.pages.length, 1);
  });

  it('resolves @id references', () => {
    const ix = indexJsonLd([
      '{"@graph":[{"@type":"Article","author":{"@id":"#p1"},"publisher":{"@id":"#o"}},{"@type":"Person","@id":"#p1","name":"Sophie Clarke"},{"@type":"Organization","@id":"#o","name":"Post"}]}',
    ]);
    const a = ix.articles[0]!;
    assert.equal(nameOf(ix, a.author), 'Sophie Clarke');
    assert.equal(nameOf(ix, a.publisher), 'Post');
  });

  it('retries once without raw control characters', () => {
    const ix = indexJsonLd(['{"@type":"NewsArticle","headline":"Line one\nline two"}']);
    assert.equal(firstString(ix.articles, 'headline'), 'Line one line two');
    assert.equal(ix.warnings.length, 0);
  });

  it('turns malformed and oversized blocks into warnings', () => {
    const ix = indexJsonLd(['{"@type": "NewsArticle", "headline": ', 'x'.repeat(1_000_001), '']);
    assert.equal(ix.articles.length, 0);
    assert.deepEqual(
      ix.warnings.map((w) => w.code),
      ['json-ld-skipped', 'json-ld-skipped', 'json-ld-skipped'],
    );
  });

  it('stays bounded on deep nesting and huge graphs', () => {
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const wide = JSON.stringify({
      '@graph': Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Article', headline: `h${i}` })),
    });
    const t0 = performance.now();
    const ix = indexJsonLd([deep, wide]);
    assert.ok(performance.now() - t0 < 2000);
    assert.ok(ix.articles.length <= 5_000);
  });
});
