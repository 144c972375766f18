import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotatorContract } from '../contract.js';
import { tokenizer } from './index.js';
import { shapeOf, type Token, type TokenKind, tokenize } from './tokenizer.js';

/** The tokens' texts, taken from their offsets (so the offsets are checked too). */
function texts(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.start, t.end));
}

function kinds(text: string): string[] {
  return tokenize(text).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);
}

/** Input → expected token texts. Sentences written for these tests. */
const CASES: Array<[string, string[]]> = [
  // plain words and punctuation
  ['The cat sat.', ['The', 'cat', 'sat', '.']],
  ['Wait... what?!', ['Wait', '...', 'what', '?!']],
  ['Yes , no ; maybe : fine', ['Yes', ',', 'no', ';', 'maybe', ':', 'fine']],
  ['(in brackets) [and] {braces}', ['(', 'in', 'brackets', ')', '[', 'and', ']', '{', 'braces', '}']],
  ['a -- b — c – d', ['a', '--', 'b', '—', 'c', '–', 'd']],
  ['It was…over', ['It', 'was', '…', 'over']],
  // abbreviations from the lexicon keep their full stop
  ['Gen. Lt. Sen. Rep. Mr. Mrs. Dr.', ['Gen.', 'Lt.', 'Sen.', 'Rep.', 'Mr.', 'Mrs.', 'Dr.']],
  ['St. Louis Inc. Corp. Co. Ltd. Jr. Sr.', ['St.', 'Louis', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'Jr.', 'Sr.']],
  ['Jan. Feb. Sept. Nov. Dec.', ['Jan.', 'Feb.', 'Sept.', 'Nov.', 'Dec.']],
  ['NOV. 17', ['NOV.', '17']],
  [
    'Smith vs. Jones, e.g. here, i.e. there',
    ['Smith', 'vs.', 'Jones', ',', 'e.g.', 'here', ',', 'i.e.', 'there'],
  ],
  ['at 9 a.m. and 5 p.m. today', ['at', '9', 'a.m.', 'and', '5', 'p.m.', 'today']],
  ['the U.S. and U.K. and U.N. envoys', ['the', 'U.S.', 'and', 'U.K.', 'and', 'U.N.', 'envoys']],
  ['No. 10 Downing St.', ['No.', '10', 'Downing', 'St.']],
  ['He said no. Then left.', ['He', 'said', 'no', '.', 'Then', 'left', '.']],
  ['the sun. The', ['the', 'sun', '.', 'The']],
  ['fell in Jan', ['fell', 'in', 'Jan']],
  // initials
  ['J. R. R. Tolkien', ['J.', 'R.', 'R.', 'Tolkien']],
  ['George W. Bush', ['George', 'W.', 'Bush']],
  [
    'so am I. We left. Plan B. and I.',
    ['so', 'am', 'I.', 'We', 'left', '.', 'Plan', 'B', '.', 'and', 'I', '.'],
  ],
  ['the mass of the Sun. It', ['the', 'mass', 'of', 'the', 'Sun', '.', 'It']],
  ['Smith et al. and AL. then', ['Smith', 'et', 'al.', 'and', 'AL', '.', 'then']],
  // numbers
  ['1,200 people and 1,200,000 more', ['1,200', 'people', 'and', '1,200,000', 'more']],
  ['3.5 and 0.25', ['3.5', 'and', '0.25']],
  [
    '$50m and €1.2bn and £3 and $3B',
    ['$', '50', 'm', 'and', '€', '1.2', 'bn', 'and', '£', '3', 'and', '$', '3', 'B'],
  ],
  ['a 10km run at 5pm', ['a', '10', 'km', 'run', 'at', '5', 'pm']],
  ['12% and 3.5%', ['12', '%', 'and', '3.5', '%']],
  ['the 17th and 1st and 22nd and 3rd', ['the', '17th', 'and', '1st', 'and', '22nd', 'and', '3rd']],
  ['at 09:30 or 9:30:15', ['at', '09:30', 'or', '9:30:15']],
  ['on 17/11/2015 or 2015-11-17', ['on', '17/11/2015', 'or', '2015-11-17']],
  ['in the 1990s and 80s', ['in', 'the', '1990s', 'and', '80s']],
  ['in 2015, 200 died', ['in', '2015', ',', '200', 'died']],
  ['scores 6-4 and 2,3', ['scores', '6-4', 'and', '2', ',', '3']],
  ['-5 degrees', ['-', '5', 'degrees']],
  ['3D and 5G and 4x4', ['3D', 'and', '5G', 'and', '4x4']],
  ['the year 2015.', ['the', 'year', '2015', '.']],
  [
    'C$100 and HK$5 and US$ 3 and ABCD$',
    ['C$', '100', 'and', 'HK$', '5', 'and', 'US$', '3', 'and', 'ABCD', '$'],
  ],
  ['call +44 171 or rise +0.05 but 3+4', ['call', '+44', '171', 'or', 'rise', '+0.05', 'but', '3', '+', '4']],
  ['hit .500 and .45 but x.5', ['hit', '.500', 'and', '.45', 'but', 'x.5']],
  ['1. Jesper Ronnback\n 12. Jim', ['1.', 'Jesper', 'Ronnback', '12.', 'Jim']],
  ['he won 2. Then', ['he', 'won', '2', '.', 'Then']],
  // hyphens
  ['al-Baghdadi and state-run and 30-year-old', ['al-Baghdadi', 'and', 'state-run', 'and', '30-year-old']],
  ['F-16 and COVID-19 and MH17', ['F-16', 'and', 'COVID-19', 'and', 'MH17']],
  ['pre- and post-war', ['pre', '-', 'and', 'post-war']],
  ['and/or AT&T S&P', ['and/or', 'AT&T', 'S&P']],
  ['U.S.-led and U.S.- and U.S.', ['U.S.-led', 'and', 'U.S.', '-', 'and', 'U.S.']],
  ['Sacramento, Calif. and Tampa, Fla.', ['Sacramento', ',', 'Calif.', 'and', 'Tampa', ',', 'Fla.']],
  // apostrophes and clitics
  ["Putin's plan", ['Putin', "'s", 'plan']],
  ['Putin’s plan', ['Putin', '’s', 'plan']],
  ["don't can't won't", ['do', "n't", 'ca', "n't", 'wo', "n't"]],
  [
    'I’m sure they’re here and we’ve gone, you’ll see, she’d say',
    [
      'I',
      '’m',
      'sure',
      'they',
      '’re',
      'here',
      'and',
      'we',
      '’ve',
      'gone',
      ',',
      'you',
      '’ll',
      'see',
      ',',
      'she',
      '’d',
      'say',
    ],
  ],
  ["O'Brien and D’Alema", ["O'Brien", 'and', 'D’Alema']],
  ["the students' union", ['the', 'students', "'", 'union']],
  ["rock 'n' roll and rock ’n’ roll", ['rock', "'n'", 'roll', 'and', 'rock', '’n’', 'roll']],
  ["the '90s", ['the', "'90s"]],
  ["Japan 's team do n't", ['Japan', "'s", 'team', 'do', "n't"]],
  // quotation marks
  ['"Go," he said.', ['"', 'Go', ',', '"', 'he', 'said', '.']],
  ['“Go,” he said, ‘now’.', ['“', 'Go', ',', '”', 'he', 'said', ',', '‘', 'now', '’', '.']],
  ['«Non», dit-il.', ['«', 'Non', '»', ',', 'dit-il', '.']],
  // web
  ['see https://www.example.org/a_b?x=1&y=2.', ['see', 'https://www.example.org/a_b?x=1&y=2', '.']],
  ['(http://en.example.org/wiki/Foo_(bar))', ['(', 'http://en.example.org/wiki/Foo_(bar)', ')']],
  ['visit www.example.com, or example.com.', ['visit', 'www.example.com', ',', 'or', 'example.com', '.']],
  ['write to jane.doe@example.co.uk now', ['write', 'to', 'jane.doe@example.co.uk', 'now']],
  ['#Paris and @AFP_news said', ['#Paris', 'and', '@AFP_news', 'said']],
  ['a # sign and an @ sign', ['a', '#', 'sign', 'and', 'an', '@', 'sign']],
  // datelines
  ['PARIS, Nov 17, (RTRS): The', ['PARIS', ',', 'Nov', '17', ',', '(', 'RTRS', ')', ':', 'The']],
  ['WASHINGTON (AP) — The', ['WASHINGTON', '(', 'AP', ')', '—', 'The']],
  // other scripts
  ['Привет, мир!', ['Привет', ',', 'мир', '!']],
  ['قال الرئيس، أمس.', ['قال', 'الرئيس', '،', 'أمس', '.']],
  ['שלום עולם', ['שלום', 'עולם']],
  ['東京都に住む。', ['東', '京', '都', 'に', '住', 'む', '。']],
  ['नमस्ते दुनिया।', ['नमस्ते', 'दुनिया', '।']],
  ['café naïve', ['café', 'naïve']],
  ['cafe\u0301 ok', ['cafe\u0301', 'ok']],
  // emoji and symbols
  ['love 👍🏽 it 👨‍👩‍👧 🇫🇷🇩🇪', ['love', '👍🏽', 'it', '👨‍👩‍👧', '🇫🇷', '🇩🇪']],
  ['x + y = z © 2015', ['x', '+', 'y', '=', 'z', '©', '2015']],
  // invisible characters
  ['\u200fمرحبا\u200f world\ufeff', ['مرحبا', 'world']],
  ['co\u00adoperate', ['co\u00adoperate']],
  ['', []],
  ['   \n\n  ', []],
];

describe('tokenize', () => {
  for (const [input, expected] of CASES) {
    it(`splits ${JSON.stringify(input)}`, () => {
      assert.deepEqual(texts(input), expected);
    });
  }

  const KINDS: Array<[string, TokenKind[]]> = [
    [
      'word 42 17th 09:30 2015-11-17 17/11/2015 .',
      ['word', 'number', 'ordinal', 'time', 'date', 'date', 'punct'],
    ],
    ['$ % © 👍', ['symbol', 'symbol', 'symbol', 'symbol']],
    ['https://a.org a@b.org #tag @who bbc.co.uk', ['url', 'email', 'hashtag', 'mention', 'url']],
    ['1,200 3.5 6-4 U.S.', ['number', 'number', 'number', 'word']],
  ];
  for (const [input, expected] of KINDS) {
    it(`gives kinds for ${JSON.stringify(input)}`, () => {
      assert.deepEqual(
        tokenize(input).map((t) => t.kind),
        expected,
        kinds(input).join(' '),
      );
    });
  }

  it('computes shape, lower case and the following white space once per token', () => {
    const text = 'Putin said 1,200 U.S. TROOPS\nleft.';
    const toks: Token[] = tokenize(text);
    assert.deepEqual(
      toks.map((t) => [t.shape, t.lower, t.spaceAfter]),
      [
        ['Xxxxx', 'putin', true],
        ['xxxx', 'said', true],
        ['d,ddd', '1,200', true],
        ['X.X.', 'u.s.', true],
        ['XXXX', 'troops', true],
        ['xxxx', 'left', false],
        ['.', '.', false],
      ],
    );
  });

  it('gives the same shape and lower case on the fast path as the general one', () => {
    const text = 'a Ab ABC abcdefg Abcdefgh ABCDEFGH 1 12 123456 iPhone McDonald Straße ÉCOLE 3.5 x2 Q';
    for (const t of tokenize(text)) {
      const raw = text.slice(t.start, t.end);
      assert.equal(t.shape, shapeOf(raw), raw);
      assert.equal(t.lower, raw.toLowerCase(), raw);
    }
  });

  it('cuts shape runs at four, as spaCy does', () => {
    assert.equal(shapeOf('Washington'), 'Xxxxx');
    assert.equal(shapeOf('2015-11-17'), 'dddd-dd-dd');
    assert.equal(shapeOf('123456'), 'dddd');
    assert.equal(shapeOf('Москва'), 'Xxxxx');
    assert.equal(shapeOf('مرحبا'), 'xxxx');
  });

  it('gives offsets that cover exactly the non-space text, in order', () => {
    const text =
      'In Kabul, 12 people—including 3 U.S. soldiers—died on Nov. 17.\n\nGen. J. Smith’s aide said so.';
    const toks = tokenize(text);
    let last = 0;
    for (const t of toks) {
      assert.ok(t.start >= last && t.end > t.start);
      assert.equal(text.slice(last, t.start).trim(), '', `unexpected skipped text before ${t.start}`);
      last = t.end;
    }
    assert.equal(text.slice(last).trim(), '');
  });

  it('gives each call its own fresh array, untouched by later calls (one scanner is reused)', () => {
    const first = tokenize('Gen. Smith left.');
    const copy = JSON.stringify(first);
    const second = tokenize('Gen. Smith left.');
    assert.notEqual(first, second);
    assert.deepEqual(second, first);
    tokenize('An entirely different text, with 1,200 more tokens; and a URL: https://example.org/x.');
    second.push(second[0]!);
    assert.equal(JSON.stringify(first), copy);
    assert.deepEqual(texts('Gen. Smith left.'), ['Gen.', 'Smith', 'left', '.']);
    assert.deepEqual(tokenize(''), []);
    assert.notEqual(tokenize(''), tokenize(''));
  });

  it('gives one-character tokens the shape and lower case of the general path, on first sight and after', () => {
    // Punctuation, symbols, ASCII and non-ASCII letters whose lower case differs in length (İ) or form (Σ).
    const text = 'a , . ; ! ? $ % & * § € £ ‰ — – “ ” ‘ ’ « » É é ß İ Σ ς Ж ж ع א ½ ² ° © Ⅻ A Z q 7 ٣ ߀ 中';
    for (let pass = 0; pass < 2; pass++) {
      for (const t of tokenize(text)) {
        const raw = text.slice(t.start, t.end);
        assert.equal(t.end - t.start, raw.length);
        assert.equal(t.shape, shapeOf(raw), raw);
        assert.equal(t.lower, raw.toLowerCase(), raw);
      }
    }
  });

  it('gives the same tokens for a text however V8 holds it: a rope, a slice of a longer string, one flat string', () => {
    // The scan reads a flat copy of texts of 256 characters or more and cuts token strings from the given text.
    const pieces = [
      'Mr. Smith’s ',
      'state-run ',
      'U.S. ',
      '1,200 ',
      'THE ',
      'McCaw ',
      'said. ',
      '“Yes,” ',
      '$5 ',
    ];
    let rope = '';
    for (let k = 0; k < 60; k++) rope += pieces[k % pieces.length]!;
    const flat = JSON.parse(JSON.stringify(rope)) as string;
    const slice = `xx${rope}yy`.slice(2, -2);
    const expected = JSON.stringify(tokenize(flat));
    assert.equal(JSON.stringify(tokenize(rope)), expected);
    assert.equal(JSON.stringify(tokenize(slice)), expected);
    // A surrogate pair cut in two by the copy's halves is whole again.
    const astral = 'a '.repeat(150) + '😀 ' + 'b '.repeat(150);
    assert.equal(texts(astral)[150], '😀');
  });

  it('gives every token the lower case and shape of its text, in one-byte and two-byte texts', () => {
    // Lower-case, capitalised, capital, mixed-case and long ASCII words, before a full stop and a clitic;
    // the curly quote makes the second text two-byte.
    const words = 'the Cat NATO McCaw iPhone Internationally INTERNATIONALISATION a I Putin’s Tuesday. ';
    for (const text of [words.replace('’', "'").repeat(8), words.repeat(8)]) {
      for (const t of tokenize(text)) {
        const raw = text.slice(t.start, t.end);
        assert.equal(t.lower, raw.toLowerCase(), raw);
        assert.equal(t.shape, shapeOf(raw), raw);
      }
    }
  });

  it('returns a dense array of exactly its tokens, however many tokens per character', () => {
    for (const text of [
      'a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p', // one token per character: more than the room set aside
      '中文文本没有空格中文文本没有空格',
      'word' + ' '.repeat(200) + 'word', // far fewer tokens than expected
      'x',
      ' ',
    ]) {
      const toks = tokenize(text);
      assert.equal(Object.keys(toks).length, toks.length, JSON.stringify(text));
      for (const t of toks) assert.equal(typeof t.start, 'number');
    }
    assert.equal(tokenize('a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p').length, 31);
    assert.equal(tokenize('中文文本没有空格中文文本没有空格').length, 16);
    assert.equal(tokenize('word' + ' '.repeat(200) + 'word').length, 2);
    assert.equal(tokenize(' ').length, 0);
  });

  it('ends a plain ASCII word at white space and closing punctuation, and not at connectors or other scripts', () => {
    const cases: Array<[string, string[]]> = [
      ['cat\tdog\ncow\r\nend', ['cat', 'dog', 'cow', 'end']],
      [
        'cat, dog; (cow) [ewe] {emu} "yak"? gnu!',
        [
          'cat',
          ',',
          'dog',
          ';',
          '(',
          'cow',
          ')',
          '[',
          'ewe',
          ']',
          '{',
          'emu',
          '}',
          '"',
          'yak',
          '"',
          '?',
          'gnu',
          '!',
        ],
      ],
      [
        "state-run U.S. Mr. AT&T Putin's Putin’s and/or snake_case user@example.com",
        [
          'state-run',
          'U.S.',
          'Mr.',
          'AT&T',
          'Putin',
          "'s",
          'Putin',
          '’s',
          'and/or',
          'snake_case',
          'user@example.com',
        ],
      ],
      [
        'www.example.com http://example.com/a HK$5 C$',
        ['www.example.com', 'http://example.com/a', 'HK$', '5', 'C$'],
      ],
      ['café naïve Straße abc\u0301 ab\u00adcd', ['café', 'naïve', 'Straße', 'abc\u0301', 'ab\u00adcd']],
      ['abc123 abc中 abc😀 abc\u00a0def', ['abc123', 'abc', '中', 'abc', '😀', 'abc', 'def']],
    ];
    for (const [input, expected] of cases) assert.deepEqual(texts(input), expected, JSON.stringify(input));
    assert.deepEqual(
      tokenize('Rain, then sun').map((t) => [t.kind, t.shape, t.lower, t.spaceAfter]),
      [
        ['word', 'Xxxx', 'rain', false],
        ['punct', ',', ',', true],
        ['word', 'xxxx', 'then', true],
        ['word', 'xxx', 'sun', false],
      ],
    );
  });

  it('never splits a surrogate pair, even a lone one', () => {
    for (const text of [
      'a\ud83d',
      '\udc4dx',
      '\ud83d\ud83d\ude00',
      'x\ud83d\ude00\ud83d',
      '𝟏𝟐 x𝟏 𝐀𝐁. 𝟏.5',
      '𠀀𠀁 𐌰𐌱',
    ]) {
      for (const t of tokenize(text)) {
        const before = text.charCodeAt(t.start - 1);
        const at = text.charCodeAt(t.start);
        assert.ok(
          !(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff),
          JSON.stringify(text),
        );
      }
    }
  });
});

describe('tokenize on hostile input (bounded time, linear scan)', () => {
  const MB = 5 * 1024 * 1024;
  const hostile: Array<[string, () => string, (toks: Token[], text: string) => void]> = [
    ['5 MB with no spaces', () => 'a'.repeat(MB), (toks) => assert.equal(toks.length, 1)],
    ['5 MB of one punctuation mark', () => '.'.repeat(MB), (toks) => assert.equal(toks.length, 1)],
    [
      '1 MB of mixed punctuation',
      () => '.,;:!?()"\''.repeat(100_000),
      (toks) => assert.ok(toks.length > 500_000),
    ],
    ['5 MB of newlines', () => '\n'.repeat(MB), (toks) => assert.equal(toks.length, 0)],
    [
      'a 1 MB URL',
      () => `https://x.org/${'a'.repeat(1 << 20)}`,
      (toks) => assert.equal(toks[0]!.kind, 'url'),
    ],
    ['1 MB of digits and commas', () => '1,'.repeat(1 << 19), (toks) => assert.ok(toks.length > 1)],
    ['1 MB of a.b.c.', () => 'a.'.repeat(1 << 19), (toks) => assert.equal(toks.length, 1)],
    ["1 MB of a'a'", () => "a'".repeat(1 << 19), (toks) => assert.ok(toks.length >= 1)],
    ['1 MB of 1a1a', () => '1a'.repeat(1 << 19), (toks) => assert.equal(toks.length, 1)],
    ['1 MB of a@a@', () => 'a@'.repeat(1 << 19), (toks) => assert.ok(toks.length > 1)],
    ['emoji and surrogates', () => '👨‍👩‍👧🇫🇷\ud83d'.repeat(50_000), (toks) => assert.ok(toks.length >= 150_000)],
    [
      'right-to-left text',
      () => 'قال الرئيس، أمس. '.repeat(50_000),
      (toks) => assert.equal(toks.length, 250_000),
    ],
  ];
  for (const [what, make, check] of hostile) {
    it(`copes with ${what}`, { timeout: 30_000 }, () => {
      const text = make();
      const toks = tokenize(text);
      check(toks, text);
      const last = toks[toks.length - 1];
      if (last) assert.ok(last.end <= text.length);
    });
  }
});

describe('tokenizer annotator', () => {
  annotatorContract(tokenizer, [
    'PARIS, Nov 17, (RTRS): Gen. J. R. Smith’s aide said $50m.',
    'Emoji 👨‍👩‍👧 and a lone \ud83d surrogate, astral digits 𝟏𝟐 and letters 𝐀𝐁 𐌰𐌱 𠀀',
    'قال الرئيس، أمس. 東京都に住む。',
    '...!?"\'()',
  ]);
});

describe('tokenize on random text (seeded)', () => {
  /** Small deterministic generator (mulberry32) so a failure can be replayed. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = [
    'a',
    'Z',
    'é',
    'e\u0301',
    'ж',
    'ق',
    '東',
    '1',
    '0',
    '𝟏',
    '𐌰',
    ' ',
    ' ',
    '\n',
    '\u00a0',
    '.',
    ',',
    ':',
    '/',
    '-',
    '–',
    "'",
    '’',
    '"',
    '“',
    '(',
    ')',
    '$',
    '%',
    '+',
    '@',
    '#',
    '_',
    '&',
    '!',
    '?',
    '…',
    '👍',
    '🏽',
    '\u200d',
    '\u200f',
    '\ufeff',
    '\ud83d',
    '\ude00',
    'http://',
    'www.',
    'U.S.',
    'Mr.',
    "n't",
    "'s",
    'No.',
  ];
  it('keeps every token non-empty, in order, without white space, on whole code points', () => {
    const next = random(20151117);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const len = 1 + Math.floor(next() * 40);
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      let last = 0;
      for (const t of tokenize(text)) {
        const raw = text.slice(t.start, t.end);
        const where = `${JSON.stringify(text)} token ${JSON.stringify(raw)}`;
        assert.ok(t.start >= last && t.end > t.start && t.end <= text.length, where);
        assert.ok(!/\s/.test(raw), where);
        for (const edge of [t.start, t.end]) {
          const a = text.charCodeAt(edge - 1);
          const b = text.charCodeAt(edge);
          assert.ok(!(a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff), where);
        }
        last = t.end;
      }
    }
  });
});
