import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHtml } from '../html/tree.js';
import { extractMetadata, normaliseLanguageTag, type PageMetadata } from './index.js';

const nowYear = 2025;

function page(head: string, body = ''): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

function meta(html: string, opts: { url?: string; bodyText?: string; heading?: string } = {}): PageMetadata {
  return extractMetadata(parseHtml(html), { ...opts, nowYear });
}

const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('extractMetadata: title precedence', () => {
  const cases: [string, string, string | null][] = [
    [
      'JSON-LD headline beats og:title',
      page(
        `${ld({ '@type': 'NewsArticle', headline: 'From JSON-LD' })}<meta property="og:title" content="From OG">`,
      ),
      'From JSON-LD',
    ],
    [
      'og:title beats twitter:title',
      page('<meta name="twitter:title" content="From Twitter"><meta property="og:title" content="From OG">'),
      'From OG',
    ],
    [
      'og:title loses its site name',
      page(
        '<meta property="og:site_name" content="Post"><meta property="og:title" content="Storm hits coast - Post">',
      ),
      'Storm hits coast',
    ],
    [
      'h1 confirmed by <title>',
      page('<title>Storm hits coast | Post</title>', '<h1>Storm hits coast</h1>'),
      'Storm hits coast',
    ],
    [
      '<title> with the site on the left, named by application-name',
      page('<title>The Post | Storm hits the coast</title><meta name="application-name" content="The Post">'),
      'Storm hits the coast',
    ],
    ['no title at all', page(''), null],
  ];
  for (const [what, html, want] of cases) it(what, () => assert.equal(meta(html).title, want));
});

describe('extractMetadata: authors precedence', () => {
  const cases: [string, string, string[], string | undefined][] = [
    [
      'JSON-LD author beats meta author',
      page(
        `${ld({ '@type': 'Article', author: [{ '@type': 'Person', name: 'Ann Lee' }, 'Bo Chen'] })}<meta name="author" content="Site Staff">`,
      ),
      ['Ann Lee', 'Bo Chen'],
      undefined,
    ],
    [
      'JSON-LD organisation author equal to the publisher is skipped',
      page(
        `${ld({ '@type': 'Article', author: { '@type': 'Organization', name: 'Post' }, publisher: { name: 'Post' } })}<meta name="author" content="Ann Lee">`,
      ),
      ['Ann Lee'],
      undefined,
    ],
    [
      'article:author URL skipped for the next key',
      page(
        '<meta property="article:author" content="https://facebook.com/x"><meta name="parsely-author" content="Ann Lee">',
      ),
      ['Ann Lee'],
      undefined,
    ],
    [
      'byline class',
      page('', '<div class="article-byline">By ANN LEE and BO CHEN</div>'),
      ['Ann Lee', 'Bo Chen'],
      undefined,
    ],
    [
      'comment authors are ignored',
      page('', '<div class="comments"><span class="author">Troll Person</span></div><p>By Ann Lee</p>'),
      ['Ann Lee'],
      undefined,
    ],
    [
      'rel=author links',
      page('', '<a rel="author" href="/a">Ann Lee</a>, <a rel="author" href="/b">Bo Chen</a>'),
      ['Ann Lee', 'Bo Chen'],
      undefined,
    ],
    [
      'agency alone is the author',
      page('', '<p class="byline">By Reuters Staff</p>'),
      ['Reuters'],
      'Reuters',
    ],
    [
      'agency beside a person is kept aside',
      page('', '<p class="byline">By Ann Lee | AFP</p>'),
      ['Ann Lee'],
      'Agence France-Presse',
    ],
    ['nothing', page('', '<p>The council met.</p>'), [], undefined],
  ];
  for (const [what, html, want, agency] of cases)
    it(what, () => {
      const m = meta(html);
      assert.deepEqual(m.authors, want);
      assert.deepEqual(m.agencies, agency ? [agency] : undefined);
    });

  it('falls back to a byline at the top of the body', () => {
    assert.deepEqual(
      meta(page(''), { bodyText: 'Storm hits coast\nBy Ann Lee and Bo Chen\nThe storm...' }).authors,
      ['Ann Lee', 'Bo Chen'],
    );
  });
});

describe('extractMetadata: published precedence', () => {
  const cases: [string, string, { url?: string; bodyText?: string }, string | null][] = [
    [
      'JSON-LD datePublished beats meta',
      page(
        `${ld({ '@type': 'NewsArticle', datePublished: '2015-11-17T09:30:00+01:00' })}<meta property="article:published_time" content="2015-11-16">`,
      ),
      {},
      '2015-11-17T09:30:00+01:00',
    ],
    [
      'dateCreated when datePublished is missing',
      page(ld({ '@type': 'NewsArticle', dateCreated: '2015-11-17' })),
      {},
      '2015-11-17',
    ],
    [
      'an invalid JSON-LD date falls through to meta',
      page(
        `${ld({ '@type': 'NewsArticle', datePublished: '0000-00-00' })}<meta name="pubdate" content="20151117">`,
      ),
      {},
      '2015-11-17',
    ],
    [
      'modified time is not the publication time',
      page('<meta property="article:modified_time" content="2015-11-18">', '<p>text</p>'),
      {},
      null,
    ],
    [
      '<time pubdate> beats an earlier updated <time>',
      page(
        '',
        '<p>Updated <time datetime="2015-11-18">Nov 18</time></p><p><time pubdate datetime="2015-11-17">Nov 17</time></p>',
      ),
      {},
      '2015-11-17',
    ],
    [
      'a time in the comments is ignored',
      page('', '<div id="comments"><time datetime="2015-11-20">x</time></div>'),
      {},
      null,
    ],
    ['URL date', page(''), { url: 'https://x.example/2015/11/17/storm/' }, '2015-11-17'],
    ['text date', page(''), { bodyText: 'Storm hits coast. November 17, 2015. The storm...' }, '2015-11-17'],
    [
      'copyright year alone is no date',
      page('', '<footer>© 2015 Post</footer>'),
      { bodyText: '© 2015 Post' },
      null,
    ],
  ];
  for (const [what, html, opts, want] of cases)
    it(what, () => assert.equal(meta(html, opts).published, want));
});

describe('extractMetadata: language, site, description, url', () => {
  it('declared language: <html lang> > content-language > og:locale > JSON-LD', () => {
    assert.equal(
      meta('<html lang="en-GB"><head><meta property="og:locale" content="fr_FR"></head></html>').language,
      'en',
    );
    assert.equal(meta(page('<meta property="og:locale" content="fr_FR">')).language, 'fr');
    assert.equal(meta(page(ld({ '@type': 'Article', inLanguage: 'de-DE' }))).language, 'de');
  });

  it('site: og:site_name > application-name > publisher', () => {
    assert.equal(
      meta(page('<meta name="application-name" content="App"><meta property="og:site_name" content="OG">'))
        .site,
      'OG',
    );
    assert.equal(meta(page(ld({ '@type': 'Article', publisher: { name: 'Pub' } }))).site, 'Pub');
  });

  it('description: og:description > meta description', () => {
    assert.equal(
      meta(page('<meta name="description" content="plain"><meta property="og:description" content="og">'))
        .description,
      'og',
    );
  });

  const titleSites: [string, string, string | null, string | null][] = [
    [
      '<title> suffix',
      page('<title>Storm hits the coast overnight | The Coastal Courier</title>'),
      'Storm hits the coast overnight',
      'The Coastal Courier',
    ],
    [
      'og:title suffix when <title> has none',
      page(
        '<title>Storm hits the coast overnight</title><meta property="og:title" content="Storm hits the coast overnight - Coastal Courier">',
      ),
      'Storm hits the coast overnight',
      'Coastal Courier',
    ],
    [
      'og:site_name wins over the suffix',
      page(
        '<meta property="og:site_name" content="Courier"><title>Storm hits the coast overnight | The Coastal Courier</title>',
      ),
      'Storm hits the coast overnight',
      'Courier',
    ],
    [
      'a section label is not a site',
      page('<title>Storm hits the coast overnight | Opinion</title>'),
      'Storm hits the coast overnight',
      null,
    ],
  ];
  for (const [what, html, title, site] of titleSites)
    it(`site from the title: ${what}`, () => {
      const m = meta(html);
      assert.equal(m.site, site);
      assert.equal(m.title, title);
    });

  it('url: canonical resolved against <base> and the page url > og:url > the given url', () => {
    assert.equal(
      meta(page('<link rel="canonical" href="/a/b">'), { url: 'https://x.example/c?d=1' }).url,
      'https://x.example/a/b',
    );
    assert.equal(
      meta(page('<base href="https://y.example/news/"><link rel="canonical" href="story">'), {
        url: 'https://x.example/',
      }).url,
      'https://y.example/news/story',
    );
    assert.equal(
      meta(page('<link rel="canonical" href="/a"><meta property="og:url" content="https://x.example/og">'))
        .url,
      'https://x.example/og',
    );
    assert.equal(meta(page(''), { url: 'https://x.example/given' }).url, 'https://x.example/given');
    assert.equal(
      meta(page('<link rel="canonical" href="javascript:alert(1)">'), { url: 'https://x.example/' }).url,
      'https://x.example/',
    );
  });

  const ldUrls: [string, string, string | undefined, string | null][] = [
    [
      'article url',
      page(ld({ '@type': 'NewsArticle', url: 'https://cc.example/story' })),
      undefined,
      'https://cc.example/story',
    ],
    [
      'mainEntityOfPage @id, fragment dropped',
      page(ld({ '@type': 'NewsArticle', mainEntityOfPage: { '@id': 'https://cc.example/story/#webpage' } })),
      undefined,
      'https://cc.example/story/',
    ],
    [
      'mainEntityOfPage as a string',
      page(ld({ '@type': 'Article', mainEntityOfPage: 'https://cc.example/s2' })),
      undefined,
      'https://cc.example/s2',
    ],
    [
      'WebPage url in a graph',
      page(
        ld({
          '@graph': [{ '@type': 'WebPage', '@id': 'https://cc.example/p#page', url: 'https://cc.example/p' }],
        }),
      ),
      undefined,
      'https://cc.example/p',
    ],
    [
      'JSON-LD beats the given url',
      page(ld({ '@type': 'NewsArticle', url: 'https://cc.example/story' })),
      'https://mirror.example/x',
      'https://cc.example/story',
    ],
    [
      'og:url beats JSON-LD',
      page(
        `<meta property="og:url" content="https://cc.example/og">${ld({ '@type': 'NewsArticle', url: 'https://cc.example/ld' })}`,
      ),
      undefined,
      'https://cc.example/og',
    ],
    [
      'relative and blank-node ids are not addresses',
      page(ld({ '@type': 'NewsArticle', url: '/story', mainEntityOfPage: { '@id': '_:b0' } })),
      'https://given.example/a',
      'https://given.example/a',
    ],
    [
      'a boolean mainEntityOfPage is ignored',
      page(ld({ '@type': 'NewsArticle', mainEntityOfPage: true })),
      undefined,
      null,
    ],
  ];
  for (const [what, html, url, want] of ldUrls)
    it(`url from JSON-LD: ${what}`, () => assert.equal(meta(html, url ? { url } : {}).url, want));

  const tags: [string | null, string | null][] = [
    ['en-US', 'en'],
    ['pt_BR', 'pt'],
    ['DE', 'de'],
    ['english', null],
    ['', null],
    [null, null],
  ];
  for (const [tag, want] of tags)
    it(`normaliseLanguageTag(${tag})`, () => assert.equal(normaliseLanguageTag(tag), want));
});

describe('extractMetadata: hostile input', () => {
  it('malformed JSON-LD is ignored with a warning', () => {
    const m = meta(
      page('<script type="application/ld+json">{"headline": "x",,}</script><title>Fine title here</title>'),
    );
    assert.equal(m.title, 'Fine title here');
    assert.equal(m.warnings?.[0]?.code, 'json-ld-skipped');
  });

  it('deep nesting and many byline classes stay fast', () => {
    const nested = `${'<div class="author byline">'.repeat(3000)}By Ann Lee${'</div>'.repeat(3000)}`;
    const t0 = performance.now();
    const m = meta(page(`<script type="application/ld+json">${'['.repeat(100_000)}</script>`, nested));
    assert.ok(performance.now() - t0 < 3000);
    assert.ok(Array.isArray(m.authors));
  });
});

describe('extractMetadata: a visible date line the body extractor dropped', () => {
  it('finds "Published <date>" in the header zone after the h1 when the body no longer has it', () => {
    const html = page(
      '',
      '<div><h1>Ferry service resumes</h1><p>By Ana Ruiz</p><p>Published June 2, 2018</p><p>The ferry ran again on Monday after a week of repairs to the landing.</p></div>',
    );
    const bodyText = 'The ferry ran again on Monday after a week of repairs to the landing.';
    assert.equal(meta(html, { bodyText }).published, '2018-06-02');
  });

  it('does not take a date from a block far below the heading', () => {
    const filler = Array.from(
      { length: 8 },
      (_, i) => `<p>Paragraph ${i} of the story without any date.</p>`,
    ).join('');
    const html = page('', `<div><h1>Ferry service resumes</h1>${filler}<p>June 2, 2018</p></div>`);
    assert.equal(meta(html, { bodyText: 'Paragraph text.' }).published, null);
  });
});
