import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../tokens/tokenizer.js';
import { splitSentences } from './splitter.js';
import { WRAP, wrapBreaks } from './wraps.js';

/** Paragraphs written for these tests: names, figures, a quotation, an abbreviation before a name. */
const PROSE = [
  'The harbour board postponed its vote on ferry fares until March, after Councillor Anna Brisk asked for an independent review of the operator\'s accounts. The board had been expected to approve a rise of 4 percent for 2026 and another of 3 percent the year after. "We cannot keep paying more for fewer crossings," said Tom Vale, who takes the early boat to Northby every weekday. Officials at the U.S. Coast Guard station on the island said the timetable would not change before the summer.',
  'Engineers from Westmoor Marine inspected both vessels on Monday and found corrosion on the older one, the MV Sudmark Pride, which entered service in 1998. Repairs will take about six weeks, according to the operator. In the meantime a chartered catamaran from Eastwick will run the 07:15 and 17:40 crossings, with room for 120 passengers but no cars.',
];

/** Greedy wrapping as an e-mail client does it: a word goes to the next line when it would not fit. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** Sentences with their white space runs made single spaces. */
function sentences(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
}

/** The numbers (from 0) of the lines whose break wrapBreaks calls a wrap. */
function wrappedLines(text: string): number[] {
  const wraps = new Set(wrapBreaks(text));
  const out: number[] = [];
  let line = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] !== '\n') continue;
    if (wraps.has(k)) out.push(line);
    line += 1;
  }
  return out;
}

describe('hard-wrapped prose', () => {
  const variants: Array<[string, (p: string) => string, string]> = [
    ['mixed case', (p) => p, '\n'],
    ['capitals', (p) => p.toUpperCase(), '\n'],
    ['indented paragraphs', (p) => `   ${p}`, '\n'],
    ['CRLF line ends', (p) => p, '\r\n'],
  ];
  for (const [what, shape, eol] of variants) {
    it(`splits as the same prose on one line, wrapped at ${WRAP.minWidth} to ${WRAP.maxWidth} columns (${what})`, () => {
      const paragraphs = PROSE.map(shape);
      const expected = sentences(paragraphs.join('\n\n'));
      assert.equal(expected.length, 7);
      for (let width = WRAP.minWidth; width <= WRAP.maxWidth; width++) {
        const text = paragraphs.map((p) => wrap(p, width).join(eol)).join(eol + eol);
        assert.deepEqual(sentences(text), expected, `wrapped at ${width}`);
      }
    });
  }
});

describe('wrapBreaks', () => {
  const [first, second] = PROSE as [string, string];
  const cases: Array<[string, string, number[]]> = [
    [
      'each block wraps at its own width (76 and 62 columns here)',
      [...wrap(first, 76), '', ...wrap(second, 62)].join('\n'),
      [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12],
    ],
    [
      'a block with a line wider than WRAP.maxWidth is no wrapped block',
      [...wrap(first, 70), '', second].join('\n'),
      [0, 1, 2, 3, 4, 5, 6],
    ],
    [
      'a stray wide line does not set the width',
      [...wrap(first, 60).slice(0, 4), 'x'.repeat(95), ...wrap(second, 60)].join('\n'),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    ],
    [
      'lines of a table in wrapped text are no wraps',
      [...wrap(second, 70), '', 'Northby 42 passengers 3 cars', 'Eastwick 37 passengers 5 cars'].join('\n'),
      [0, 1, 2, 3, 4],
    ],
    [
      'one full line that stops mid-sentence is no evidence',
      wrap(second, 200)[0]!.slice(0, 70) + '\nrest',
      [],
    ],
    ['blank and white-space-only text', ' \n\n \t\n', []],
    ['empty text', '', []],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      assert.deepEqual(wrappedLines(text), expected);
    });
  }

  it('reads 5 MB of hard-wrapped text in bounded time', { timeout: 30_000 }, () => {
    const text = wrap(first.repeat(12_000), 72).join('\n');
    assert.ok(text.length > 5_000_000);
    assert.equal(wrapBreaks(text).length, text.split('\n').length - 1);
  });
});
