import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  const cases: Array<[string, string, string[][]]> = [
    [
      'plain rows',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF and no final newline',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted comma, newline and doubled quote', 'x,"a, ""b""\nc"\n', [['x', 'a, "b"\nc']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['blank lines dropped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['a quote inside a field is a character', 'say 5" pipe,x\n', [['say 5" pipe', 'x']]],
    ['nothing', '', []],
  ];
  for (const [what, text, want] of cases) it(what, () => assert.deepEqual(parseCsv(text), want));
});
