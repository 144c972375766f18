import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEXTS } from './contract.js';
import {
  bandKeys,
  canonicalUrl,
  contentHash,
  DEDUP_SETTINGS,
  minhash,
  normaliseText,
  shingleHashes,
  sha256,
  similarity,
  textHash,
} from './dedup.js';
import { entityKey, normaliseName } from './rows.js';

describe('canonicalUrl', () => {
  const cases: Array<[string | null, string | null]> = [
    ['https://www.News.example:443/a/b/?utm_source=tw&id=2&fbclid=x#top', 'https://news.example/a/b?id=2'],
    ['http://news.example/a/b', 'https://news.example/a/b'],
    ['https://news.example/a/index.html', 'https://news.example/a/'],
    ['https://news.example:8080/a?b=2&a=1', 'https://news.example:8080/a?a=1&b=2'],
    ['https://news.example//a//b', 'https://news.example/a/b'],
    ['ftp://news.example/a', null],
    ['not a url', null],
    [null, null],
  ];
  for (const [input, want] of cases) it(`${input} → ${want}`, () => assert.equal(canonicalUrl(input), want));
});

describe('contentHash', () => {
  // The digest of the joined string, fed in two parts: non-ASCII, astral and lone surrogates at the seam.
  const cases: Array<[string, string]> = [
    ['html', ''],
    ['html', '<p>plain</p>'],
    ['text', 'Zürich — naïve café'],
    ['html', '\u{1F4F0} news'],
    ['text', '\uDC00 lone low surrogate first'],
    ['text', 'ends with a lone high surrogate \uD800'],
    ['jsonl', '\0 NUL inside \0'],
  ];
  for (const [kind, content] of cases)
    it(`${kind} ${JSON.stringify(content.slice(0, 12))}`, () =>
      assert.equal(contentHash(kind, content), sha256(`${kind}\0${content}`)));
  it('tells the kind apart', () => assert.notEqual(contentHash('html', 'x'), contentHash('text', 'x')));
});

describe('near-duplicate signatures', () => {
  it('the same text under other whitespace and case has the same hash', () => {
    assert.equal(textHash(TEXTS.flood), textHash(`  ${TEXTS.flood.toUpperCase().replace(/\n/g, '\n\n')} `));
    assert.notEqual(textHash(TEXTS.flood), textHash(TEXTS.strike));
  });

  it('is high for an edited copy, low for another article, null for a short text', () => {
    const a = minhash(TEXTS.flood)!;
    const edited = minhash(`${TEXTS.flood.replace('Tuesday', 'Monday')} Read more stories.`)!;
    const other = minhash(TEXTS.election)!;
    assert.ok(similarity(a, edited) >= 0.75, `edited: ${similarity(a, edited)}`);
    assert.ok(similarity(a, other) < 0.2, `other: ${similarity(a, other)}`);
    assert.ok(bandKeys(a).some((k) => bandKeys(edited).includes(k)));
    assert.equal(minhash('Too short to judge.'), null);
    assert.deepEqual(minhash(TEXTS.flood), a, 'deterministic');
  });
});

describe('entity keys', () => {
  const cases: Array<[Parameters<typeof entityKey>[0], string]> = [
    [{ type: 'PERSON', name: 'Vladimir Putin', kb: { wikidata: 'Q7747' } }, 'wikidata:Q7747'],
    [{ type: 'PERSON', name: 'Émmanuel  MACRON' }, 'person:emmanuel-macron'],
    [{ type: 'ORG', name: 'The United Nations' }, 'org:united-nations'],
    [{ type: 'GPE', name: 'Saint-Étienne' }, 'gpe:saint-etienne'],
  ];
  for (const [e, want] of cases) it(`${e.name} → ${want}`, () => assert.equal(entityKey(e), want));
  it('normalises names without losing non-Latin letters', () =>
    assert.equal(normaliseName('Москва'), 'москва'));
});

describe('shingle hashes', () => {
  /** The straightforward definition the streaming hash must equal: FNV-1a of the words joined by spaces. */
  const reference = (text: string, n: number): Set<number> => {
    const words = normaliseText(text).split(' ').filter(Boolean);
    const fnv = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      return h >>> 0;
    };
    const out = new Set<number>();
    for (let i = 0; i < Math.max(1, words.length - n + 1) && words.length; i++)
      out.add(fnv(words.slice(i, i + n).join(' ')));
    return out;
  };
  const cases: Array<[string, number]> = [
    [TEXTS.flood, 4],
    [TEXTS.election, 4],
    ['Two words', 4],
    ['Ünïcode ﬁne café, déjà-vu 42', 2],
    ['', 4],
  ];
  for (const [text, n] of cases)
    it(`${JSON.stringify(text.slice(0, 20))} n=${n} equals FNV-1a of the joined words`, () =>
      assert.deepEqual([...shingleHashes(text, n)], [...reference(text, n)]));
});

describe('minhash', () => {
  /** The definition the typed-array loop must equal: per hash function, the least (a·s + b) mod 2³² over the shingle set. */
  const reference = (text: string): number[] | null => {
    const shingles = shingleHashes(text);
    if (shingles.size < DEDUP_SETTINGS.MIN_SHINGLES) return null;
    let x = 0x2545f491;
    const next = () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
    const sig: number[] = [];
    for (let i = 0; i < DEDUP_SETTINGS.HASHES; i++) {
      const a = next() | 1;
      const b = next();
      let min = 0xffffffff;
      for (const s of shingles) min = Math.min(min, (Math.imul(a, s) + b) >>> 0);
      sig.push(min);
    }
    return sig;
  };
  const cases: Array<[string, string]> = [
    ['flood', TEXTS.flood],
    ['election', TEXTS.election],
    ['repeated shingles', `${TEXTS.strike} ${TEXTS.strike}`],
    ['short', 'Too short to judge.'],
  ];
  for (const [name, text] of cases)
    it(`${name}: equals the per-function minimum over the shingle set`, () =>
      assert.deepEqual(minhash(text), reference(text)));
});
