import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeedOrSitemap, sniffFeed } from './feeds.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title><link>https://g.example/</link>
<item><title>One</title><link>https://g.example/1?utm_source=rss</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>Two</title><guid isPermaLink="true">https://g.example/2</guid></item>
<item><title>No link</title><description>x</description></item>
<item><title>Bad</title><link>javascript:alert(1)</link></item>
<item><title>Relative</title><link>/3</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>G</title>
<entry><title>A</title><link rel="self" href="https://g.example/self"/><link href="https://g.example/a"/><updated>2024-03-05T10:00:00Z</updated></entry>
<entry><title>B</title><link rel="alternate" type="text/html" href="https://g.example/b"/></entry></feed>`;

const RDF = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://g.example/"><title>G</title></channel>
<item rdf:about="https://g.example/r1"><title>R1</title><link>https://g.example/r1</link></item></rdf:RDF>`;

const NEWS_SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://g.example/n1</loc><news:news><news:publication><news:name>G</news:name></news:publication>
<news:publication_date>2024-03-05</news:publication_date><news:title>N1</news:title></news:news></url>
<url><loc>https://g.example/n2</loc></url></urlset>`;

const INDEX = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://g.example/s1.xml</loc></sitemap><sitemap><loc>https://g.example/s2.xml.gz</loc></sitemap></sitemapindex>`;

describe('feeds and sitemaps', () => {
  const cases: Array<[string, string, string, string[], number]> = [
    [
      'RSS 2.0',
      RSS,
      'rss',
      ['https://g.example/1?utm_source=rss', 'https://g.example/2', 'https://g.example/3'],
      2,
    ],
    ['Atom', ATOM, 'atom', ['https://g.example/a', 'https://g.example/b'], 0],
    ['RSS 1.0 (RDF)', RDF, 'rdf', ['https://g.example/r1'], 0],
    ['a news sitemap', NEWS_SITEMAP, 'urlset', ['https://g.example/n1', 'https://g.example/n2'], 0],
    [
      'a sitemap index',
      INDEX,
      'sitemapindex',
      ['https://g.example/s1.xml', 'https://g.example/s2.xml.gz'],
      0,
    ],
  ];
  for (const [name, xml, kind, urls, errors] of cases)
    it(`lists the pages of ${name}, one error per unusable entry`, () => {
      const parsed = parseFeedOrSitemap(Buffer.from(xml), 'https://g.example/feed');
      assert.equal(parsed.kind, kind);
      assert.deepEqual(
        parsed.entries.map((e) => e.url),
        urls,
      );
      assert.equal(parsed.errors.length, errors);
    });

  it('keeps titles and dates', () => {
    const [n1] = parseFeedOrSitemap(Buffer.from(NEWS_SITEMAP), 'x').entries;
    assert.deepEqual([n1!.title, n1!.published], ['N1', '2024-03-05']);
    assert.equal(parseFeedOrSitemap(Buffer.from(INDEX), 'x').entries[0]!.kind, 'sitemap');
  });

  it('sniffs only feeds and sitemaps', () => {
    assert.equal(sniffFeed(Buffer.from('<!doctype html><html><body>x</body></html>')), null);
    assert.equal(sniffFeed(Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- c --><rss>')), 'rss');
    assert.throws(() => parseFeedOrSitemap(Buffer.from('<html></html>'), 'x'), { code: 'empty-input' });
  });

  it('survives a truncated feed: the entries before the break are kept', () => {
    const parsed = parseFeedOrSitemap(Buffer.from(RSS.slice(0, RSS.indexOf('<item><title>No link'))), 'x');
    assert.equal(parsed.entries.length, 2);
  });
});
