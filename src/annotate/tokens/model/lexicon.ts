/**
 * Small word lists the tokenizer consults, each with its reason. Written for Dateline; no external source.
 */

/** Ordinal suffixes kept on their number ("17th" is one token): the times annotator reads "17th" whole. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Letters glued to a number that are split off ("50m" → "50" "m", "10km" → "10" "km"): a quantity
 * annotator wants the numeral and its scale or unit as separate tokens. Any all-lower-case suffix is
 * split; these upper-case ones are split too because news writes scales in capitals ("$3B", "5K").
 * Other capitals stay glued ("3D", "5G", "4WD" are names, not quantities).
 */
export const UPPER_SCALE_SUFFIXES: ReadonlySet<string> = new Set([
  'M',
  'MN',
  'B',
  'BN',
  'K',
  'TN',
  'TR',
  'T',
]);

/** Decades keep their "s" ("1990s", "80s"): a time expression, not a number and a letter. */
export const DECADE_SUFFIX = 's';

/**
 * English clitics split off their host after an apostrophe (Penn Treebank convention, which the
 * CoNLL-2003 tokens follow): "Putin's" → "Putin" "'s", "they're" → "they" "'re".
 */
export const CLITICS: ReadonlySet<string> = new Set(['s', 'm', 'd', 're', 've', 'll']);

/**
 * Top-level domains that make a dotted word a web address ("reuters.com", "bbc.co.uk"): news text
 * names sites without "http://". Kept to the common generic and news-country domains.
 */
export const URL_TLDS: ReadonlySet<string> = new Set([
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'int',
  'mil',
  'info',
  'io',
  'news',
  'uk',
  'us',
  'fr',
  'de',
  'ru',
  'cn',
  'jp',
  'in',
  'au',
  'ca',
  'eu',
]);
