import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  charsetFromContentType,
  charsetFromMeta,
  decodeBytes,
  decodeWindows1252,
  guessLegacyCharset,
} from './decode.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const html = (charset: string, body: string) =>
  `<html><head><meta charset="${charset}"></head><body>${body}</body></html>`;

describe('decodeBytes: the charset cascade', () => {
  const cases: Array<{
    name: string;
    bytes: Buffer;
    opts?: Parameters<typeof decodeBytes>[1];
    charset: string;
    contains: string;
    warn?: string;
  }> = [
    {
      name: 'plain UTF-8',
      bytes: utf8('Café crème — “quoted”'),
      charset: 'utf-8',
      contains: 'Café crème — “quoted”',
    },
    {
      name: 'pure ASCII, no declaration',
      bytes: utf8('plain text'),
      charset: 'utf-8',
      contains: 'plain text',
    },
    {
      name: 'UTF-8 BOM decides and is dropped',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Zürich')]),
      opts: { contentType: 'text/html; charset=iso-8859-1' },
      charset: 'utf-8',
      contains: 'Zürich',
    },
    {
      name: 'UTF-16LE BOM',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ελλάδα news', 'utf16le')]),
      charset: 'utf-16le',
      contains: 'Ελλάδα news',
    },
    {
      name: 'UTF-16BE BOM',
      bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Москва', 'utf16le').swap16()]),
      charset: 'utf-16be',
      contains: 'Москва',
    },
    {
      name: 'Latin-1 bytes, no declaration → windows-1252',
      bytes: latin1('Caf\xe9 \x93smart quotes\x94'),
      charset: 'windows-1252',
      contains: 'Café “smart quotes”',
    },
    {
      name: 'Content-Type header charset',
      bytes: latin1('na\xefve r\xe9sum\xe9'),
      opts: { contentType: 'text/html; charset=ISO-8859-1' },
      charset: 'windows-1252',
      contains: 'naïve résumé',
    },
    {
      name: '<meta charset> windows-1251',
      bytes: Buffer.concat([
        latin1('<meta charset="windows-1251"><p>'),
        Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]),
      ]),
      opts: { html: true },
      charset: 'windows-1251',
      contains: 'Москва',
    },
    {
      name: '<meta http-equiv content-type> iso-8859-2',
      bytes: Buffer.concat([
        latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'),
        Buffer.from([0x50, 0xf8, 0xed, 0x6b, 0x6c, 0x61, 0x64]),
      ]),
      opts: { html: true },
      charset: 'iso-8859-2',
      contains: 'Příklad',
    },
    {
      name: 'shift_jis from the header',
      bytes: Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
      opts: { contentType: 'text/plain; charset="Shift_JIS"' },
      charset: 'shift_jis',
      contains: '日本',
    },
    {
      name: 'declared Latin-1 but really UTF-8 → utf-8 + warning',
      bytes: utf8(html('iso-8859-1', 'Café déjà vu')),
      opts: { html: true },
      charset: 'utf-8',
      contains: 'Café déjà vu',
      warn: 'charset-mismatch',
    },
    {
      name: 'declared UTF-8 but really Latin-1 → windows-1252 + warning',
      bytes: latin1(html('utf-8', 'Caf\xe9 d\xe9j\xe0 vu')),
      opts: { html: true },
      charset: 'windows-1252',
      contains: 'Café déjà vu',
      warn: 'charset-mismatch',
    },
    {
      name: 'header wrong (utf-8), meta right (windows-1251) → meta used + warning',
      bytes: Buffer.concat([
        latin1('<meta charset="windows-1251"><p>'),
        Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]),
      ]),
      opts: { html: true, contentType: 'text/html; charset=utf-8' },
      charset: 'windows-1251',
      contains: 'Москва',
      warn: 'charset-mismatch',
    },
    {
      name: 'unknown label → warning, detection goes on',
      bytes: utf8(html('x-klingon', 'Straße')),
      opts: { html: true },
      charset: 'utf-8',
      contains: 'Straße',
      warn: 'charset-unknown',
    },
    {
      name: 'a page claiming UTF-16 without a BOM is UTF-8 (HTML spec)',
      bytes: utf8(html('utf-16', 'Ñandú')),
      opts: { html: true },
      charset: 'utf-8',
      contains: 'Ñandú',
    },
    {
      name: 'meta inside a comment is ignored',
      bytes: latin1('<!-- <meta charset="utf-8"> --><meta charset="windows-1252"><p>Caf\xe9'),
      opts: { html: true },
      charset: 'windows-1252',
      contains: 'Café',
    },
    {
      name: 'XML declaration',
      bytes: latin1('<?xml version="1.0" encoding="ISO-8859-15"?><html><p>\xa4 price'),
      opts: { html: true },
      charset: 'iso-8859-15',
      contains: '€ price',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = decodeBytes(c.bytes, c.opts);
      assert.equal(d.charset, c.charset);
      assert.ok(d.text.includes(c.contains), d.text);
      assert.ok(!d.text.startsWith('\ufeff'), 'BOM dropped');
      const codes = d.warnings.map((w) => w.code);
      if (c.warn) assert.ok(codes.includes(c.warn), JSON.stringify(d.warnings));
      else assert.deepEqual(codes, []);
    });
  }

  it('meta charset is only looked for in HTML', () => {
    const d = decodeBytes(latin1('<meta charset="windows-1251">\xcc'), { html: false });
    assert.equal(d.charset, 'windows-1252');
  });

  it('removes NUL bytes (with a warning) and turns CRLF and CR into LF', () => {
    const d = decodeBytes(utf8('one\r\ntwo\rthree\0four\n'));
    assert.equal(d.text, 'one\ntwo\nthreefour\n');
    assert.deepEqual(
      d.warnings.map((w) => w.code),
      ['nul-bytes'],
    );
  });

  // Each charset path: UTF-8 (high bytes, pure ASCII, BOM), windows-1252, and a charset whose text is
  // searched as a string (windows-1251, UTF-16LE with its BOM).
  const controls: Array<[string, Buffer, string, string, string[]]> = [
    ['UTF-8', utf8('é\r\nx\ry\0z'), 'utf-8', 'é\nx\nyz', ['nul-bytes']],
    ['UTF-8, CR only', utf8('é\r\nx'), 'utf-8', 'é\nx', []],
    ['UTF-8, NUL only', utf8('é\0x'), 'utf-8', 'éx', ['nul-bytes']],
    ['UTF-8, none', utf8('é\nx'), 'utf-8', 'é\nx', []],
    ['ASCII', utf8('a\r\nb\0'), 'utf-8', 'a\nb', ['nul-bytes']],
    [
      'UTF-8 BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('é\r\0')]),
      'utf-8',
      'é\n',
      ['nul-bytes'],
    ],
    ['windows-1252', latin1('caf\xe9\x80\r\n\0'), 'windows-1252', 'café€\n', ['nul-bytes']],
    [
      'windows-1251',
      latin1(`${html('windows-1251', '\xcf\xf0\r\n\0')}`),
      'windows-1251',
      'Пр\n',
      ['nul-bytes'],
    ],
    [
      'UTF-16LE',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('é\r\n\0', 'utf16le')]),
      'utf-16le',
      'é\n',
      ['nul-bytes'],
    ],
  ];
  for (const [name, bytes, charset, contains, warns] of controls)
    it(`NUL and CR in ${name}`, () => {
      const d = decodeBytes(bytes, { html: true });
      assert.equal(d.charset, charset);
      assert.ok(d.text.includes(contains), JSON.stringify(d.text));
      assert.ok(!d.text.includes('\r') && !d.text.includes('\0'));
      assert.deepEqual(
        d.warnings.map((w) => w.code),
        warns,
      );
    });

  it('decodes 30 MB in well under a few seconds', () => {
    const big = Buffer.alloc(30 * 1024 * 1024, 'a');
    big.write('é', 1000, 'utf8');
    const t0 = performance.now();
    const d = decodeBytes(big, { html: true });
    assert.equal(d.charset, 'utf-8');
    assert.equal(d.text.length, big.length - 1);
    assert.ok(performance.now() - t0 < 5000);
  });
});

describe('charset declarations', () => {
  it('reads the charset parameter of a Content-Type', () => {
    assert.equal(charsetFromContentType('text/html; charset=UTF-8'), 'UTF-8');
    assert.equal(charsetFromContentType('text/html;charset="koi8-r"; foo=bar'), 'koi8-r');
    assert.equal(charsetFromContentType('text/html'), null);
  });
  it('finds <meta charset> only in the head 4 KB', () => {
    assert.equal(charsetFromMeta(latin1(`<meta charset='euc-kr'>`)), 'euc-kr');
    assert.equal(charsetFromMeta(latin1(`${' '.repeat(5000)}<meta charset="euc-kr">`)), null);
  });
});

describe('decodeWindows1252', () => {
  it('maps every byte 0x80–0x9F (Node 20 ICU drops them)', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const s = decodeWindows1252(all);
    assert.equal(s.length, 256);
    assert.equal(s[0x80], '€');
    assert.equal(s[0x93], '“');
    assert.equal(s[0x9f], 'Ÿ');
    assert.equal(s[0x81], '\u0081');
    assert.equal(s[0xe9], 'é');
  });
});

/** Encodes with a single-byte charset by inverting Node's decoder (Node has no legacy encoders). */
function encodeSingleByte(text: string, charset: string): Buffer {
  const table = new Map<string, number>();
  const decoded = new TextDecoder(charset).decode(new Uint8Array(256).map((_, i) => i));
  for (let i = 0; i < decoded.length; i++) table.set(decoded[i]!, i);
  return Buffer.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe('guessing undeclared legacy charsets', () => {
  const RU = 'Президент России заявил во вторник, что переговоры продолжатся на следующей неделе в Москве.';
  const FR =
    'Le président français a déclaré mardi que les négociations reprendraient à Genève la semaine prochaine.';
  const DE = 'Die Bundesregierung hat am Dienstag beschlossen, die Förderung für Straßenbahnen zu erhöhen.';
  const cases: Array<[string, string, string]> = [
    ['Russian in windows-1251', RU, 'windows-1251'],
    ['Russian in KOI8-R', RU, 'koi8-r'],
    ['French in windows-1252', FR, 'windows-1252'],
    ['German in windows-1252', DE, 'windows-1252'],
  ];
  for (const [name, text, charset] of cases)
    it(name, () => {
      const bytes = encodeSingleByte(`<p>${text}</p>`, charset);
      const d = decodeBytes(bytes, { html: true });
      assert.equal(d.charset, charset);
      assert.ok(d.text.includes(text), d.text);
      assert.equal(guessLegacyCharset(bytes), charset);
    });
  it('a short text with a few high bytes stays windows-1252', () => {
    assert.equal(guessLegacyCharset(encodeSingleByte('Мир', 'windows-1251')), 'windows-1252');
  });
});
