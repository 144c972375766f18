/**
 * Eighteenth round, from a read of the layer's odd values (years far from the anchor, very long durations) on
 * TE3-silver, and of the India police texts: a year-like number is an amount before a scale word or more
 * currencies ("1850 million euros", "Rs 1800 crore", "4200 francs") and after a spaced currency sign or code
 * ("Rs 1999", "US$ 2000", "EUR 2000"), or before a code ("1900 USD"). "May" and "March" after a determiner and
 * before an event's or a report's noun are months, as other months are ("the March talks", "a May general election").
 * The ordinal day of a running event said of today ("it is the fourth day of the strike") is the anchor's day.
 * Each case is an invented sentence and fails on the code before; `KEEP` cases must not change.
 */
import { describeRound, type TimeCase } from './testing.js';

/** Thursday 10 November 2005. */
const THU = '2005-11-10';

const CASES: TimeCase[] = [
  {
    what: 'a four-digit number before "million" is an amount',
    anchor: THU,
    say: 'The harbour works will cost 1850 million euros over ten years.',
    expr: '1850',
    value: null,
  },
  {
    what: 'a four-digit number in brackets before "million" is an amount',
    anchor: THU,
    say: 'Farm exports earned 3,120 million rand (1640 million US dollars) in the period.',
    expr: '1640',
    value: null,
  },
  {
    what: 'a four-digit number before "crore" is an amount',
    anchor: THU,
    say: 'the board set aside rs 1750 crore for new housing in the district.',
    expr: '1750',
    value: null,
  },
  {
    what: 'a four-digit number before "billion" is an amount',
    anchor: THU,
    say: 'The central bank holds 1960 billion yen in reserve.',
    expr: '1960',
    value: null,
  },
  {
    what: 'a four-digit number after a spaced "Rs." is an amount',
    anchor: THU,
    say: 'Each ticket costs Rs. 1999 at the counter.',
    expr: '1999',
    value: null,
  },
  {
    what: 'a four-digit number after "US$ " is an amount',
    anchor: THU,
    say: 'The fee rose to US$ 2005 for foreign students.',
    expr: '2005',
    value: null,
  },
  {
    what: 'a four-digit number after a currency code is an amount',
    anchor: THU,
    say: 'Rooms are offered at EUR 1980 a month near the station.',
    expr: '1980',
    value: null,
  },
  {
    what: 'a four-digit number before a currency code is an amount',
    anchor: THU,
    say: 'The grant was worth 1900 USD per family.',
    expr: '1900',
    value: null,
  },
  {
    what: 'a four-digit number before "francs" is an amount',
    anchor: THU,
    say: 'The watch was sold for 1870 francs at the auction.',
    expr: '1870',
    value: null,
  },
  {
    what: '"March" between "the" and an event noun is the month',
    anchor: THU,
    say: 'Progress made in the March talks has since stalled.',
    expr: 'March',
    value: '2005-03',
  },
  {
    what: '"May" between "a" and an adjective and a vote noun is the month, ahead in a future clause',
    anchor: THU,
    say: 'The party hopes to win a May general election with a new leader.',
    expr: 'May',
    value: '2006-05',
  },
  {
    what: '"May" after a possessive and before a report noun is the month',
    anchor: THU,
    say: "The ministry's May survey showed rents still climbing.",
    expr: 'May',
    value: '2005-05',
  },
  {
    what: '"today is the Nth day of" names the anchor day',
    anchor: THU,
    say: 'Across the province today is the sixth day of the blockade by farmers.',
    expr: 'the sixth day',
    value: '2005-11-10',
  },
  {
    what: '"it\'s the Nth day of" names the anchor day',
    anchor: THU,
    say: "It's the third day of a walkout by nurses at the city hospitals.",
    expr: 'the third day',
    value: '2005-11-10',
  },
  {
    what: '"it is now the 11th straight day" names the anchor day',
    anchor: THU,
    say: 'It is now the 11th straight day of rain in the valley.',
    expr: 'the 11th straight day',
    value: '2005-11-10',
  },
];

const KEEP: TimeCase[] = [
  {
    what: 'the ordinal day of an event said of another day is left alone',
    anchor: THU,
    say: 'Monday was the second day of the walkout.',
    expr: 'the second day',
    value: null,
  },
  {
    what: 'the ordinal day of an event after "on" is left alone',
    anchor: THU,
    say: 'On the first day of the trial, the judge read the charges.',
    expr: 'the first day',
    value: null,
  },
  {
    what: '"the May government" is a premier\'s name, no month',
    anchor: THU,
    say: 'Critics of the May government gathered outside.',
    expr: 'May',
    value: null,
  },
  {
    what: '"the march" in lower case is a walk, no month',
    anchor: THU,
    say: 'Police watched the march through the old town.',
    expr: 'march',
    value: null,
  },
  {
    what: '"March" at a sentence start before a verb stays unread',
    anchor: THU,
    say: 'March organisers expected ten thousand people.',
    expr: 'March',
    value: null,
  },
  {
    what: 'a year at a sentence start before a currency code stays a year',
    anchor: THU,
    say: 'In 1998 USD deposits at the bank doubled.',
    expr: '1998',
    value: '1998',
  },
  {
    what: 'a year in a sentence with "Mrs" stays a year',
    anchor: THU,
    say: 'The firm was founded by Mrs Okafor in 1990 with two lorries.',
    expr: '1990',
    value: '1990',
  },
  {
    what: 'a year right after a word ending in "rs" stays a year (the sign "Rs" counts as a word only)',
    anchor: THU,
    say: 'Their best years 1988 and 1989 brought two titles.',
    expr: '1988',
    value: '1988',
  },
  {
    what: 'a year before "marks" (the verb) stays a year',
    anchor: THU,
    say: 'This year 2005 marks a decade since the treaty.',
    expr: '2005',
    value: '2005',
  },
  {
    what: 'a year before "thousands of" stays a year',
    anchor: THU,
    say: 'In 1998 thousands of families left the valley.',
    expr: '1998',
    value: '1998',
  },
  {
    what: 'a lower-case "try" before a year is no currency code',
    anchor: THU,
    say: 'The team will try 2006 as the year of its return.',
    expr: '2006',
    value: '2006',
  },
];

describeRound('times: eighteenth round (amounts that look like years)', CASES, KEEP);
