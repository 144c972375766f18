/**
 * Currency signs and ISO 4217 codes, for the layers that tell an amount from other numbers (the quantities layer
 * reads money with them; the times layer does not take "Rs 1800" or "USD 2000" for a year). Written for
 * Dateline; no external source.
 */

/** Currency signs before a number, as the tokenizer splits them ("US$" is one token). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['us$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['a$', 'AUD'],
  ['c$', 'CAD'],
  ['hk$', 'HKD'],
  ['rs', 'INR'],
  ['s$', 'SGD'],
  ['nz$', 'NZD'],
  ['r$', 'BRL'],
  ['nt$', 'TWD'],
  ['₩', 'KRW'], // written after the amount in Korean pages ("60,000₩"), before it elsewhere
  ['₺', 'TRY'],
  ['₴', 'UAH'],
  ['₦', 'NGN'],
  ['₪', 'ILS'],
]);

/** ISO 4217 codes written before or after a number ("USD 30", "30 EUR"); upper-case in the text. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'INR',
  'RUB',
  'CHF',
  'AUD',
  'CAD',
  'HKD',
  'UAH',
  'TRY',
  'BRL',
]);
