/**
 * Output equivalence of this build's tokenizer and sentence splitter with another build's, for speed
 * work that must change nothing. Reports every difference (each Token field and key order, each
 * Sentence field); exits 1 on any. Reads the data in place and copies none of it.
 *
 *   node dist/src/annotate/tokens/equivalence.js --base OTHER/dist [--data DIR] [--fuzz N] [--only a,b]
 *
 * Run from the repository root. OTHER/dist is a build of the version to compare with (e.g. main's
 * dist copied aside before the change). Texts, each tokenised and split by both:
 *
 * 1. TimeBank + AQUAINT and TE3-silver (DIR/timex), tags stripped as `dateline eval times` does.
 * 2. CoNLL-2003 train/valid/test (DIR/ner/conll2003): each document's words joined by spaces, its
 *    sentences by one line break and, again, by a blank line; and each file whole.
 * 3. PolNeAR article texts (DIR/quotes/polnear/data/{train,dev}/text).
 * 4. The scrapinghub pages (DIR/extraction/scrapinghub/html): this build's extractor output, and the
 *    raw HTML.
 * 5. Every file under fixtures/ as it is, and its extracted text for HTML pages.
 * 6. Fuzz, the same each run: N short strings of mixed scripts, emoji, surrogates, control characters,
 *    runs of punctuation, addresses, numbers, abbreviations and clitics; N / 6 ASCII texts of 256+
 *    characters (the flat-copy path), a tenth of them again with a curly apostrophe added; long runs
 *    of one character; shapeOf over random strings.
 *
 * The new splitter also runs over the base tokens, so that a splitter difference shows even when the
 * tokens differ. DIR defaults to ../shared/data; a missing corpus is skipped with a note.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from '../../extract/index.js';
import { loadTmlDir, silverDir, timexDir } from '../../eval/suites/times.js';
import { splitSentences as newSplit } from '../sentences/splitter.js';
import type { Sentence } from '../sentences/splitter.js';
import { shapeOf as newShapeOf, type Token, tokenize as newTokenize } from './tokenizer.js';

interface Implementation {
  tokenize: (text: string) => Token[];
  split: (text: string, tokens: readonly Token[]) => Sentence[];
  shapeOf: (raw: string) => string;
}

const TOKEN_FIELDS = ['start', 'end', 'kind', 'shape', 'lower', 'spaceAfter'] as const;
const SENTENCE_FIELDS = ['start', 'end', 'tokenStart', 'tokenEnd'] as const;
/** Differences printed in full; the rest are only counted. */
const SHOW_MAX = 30;
const DEFAULT_FUZZ = 120_000;

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

class Comparison {
  texts = 0;
  chars = 0;
  tokens = 0;
  sentences = 0;
  differences = 0;
  readonly perSource = new Map<string, number>();

  constructor(
    private readonly base: Implementation,
    private readonly next: Implementation,
  ) {}

  report(source: string, message: string): void {
    this.differences += 1;
    if (this.differences <= SHOW_MAX) console.log(`DIFF [${source}] ${message}`);
  }

  /** Tokenises and splits text with both; counts it under the source's prefix (before ":"). */
  check(source: string, text: string): void {
    const a = this.base.tokenize(text);
    const b = this.next.tokenize(text);
    this.compare(source, text, a, b, TOKEN_FIELDS, 'token');
    const sa = this.base.split(text, a);
    this.compare(source, text, sa, this.next.split(text, b), SENTENCE_FIELDS, 'sentence');
    this.compare(source, text, sa, this.next.split(text, a), SENTENCE_FIELDS, 'sentence (base tokens)');
    this.texts += 1;
    this.chars += text.length;
    this.tokens += a.length;
    this.sentences += sa.length;
    const prefix = source.split(':')[0]!;
    this.perSource.set(prefix, (this.perSource.get(prefix) ?? 0) + 1);
  }

  shapes(source: string, raw: string): void {
    if (this.base.shapeOf(raw) !== this.next.shapeOf(raw))
      this.report(source, `shapeOf ${JSON.stringify(raw)}`);
  }

  private compare<T extends object>(
    source: string,
    text: string,
    a: readonly T[],
    b: readonly T[],
    fields: readonly (keyof T & string)[],
    what: string,
  ): void {
    if (a.length !== b.length) this.report(source, `${what} count ${a.length} vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const x = a[i]!;
      const y = b[i]!;
      const kx = Object.keys(x).join(',');
      const ky = Object.keys(y).join(',');
      if (kx !== ky) return this.report(source, `${what} ${i} keys ${kx} vs ${ky}`);
      for (const f of fields) {
        if (x[f] !== y[f]) {
          const at = (x as { start?: number }).start ?? 0;
          const context = JSON.stringify(text.slice(Math.max(0, at - 15), at + 30));
          return this.report(source, `${what} ${i} ${f}: ${String(x[f])} vs ${String(y[f])} near ${context}`);
        }
      }
    }
  }
}

/** A xorshift generator: the same strings every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** Code-unit ranges the fuzz draws from: scripts, spaces, controls, marks, surrogates, CJK, symbols. */
// prettier-ignore
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], [0x00, 0x1f], [0x80, 0xff], [0x100, 0x24f], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x4ff],
  [0x590, 0x5ff], [0x600, 0x6ff], [0x900, 0x97f], [0xe00, 0xe7f], [0x1100, 0x11ff], [0x1ab0, 0x1aff],
  [0x2000, 0x206f], [0x2070, 0x209f], [0x20a0, 0x20cf], [0x2100, 0x218f], [0x2190, 0x21ff], [0x2e00, 0x2e7f],
  [0x3000, 0x303f], [0x3040, 0x30ff], [0x4e00, 0x4fff], [0xac00, 0xad00], [0xd800, 0xdfff], [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff], [0xff00, 0xffef], [0xa0, 0xa0], [0x85, 0x85], [0x2028, 0x2029],
];
/** Astral blocks: emoji, skin tones, regional indicators, tags, mathematical digits, Han extension B. */
const ASTRAL_STARTS = [0x1f600, 0x1f3fb, 0x1f1e6, 0xe0020, 0x1d7ce, 0x1d400, 0x20000, 0x10400, 0x1f900];
/** Pieces that exercise the tokenizer's rules (written for this check). */
// prettier-ignore
const PIECES: readonly string[] = [
  'Mr.', 'Mrs.', 'U.S.', 'U.S.-led', 'a.m.', 'p.m.', 'e.g.', 'Inc.', 'Corp.', 'Jr.', 'No.', 'No. 10', 'Gen.',
  'St.', 'J.', 'J. R.', 'etc.', 'al.', 'AL.', 'Nov.', 'NOV.', 'Sept.', 'vs.', 'Vs.', 'VS.',
  'http://www.example.com/a(b)c.', 'https://x.org/p?q=1&r=2).', 'www.example.com', 'WWW.FOO.COM/x',
  'http://', 'www.', 'example.com', 'bbc.co.uk/news', 'foo.bar', 'x.io.', 'a@b.com',
  'jo.doe@mail.example.org', '@user', '#tag', '#_x', '@', '#', '1,200', '1,2345', '3.5', '.500', '+44',
  '+0.05', '09:30', '12:30:45', '2015-11-17', '17/11/2015', '1.2.15', '17th', '1990s', '90s', "'90s", "'08",
  '50m', '50M', '3D', '4x4', '$1.2bn', 'C$', 'HK$', 'US$', '12%', '5‰', '1. ', '\n1. Name', '\n 12. x',
  "Putin's", "don't", "can't", "n't", "do n't", "O'Brien", "students'", "rock 'n' roll", '’s', 'we’re',
  "I'm", "'s", "'ll", '...', '?!', '!!!', '--', '---', '***', '##', '__', '—', '–', '…', '"', '“', '”', '‘',
  '’', '«', '»', '(', ')', '[', ']', '(Reuters)', ' - ', 'PARIS, Nov 17 (Reuters) - ', 'PARIS -', 'LONDON:',
  '\n', '\n\n', '\r\n', '\r', '\u2029', '\u2028', '\u0085', ' ', '  ', '\t', 'AT&T', 'state-run',
  'al-Baghdadi', 'and/or', 'foo_bar', 'soft\u00adhyphen', 'zero\u200bwidth', 'zw\u200dj', 'a\u200cb',
  'wj\u2060x', '\ufeff', '\u200e', '\u202e', '👍🏽', '👨‍👩‍👧', '🇫🇷', '🇫🇷🇩🇪', '\ud800', '\udc00', '\ud83d', 'é',
  'e\u0301', 'Москва', 'مرحبا', '東京都', 'カタカナ', 'ひらがな', '한국어', 'Ελλάδα', 'İstanbul', 'ß', 'ǅ', 'ﬁ', 'Ⅻ', '²',
  '١٢٣', '𝟏𝟐', 'The', 'A', 'He', 'It', 'In', 'But', 'said', 'the', 'AND', 'ABC', 'WASHINGTON', 'x', 'Z',
  'ok', 'Ok', 'oK', 'mIxEd', 'a1b2', 'A1', '1A', '1a', '1st', '2nd', '3rd', '4TH', 'n', 'N', 'w', 'h', 'www',
  'http', 'Http://X.COM', 'foo.', 'Foo.', 'FOO.', 'Internationally', 'INTERNATIONALLY',
  'internationalisation', '.', ',', ';', ':', '!', '?', "'", '$', '%', '&', '+', '-', '/', '_', '@', '0',
  '00',
];
// prettier-ignore
const SEPARATORS = [
  ' ', ' ', ' ', '', '', '\n', '\n\n', '. ', ', ', '-', '.', '/', "'", '"', ' "', '" ', '\t', '\u00a0',
];
const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);

/** Step 6: the fuzz texts. */
function fuzz(c: Comparison, count: number): void {
  const rnd = random(0x9e3779b9);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const codeUnit = (): string => {
    if (rnd() < 0.15) return String.fromCodePoint(pick(ASTRAL_STARTS) + Math.floor(rnd() * 64));
    const [lo, hi] = pick(RANGES);
    return String.fromCharCode(lo + Math.floor(rnd() * (hi - lo + 1)));
  };
  for (let s = 0; s < count; s++) {
    const len = 1 + Math.floor(rnd() * (rnd() < 0.1 ? 200 : 30));
    const raw = rnd() < 0.3;
    let t = '';
    for (let p = 0; p < len; p++) {
      const r = rnd();
      if (raw || r < 0.25) t += codeUnit();
      else if (r < 0.85) t += pick(PIECES);
      else t += pick(SEPARATORS);
      if (rnd() < 0.3) t += pick(SEPARATORS);
    }
    c.check(`fuzz:${s}`, t);
  }
  const asciiPieces = PIECES.filter(isAscii);
  const asciiSeparators = SEPARATORS.filter(isAscii);
  for (let s = 0; s < Math.ceil(count / 6); s++) {
    let t = '';
    const target = 256 + Math.floor(rnd() * 1500);
    while (t.length < target) {
      const r = rnd();
      if (r < 0.2) t += String.fromCharCode(Math.floor(rnd() * 128));
      else if (r < 0.85) t += pick(asciiPieces);
      else t += pick(asciiSeparators);
      if (rnd() < 0.4) t += ' ';
    }
    c.check(`fuzz-long:${s}`, t);
    if (s % 10 === 0) c.check(`fuzz-long:${s}'`, `${t}\u2019s`);
  }
  for (const ch of [
    '.',
    '-',
    '*',
    '!',
    '?',
    ' ',
    '\n',
    'a',
    'A',
    '1',
    '#',
    '_',
    '\u0301',
    '👍',
    '東',
    "'",
    '"',
    ',',
  ]) {
    for (const n of [1, 2, 3, 4, 5, 10, 100, 300, 5000]) c.check(`runs:${ch}x${n}`, ch.repeat(n));
  }
  for (let s = 0; s < Math.ceil(count / 6); s++) {
    let t = '';
    const len = 1 + Math.floor(rnd() * 12);
    for (let p = 0; p < len; p++) t += codeUnit();
    c.shapes('shapeOf', t);
  }
}

/** Step 5: every file under dir; HTML pages also through the extractor. */
function fixtures(c: Comparison, dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      fixtures(c, path);
      continue;
    }
    const raw = readFileSync(path, 'utf8');
    c.check(`fixtures:${path}`, raw);
    if (/\.html?$/.test(name)) {
      const doc = extract({ input: path, url: null, kind: 'html', content: raw, warnings: [] });
      c.check(`fixtures-extracted:${path}`, doc.text);
    }
  }
}

async function load(dist: string): Promise<Implementation> {
  const tokens = (await import(pathToFileURL(join(dist, 'src/annotate/tokens/tokenizer.js')).href)) as {
    tokenize: Implementation['tokenize'];
    shapeOf: Implementation['shapeOf'];
  };
  const sentences = (await import(pathToFileURL(join(dist, 'src/annotate/sentences/splitter.js')).href)) as {
    splitSentences: Implementation['split'];
  };
  return { tokenize: tokens.tokenize, split: sentences.splitSentences, shapeOf: tokens.shapeOf };
}

async function main(): Promise<void> {
  const baseDir = argValue('--base');
  if (!baseDir) {
    console.error(
      'usage: node dist/src/annotate/tokens/equivalence.js --base OTHER/dist [--data DIR] [--fuzz N] [--only a,b]',
    );
    process.exit(2);
  }
  const data = argValue('--data') ?? join('..', 'shared', 'data');
  const only = argValue('--only')?.split(',');
  const want = (k: string): boolean => !only || only.includes(k);
  const c = new Comparison(await load(baseDir), {
    tokenize: newTokenize,
    split: newSplit,
    shapeOf: newShapeOf,
  });
  const skip = (what: string): void => console.log(`skipped: ${what} (not under ${data})`);

  // 1. TimeML corpora.
  for (const [name, dir] of [
    ['tml', timexDir(data)],
    ['silver', silverDir(data)],
  ] as const) {
    if (!want(name)) continue;
    if (!dir) skip(name);
    else for (const d of loadTmlDir(dir)) c.check(`${name}:${d.id}`, d.text);
  }
  // 2. CoNLL-2003, words re-joined.
  const conll = join(data, 'ner', 'conll2003');
  if (want('conll') && !existsSync(conll)) skip('conll');
  else if (want('conll')) {
    for (const f of ['train.txt', 'valid.txt', 'test.txt']) {
      const raw = readFileSync(join(conll, f), 'utf8');
      raw.split(/-DOCSTART-[^\n]*\n/).forEach((doc, k) => {
        const sentences = doc
          .split(/\n\s*\n/)
          .map((s) =>
            s
              .split('\n')
              .filter(Boolean)
              .map((line) => line.split(' ')[0])
              .join(' '),
          )
          .filter(Boolean);
        if (sentences.length === 0) return;
        c.check(`conll:${f}:${k}`, sentences.join('\n'));
        c.check(`conll-paragraphs:${f}:${k}`, sentences.join('\n\n'));
      });
      c.check(`conll-file:${f}`, raw);
    }
  }
  // 3. PolNeAR texts.
  const polnear = join(data, 'quotes', 'polnear', 'data');
  if (want('polnear') && !existsSync(polnear)) skip('polnear');
  else if (want('polnear')) {
    for (const part of ['train', 'dev']) {
      const dir = join(polnear, part, 'text');
      for (const f of readdirSync(dir).sort())
        c.check(`polnear:${part}/${f}`, readFileSync(join(dir, f), 'utf8'));
    }
  }
  // 4. Extracted pages and their HTML.
  const pages = join(data, 'extraction', 'scrapinghub', 'html');
  if (want('pages') && !existsSync(pages)) skip('pages');
  else if (want('pages')) {
    for (const f of readdirSync(pages)
      .filter((n) => n.endsWith('.html.gz'))
      .sort()) {
      const html = gunzipSync(readFileSync(join(pages, f))).toString('utf8');
      c.check(`pages:${f}`, extract({ input: f, url: null, kind: 'html', content: html, warnings: [] }).text);
      c.check(`pages-html:${f}`, html);
    }
  }
  // 5. Fixtures.
  if (want('fixtures') && existsSync('fixtures')) fixtures(c, 'fixtures');
  // 6. Fuzz.
  if (want('fuzz')) fuzz(c, Number(argValue('--fuzz') ?? DEFAULT_FUZZ));

  console.log(JSON.stringify(Object.fromEntries(c.perSource)));
  console.log(
    `texts ${c.texts}, characters ${c.chars}, tokens ${c.tokens}, sentences ${c.sentences}, ` +
      `differences ${c.differences}`,
  );
  process.exit(c.differences > 0 ? 1 : 0);
}

await main();
