import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binaryReason, isGzip, looksLikeHtml, looksLikeJsonl, sniffFormat } from './sniff.js';

describe('binaryReason', () => {
  const binary: Array<[string, number[]]> = [
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 16]],
    ['PDF', [...Buffer.from('%PDF-1.7\n')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 20, 0]],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]],
    ['WebP', [...Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1')]],
    ['control bytes', [...Buffer.from('ab\x01\x02\x03\x04\x05\x06\x07\x08cd', 'latin1')]],
  ];
  for (const [name, bytes] of binary)
    it(`${name} is binary`, () => assert.ok(binaryReason(Buffer.from(bytes))));

  const text: Array<[string, Buffer]> = [
    ['HTML', Buffer.from('<!doctype html><p>Hello</p>\n')],
    ['tabs, CRLF, form feed', Buffer.from('a\tb\r\nc\fd\n')],
    ['ISO-2022-JP escapes', Buffer.from('\x1b$B$3$s\x1b(B text', 'latin1')],
    [
      'UTF-16LE with BOM (NUL every other byte)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello', 'utf16le')]),
    ],
    ['a few NULs in a long text', Buffer.from(`${'news text '.repeat(100)}\0\0`)],
  ];
  for (const [name, bytes] of text) it(`${name} is text`, () => assert.equal(binaryReason(bytes), null));
});

describe('format sniffing', () => {
  it('detects gzip magic', () => {
    assert.ok(isGzip(Buffer.from([0x1f, 0x8b, 8])));
    assert.ok(!isGzip(Buffer.from('<html>')));
  });
  const cases: Array<[string, string, 'html' | 'text' | 'jsonl']> = [
    ['doctype', '<!DOCTYPE html>\n<html><body>x</body></html>', 'html'],
    ['fragment with tags', '<div><p>Story</p></div>', 'html'],
    ['body tag after prose', 'junk\n<body>text', 'html'],
    ['prose mentioning a <tag>', 'Use the <b> tag for bold, he said.', 'text'],
    ['plain text', 'PARIS (Reuters) - Something happened.\n\nMore.', 'text'],
    ['JSONL', '{"text":"a"}\n\n{"html":"<p>b</p>"}\n', 'jsonl'],
    ['JSON array is not JSONL', '[{"text":"a"}]', 'text'],
    ['one bad line → not JSONL', '{"text":"a"}\n{oops}\n', 'text'],
  ];
  for (const [name, text, format] of cases)
    it(`${name} → ${format}`, () => assert.equal(sniffFormat(text), format));
  it('looksLikeHtml / looksLikeJsonl agree with sniffFormat', () => {
    assert.ok(looksLikeHtml('<html>'));
    assert.ok(!looksLikeJsonl(''));
  });
});
