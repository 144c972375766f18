import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayOrderOf, readsBothWays } from './day-order.js';
import { timesIn } from './testing.js';

describe('dayOrderOf: the order of day and month a page writes', () => {
  const cases: Array<[string, string, ReturnType<typeof dayOrderOf>]> = [
    ['a numeric date whose first number is over 12', 'Paid on 23/04/2021.', 'day'],
    ['a numeric date whose second number is over 12', 'Paid on 04/23/2021.', 'month'],
    ['a two-digit year', 'Filed 30/06/19 at the registry.', 'day'],
    ['a dotted date with a four-digit year', 'Stand: 23.04.2021', 'day'],
    ['a dotted version number is no date', 'Release 1.13.22 fixes the bug.', null],
    ['a numeric sign each way decides nothing', 'From 23/04/2021 to 04/23/2021.', null],
    ['written dates, day first', 'The fair runs from 3 March to 9 March 2022.', 'day'],
    ['written dates, month first', 'The fair runs from March 3 to March 9, 2022.', 'month'],
    ['an ordinal and "of"', 'Doors open on the 3rd of March.', 'day'],
    ['a month and a year is no day', 'Sales fell in March 2022.', null],
    ['a numeric sign outweighs the written ones', 'On March 3 and March 9; receipt dated 23/04/2021.', 'day'],
    ['no dates at all', 'Nothing dated here.', null],
    ['words that open like a month are none', 'The office is at 12 Market Street; 3 Marines stood by.', null],
    ['the US "4th of July" is no sign', 'Parades on the 4th of July drew crowds.', null],
  ];
  for (const [what, text, order] of cases) it(what, () => assert.equal(dayOrderOf(text), order));
});

describe('readsBothWays: numeric dates a day-first page means the other way', () => {
  const cases: Array<[string, boolean]> = [
    ['05/11/2015', true],
    ['5/11/15', true],
    ['05/05/2015', false],
    ['17/11/2015', false],
    ['11/17/2015', false],
    ['2015/11/05', false],
  ];
  for (const [written, both] of cases) it(written, () => assert.equal(readsBothWays(written), both));
});

describe('times: an ambiguous numeric date follows the page', () => {
  const value = (text: string, expr: string): string | undefined =>
    timesIn(text, '2022-05-02').find((t) => t.text === expr)?.value;

  it('is read day first on a page that writes another date day first', () => {
    const text = 'The lease was signed on 04/03/2022 and the first rent paid on 25/03/2022.';
    assert.equal(value(text, '04/03/2022'), '2022-03-04');
  });
  it('is read day first on a page that writes its dates day first in words', () => {
    const text = 'Invoice dated 04/03/2022. The works began on 14 March and ended on 29 April.';
    assert.equal(value(text, '04/03/2022'), '2022-03-04');
  });
  it('stays month first on a page that writes dates month first', () => {
    const text = 'Invoice dated 04/03/2022. The works began on March 14 and ended on April 29.';
    assert.equal(value(text, '04/03/2022'), '2022-04-03');
  });
  it("stays month first with no sign either way (the wires' convention)", () => {
    assert.equal(value('Invoice dated 04/03/2022.', '04/03/2022'), '2022-04-03');
  });
});
