import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from './blocks.js';
import { extractContent, finishBlocks, isChromeLine } from './content.js';
import { parseHtml } from './tree.js';

const P =
  'Officials said the new bridge would open to traffic in the spring after two years of work on the river.';
const para = (n: number) => Array.from({ length: n }, (_, k) => `<p>${k}. ${P}</p>`).join('');
const b = (text: string, kind: Block['kind'] = 'p', linkChars = 0, level = 0): Block => ({
  text,
  kind,
  linkChars,
  owner: 0,
  level,
});

describe('isChromeLine', () => {
  const chrome = [
    'Advertisement',
    'Share this article',
    'Read more: the bridge story',
    'Photo: Jan Novak / City Press',
    'By Maria Lopez',
    'Updated 12:40 GMT',
    'Nov. 19, 2019 10:05 am ET',
    'Image 2 of 5',
    'Follow the news desk on Twitter and Facebook.',
    '© 2025 City Press',
    'Par Hélène Garçon, avec AFP - Publié le 20/11/2025 à 12h30',
    'By Jane Roe | Published March 3, 2024',
  ];
  const prose = [
    'By noon the river had risen by two metres.',
    P,
    'Share prices fell by 3% on Monday.',
    'By the time the ferry schedule was published, the crossing had closed.',
  ];
  for (const t of chrome) it(`chrome: "${t}"`, () => assert.ok(isChromeLine(t)));
  for (const t of prose) it(`prose: "${t.slice(0, 30)}"`, () => assert.ok(!isChromeLine(t)));
});

describe('finishBlocks', () => {
  it('trims a kicker label above the story but keeps a short first sentence and short list items', () => {
    const out = finishBlocks([b('Transports'), b(P), b('World News'), b(P)], null);
    assert.deepEqual(out, [P, 'World News', P]);
    const kept = finishBlocks([b('Rain, again.'), b(P)], null);
    assert.equal(kept[0], 'Rain, again.');
  });

  it('drops the heading, link lists and chrome, trims labels off both ends', () => {
    const out = finishBlocks(
      [
        b('Bridge opens', 'heading', 0, 1),
        b('Local news', 'other'),
        b(P),
        b('A subhead', 'heading', 0, 2),
        b(P),
        b('Home Sport Weather', 'p', 18),
        b('Advertisement', 'other'),
        b('More stories', 'heading', 0, 3),
      ],
      'Bridge opens',
    );
    assert.deepEqual(out, [P, 'A subhead', P]);
  });
});

describe('finishBlocks edge rules', () => {
  it('drops the title repeated as a lower heading and a trailing linked list', () => {
    const out = finishBlocks(
      [
        b('Bridge opens after two years', 'heading', 0, 2),
        b(P),
        b('Other bridge news today', 'li', 10),
        b('More', 'li', 4),
      ],
      'City Press',
      'Bridge opens after two years | City Press',
    );
    assert.deepEqual(out, [P]);
  });
});

describe('extractContent', () => {
  it('returns the body, the h1 as heading and the method', () => {
    const r = extractContent(
      parseHtml(
        `<body><nav><a href="/">Home</a></nav><article><h1>Bridge opens</h1>${para(4)}</article></body>`,
      ),
    );
    assert.equal(r.heading, 'Bridge opens');
    assert.equal(r.method, 'container');
    assert.equal(r.text.split('\n\n').length, 4);
    assert.ok(!r.text.includes('Home'));
  });
  it('falls back to JSON-LD articleBody when the DOM holds no prose', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: `${P}\n\n${P} Again.` });
    const r = extractContent(
      parseHtml(
        `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app"></div></body></html>`,
      ),
    );
    assert.equal(r.method, 'json-ld');
    assert.equal(r.text, `${P}\n\n${P} Again.`);
  });
  it('falls back to the visible text of a page with only short lines', () => {
    const r = extractContent(parseHtml('<body><div>Closed today.</div><div>Open tomorrow.</div></body>'));
    assert.equal(r.text, 'Closed today.\n\nOpen tomorrow.');
  });
  it('never changes the tree', () => {
    const tree = parseHtml(`<body><div class="share">x</div><article>${para(3)}</article></body>`);
    const before = JSON.stringify(tree.root, (k, v) => (k === 'parent' ? undefined : v));
    extractContent(tree);
    assert.equal(
      JSON.stringify(tree.root, (k, v) => (k === 'parent' ? undefined : v)),
      before,
    );
  });
});

describe('bounded on hostile input', () => {
  it('handles 10,000 levels of nesting', () => {
    const html = `<body>${'<div>'.repeat(10_000)}<p>${P}</p>${'</div>'.repeat(10_000)}</body>`;
    const t0 = performance.now();
    const r = extractContent(parseHtml(html));
    assert.ok(r.text.includes('new bridge'));
    assert.ok(performance.now() - t0 < 5_000);
  });
  it('handles 20,000 sibling sections', () => {
    const links = Array.from(
      { length: 40 },
      (_, k) => `<a href="/${k}">A link to another page ${k}</a>`,
    ).join(' ');
    const sections = Array.from(
      { length: 20_000 },
      (_, k) => `<section><p>${k} ${P}</p><p>${P}</p></section>`,
    );
    const html = `<body><div id="w">${sections.join('')}<div>${links.repeat(200)}</div></div></body>`;
    const t0 = performance.now();
    const r = extractContent(parseHtml(html));
    assert.ok(r.text.includes('19999 Officials'));
    assert.ok(performance.now() - t0 < 10_000);
  });
  it('handles a 50 MB page', () => {
    const chunk = `<div class="c"><p>${P}</p><a href="/x">link</a><span class="x">${'word '.repeat(40)}</span></div>`;
    const html = `<body>${chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length))}</body>`;
    assert.ok(html.length >= 50 * 1024 * 1024);
    const t0 = performance.now();
    const r = extractContent(parseHtml(html));
    const ms = performance.now() - t0;
    assert.ok(r.text.length > 0);
    assert.ok(ms < 60_000, `took ${ms} ms`);
  });
});
