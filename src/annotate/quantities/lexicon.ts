/**
 * The quantity finder's lexicons and tunables, as data; each with the reason it exists. Words are
 * lower-case unless said otherwise. Written by hand for English news text (docs/quantities.md).
 */
import type { QuantityRole } from './types.js';

/** Number words below one hundred: the units and teens, and the tens ("twenty-nine" is read as 20 + 9). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Words that multiply what precedes them ("two hundred", "1.5 million", "a dozen"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['lakh', 1e5], // South Asian scales, common in Indian and Pakistani news ("Rs 10 lakh")
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
]);

/**
 * Abbreviated scales read after any number, glued or spaced ("3bn people", "50 mln", "€3 bn"): none of
 * them is also a unit of measure.
 */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['bn', 1e9],
  ['bln', 1e9],
  ['mln', 1e6],
  ['trn', 1e12],
]);

/** Abbreviated scales glued to money ("$50m", "€3bn"): only read as scales after a currency (else "5,000m" is metres). */
export const MONEY_SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
]);

/**
 * Vague plural counts ("dozens of", "tens of thousands of"): the value is the smallest plural, twice the
 * base (dozens → 24), and the phrase is kept as the modifier. Longest phrases first.
 */
export const VAGUE_COUNTS: ReadonlyArray<{ words: readonly string[]; value: number }> = [
  { words: ['hundreds', 'of', 'thousands'], value: 2e5 },
  { words: ['tens', 'of', 'thousands'], value: 2e4 },
  { words: ['tens', 'of', 'millions'], value: 2e7 },
  { words: ['hundreds', 'of', 'millions'], value: 2e8 },
  { words: ['dozens'], value: 24 },
  { words: ['scores', 'of'], value: 40 }, // only before "of": "the scores" alone are results (and see SCORES_NOT_AROUND)
  { words: ['hundreds'], value: 200 },
  { words: ['thousands'], value: 2000 },
  { words: ['millions'], value: 2e6 },
  { words: ['billions'], value: 2e9 },
];

/**
 * Words around "scores of" that make "scores" a noun, not a count: a determiner or possessive before it
 * ("the scores of the two teams", "their scores of 90"), or a determiner after "of".
 */
export const SCORES_NOT_AROUND: ReadonlySet<string> = new Set(
  'the a an their his her its our my your whose these those this that top high low test final average'.split(
    ' ',
  ),
);

/** Words before a scale word that make it vague ("several hundred", "a few thousand"): value twice the scale. */
export const VAGUE_SCALE_PREFIXES: ReadonlyArray<readonly string[]> = [
  ['a', 'few'],
  ['several'],
  ['few'],
  ['many'],
];

/** Words after a number that make it a percentage ("12 percent", "12pc", "12 pct"; "per cent" is two words). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pc', 'pct']);

/** Plural nouns counted in decimals of three digits ("14.500 points"): "1.200" before them is no thousands. */
export const DECIMAL_NOUNS: ReadonlySet<string> = new Set(['points', 'pts']);

/** Vulgar fraction characters: "½ of the ballots", "3½ inches", "¼ cup" (one symbol token each). */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['¼', 1 / 4],
  ['¾', 3 / 4],
  ['⅕', 1 / 5],
  ['⅖', 2 / 5],
  ['⅗', 3 / 5],
  ['⅘', 4 / 5],
  ['⅙', 1 / 6],
  ['⅚', 5 / 6],
  ['⅛', 1 / 8],
  ['⅜', 3 / 8],
  ['⅝', 5 / 8],
  ['⅞', 7 / 8],
]);

/** The largest denominator of a fraction written with a slash ("1/2 of", "2 3/4 inches"); "9/11", "24/7" are none. */
export const MAX_DENOMINATOR = 16;

/** Fractions of a whole, read only before "of" ("a third of the homes"; "the third day" is an ordinal). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2],
  ['third', 1 / 3],
  ['thirds', 1 / 3],
  ['quarter', 1 / 4],
  ['quarters', 1 / 4],
  ['fifth', 1 / 5],
  ['fifths', 1 / 5],
  ['tenth', 1 / 10],
  ['tenths', 1 / 10],
]);

/** Countries written before a spaced dollar sign ("US $50 million"); upper-case in the text. */
export const SPACED_DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['u.s.', 'USD'],
]);

/** Countries written after the dollar sign, glued to the digits ("$US50 million", "$A20", "$NZ5"). */
export const PREFIXED_DOLLAR_CODES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['nz', 'NZD'],
  ['hk', 'HKD'],
  ['s', 'SGD'],
  ['c', 'CAD'],
]);

/**
 * Plural nouns counted in thousands and millions, never measured in metres or kilometres: before them a
 * glued "m", "k" or "bn" is a scale ("1.5m people", "50k voters"; "the 100m hurdles" keeps its metres).
 */
export const SCALED_COUNT_NOUNS: ReadonlySet<string> = new Set([
  ...'people voters users customers households homes residents viewers listeners readers refugees'.split(' '),
  ...'passengers visitors tourists workers jobs subscribers followers members children students'.split(' '),
  ...'patients migrants doses vaccines barrels copies downloads tickets signatures votes pupils'.split(' '),
]);

/** Signs written glued before a number as its modifier ("~50 people", "<5%", "≥18"): approximately, below, above. */
export const SYMBOL_MODIFIERS: ReadonlySet<string> = new Set(['~', '≈', '<', '>', '≤', '≥']);

/** Currency names after a number ("50 million dollars"); "pounds" is read as money, as it mostly is in news. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['rouble', 'RUB'],
  ['roubles', 'RUB'],
  ['ruble', 'RUB'],
  ['rubles', 'RUB'],
  ['francs', 'CHF'],
  ['won', 'KRW'], // after a number "won" is the currency, not the verb ("62,000 won")
  ['rupiah', 'IDR'],
  ['ringgit', 'MYR'],
  ['baht', 'THB'],
  ['naira', 'NGN'],
  ['shekels', 'ILS'],
  ['hryvnia', 'UAH'],
  ['lira', 'TRY'],
]);

/** Dollars and pounds named by their country, read before the bare currency words ("Singapore dollars"). */
export const NAMED_CURRENCIES: ReadonlyArray<readonly [readonly string[], string]> = [
  [['us', 'dollars'], 'USD'],
  [['u.s.', 'dollars'], 'USD'],
  [['american', 'dollars'], 'USD'],
  [['singapore', 'dollars'], 'SGD'],
  [['hong', 'kong', 'dollars'], 'HKD'],
  [['australian', 'dollars'], 'AUD'],
  [['canadian', 'dollars'], 'CAD'],
  [['new', 'zealand', 'dollars'], 'NZD'],
  [['taiwan', 'dollars'], 'TWD'],
  [['egyptian', 'pounds'], 'EGP'],
  [['swiss', 'francs'], 'CHF'],
];

/** Modifiers written before a number, longest first so "no more than" wins over "more than". */
export const MODIFIERS: ReadonlyArray<readonly string[]> = [
  'no fewer than',
  'no more than',
  'no less than',
  'in excess of',
  'as many as',
  'as few as',
  'as much as',
  'at least',
  'at most',
  'more than',
  'less than',
  'fewer than',
  'up to',
  'close to',
  'just over',
  'just under',
  'well over',
  'upwards of',
  'upward of',
  'an estimated',
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'roughly',
  'approximately',
  'approx.', // one token: the tokenizer keeps the abbreviation's full stop
  'over',
  'under',
  'above',
  'below',
  'estimated',
]
  .map((m) => m.split(' '))
  .sort((a, b) => b.length - a.length);

/** Counted nouns that are time units: "three days", "12 years" are durations (the times layer's), not quantities. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  ...'min mins hr sec secs yr yrs'.split(' '), // abbreviated ("a 30 min walk")
]);

/** Plural nouns without a final s, so the counted noun stops after them ("seven men in dawn raids"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'personnel',
  'staff',
  'crew',
  'cattle',
  'sheep',
  'aircraft',
  'militia',
  'youth',
]);

/** First words of two-word counted nouns although they look plural or stand alone ("police officers", "crew members"). */
export const COMPOUND_FIRST: ReadonlySet<string> = new Set(['police', 'crew', 'staff', 'security', 'aid']);

/**
 * Units of measure: after a number such a word is the unit itself, never the first word of a compound
 * noun ("½ cup cherry tomatoes" measures cups, "84mm mortar systems" millimetres, "a 3km radius" km).
 */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  ...'cup cups tsp tbsp teaspoon teaspoons tablespoon tablespoons oz ounce ounces lb lbs g kg mg ml l'.split(
    ' ',
  ),
  ...'mm cm m km inch inches ft foot feet yard yards mile miles metre metres meter meters kilometre'.split(
    ' ',
  ),
  ...'kilometres kilometer kilometers litre litres liter liters gallon gallons tonne tonnes ton tons'.split(
    ' ',
  ),
  ...'acre acres hectare hectares sq mph kph kmh kw mw gw kwh mwh gb mb tb'.split(' '),
]);

/**
 * Units of measure written glued to the digits or, in capitals, after them ("512GB", "60fps", "8.69 GW"):
 * none of them is a word or a scale. "W" is read glued only ("87W"; "3170 W. County Road" is a street).
 */
export const GLUED_UNITS: ReadonlySet<string> = new Set(
  'gb tb mb kb mp mw gw kw kwh mwh gwh mah hz khz mhz ghz fps kg mg ml km mm cm'.split(' '),
);

/** Adjectives skipped before the counted noun ("30 armed men" counts men). */
export const LEADING_ADJECTIVES: ReadonlySet<string> = new Set([
  ...'senior junior major main key top leading former big small large separate different various rival'.split(
    ' ',
  ),
  ...'eastern western northern southern central further extra'.split(' '),
  'armed',
  'unarmed',
  'suspected',
  'alleged',
  'additional',
  'other',
  'more',
  'new',
  'young',
  'foreign',
  'local',
  'innocent',
  'confirmed',
  'unidentified',
  'masked',
  ...'late early old elderly recent previous similar'.split(' '),
  ...'single whole entire certain particular specific narrow broad common important significant'.split(' '),
  ...'strong weak bad good great huge tiny'.split(' '),
]);

/**
 * Words that describe the counted noun after them without an adjective's ending or a participle's -ed
 * (see isAttributive in find.ts): role words ("two dead soldiers", "three missing children").
 */
export const ATTRIBUTIVE_WORDS: ReadonlySet<string> = new Set(['dead', 'missing', 'slain']);

/**
 * Verbs in -ed whose count before them is their subject, not a noun they describe: naming verbs ("one
 * called therapeutic cloning") and verbs of what befell the count ("two sustained injuries").
 */
export const NOT_ATTRIBUTIVE: ReadonlySet<string> = new Set(
  'called dubbed titled entitled labelled labeled nicknamed termed sustained suffered received needed required exchanged'.split(
    ' ',
  ),
);

/** Words that tie a count to a role, read after the count ("129 people were killed", "two people dead"). */
export const ROLE_AFTER: ReadonlyMap<string, QuantityRole> = new Map([
  ['killed', 'killed'],
  ['murdered', 'killed'],
  ['assassinated', 'killed'],
  ['slain', 'killed'],
  ['dead', 'dead'],
  ['died', 'dead'],
  ['drowned', 'dead'],
  ['wounded', 'wounded'],
  ['injured', 'injured'],
  ['hurt', 'injured'],
  ['arrested', 'arrested'],
  ['detained', 'detained'],
  ['missing', 'missing'],
  // (Taken, not lost: a kidnapping is a count of its own, not "missing".)
  ['kidnapped', 'kidnapped'],
  ['abducted', 'kidnapped'],
]);

/** Words that end a counted noun: function words, auxiliaries, verbs that often follow a count, role words. */
export const NOUN_STOPS: ReadonlySet<string> = new Set([
  ...'a an the of in on at to from for by with and or but nor as so than that which who whom whose this these those'.split(
    ' ',
  ),
  ...'vs vs. v versus last next onwards onward afterwards'.split(' '),
  ...'were was are is be been being have has had will would may might could should can must do does did'.split(
    ' ',
  ),
  ...'remain remains said say says fled die'.split(' '),
  ...ROLE_AFTER.keys(),
  ...'among including per each apiece more less higher lower up down into onto over under across against'.split(
    ' ',
  ),
  ...'during while since after before until also still only just already yet now then later earlier ago'.split(
    ' ',
  ),
  ...'times percent cent lost left got made took gave went came saw'.split(' '),
  ...'near behind beside beneath'.split(' '),
  ...'through throughout via within without between beyond despite upon amid amidst along about around toward towards'.split(
    ' ',
  ),
  ...'if unless because although though whether once whereas'.split(' '),
  ...'together apart respectively instead again out enough'.split(' '),
  ...'another others all both either neither such what when where why how'.split(' '),
  ...'them us you it they we he she him her his their our its my your me i'.split(' '),
]);

/**
 * Participles that are no past in -ed ("the record of 1,310 set on Friday", "$4 million spent on roads", "the
 * two held in custody"): read as the participle when no noun and no "of" follows ("one set of keys" is a noun).
 * ("hit" and "won" are left out: "a $2 billion hit to growth", "1,200 South Korean won".)
 */
export const BARE_PARTICIPLES: ReadonlySet<string> = new Set(
  'set seen held sold paid spent built found kept sent bought brought told given taken shown'.split(' '),
);

/** Month names (lower-cased here; capitalised in the text) next to a number make it a date ("12 March", "July 4"). */
export const MONTHS: ReadonlySet<string> = new Set([
  ...'january february march april may june july august september october november december'.split(' '),
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  ...'jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'.split(' '),
]);

/** Words after a number that make it a clock time ("9 a.m.", "8am"). */
export const TIME_OF_DAY: ReadonlySet<string> = new Set([
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'bst',
  'cet',
  'est',
  'edt',
  ...'cst cdt pst pdt mst mdt ist jst'.split(' '),
  'hrs',
  'h',
  "o'clock",
]);

/** Words before a four-digit number that make it a year ("in 2015", "since 1991"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'of',
  'the',
  'early',
  'late',
  'mid',
  'during',
  'before',
  'after',
  'to',
  'between',
  'and',
  'year',
  'fiscal',
]);

/** Words before a number that make it a name or an id ("No. 5", "number 10"); a capitalised word does too. */
export const ID_MARKERS: ReadonlySet<string> = new Set([
  'no.',
  'no',
  'nos.',
  'number',
  'num',
  '#',
  'page',
  'pages',
]);

/**
 * Capitalised words that may stand right before a count (sentence-initial function words, modifiers);
 * any other capitalised word before a number makes it an id ("Flight 4417", "Route 66", "Chapter 11").
 */
export const CAPITALISED_BEFORE_COUNT: ReadonlySet<string> = new Set([
  ...'the a an only just another all of in and but by with for to from when after before since some'.split(
    ' ',
  ),
  ...'about around nearly almost roughly approximately over under more less fewer at up between estimated'.split(
    ' ',
  ),
  ...'as well close upwards no while then so if another its their his her our'.split(' '),
]);

/** Street words after a street's name: a number before the name is its street number ("2134 Caldwell Place"). */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  ...'street st st. avenue ave ave. road rd rd. place pl. drive dr dr. lane ln ln. boulevard blvd blvd.'.split(
    ' ',
  ),
  ...'way court ct ct. terrace square sq. parkway pkwy highway hwy circle crescent close row'.split(' '),
]);

/** Person nouns whose age may follow after a comma ("her grandson, 9,"), like a name does. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...'man woman boy girl son daughter grandson granddaughter wife husband mother father brother sister'.split(
    ' ',
  ),
  ...'friend partner uncle aunt nephew niece cousin child baby teenager widow widower grandmother grandfather'.split(
    ' ',
  ),
]);

/**
 * Words that may follow a bare number whose noun is elided ("129 in Paris", "and 352 wounded", "87 were"): the
 * role words among them.
 */
export const ELISION_FOLLOWERS: ReadonlySet<string> = new Set([
  ...'. , ; : ) in at on from for across near inside outside'.split(' '),
  ...'were was are is had have remain remained'.split(' '),
  ...ROLE_AFTER.keys(),
]);

/**
 * The role words after a count that take an object, so that the count can be their agent ("Two gunmen murdered a
 * guard"): all but the states and "slain", a participle only.
 */
export const TRANSITIVE_ROLES: ReadonlySet<string> = new Set(
  [...ROLE_AFTER.keys()].filter((w) => !['dead', 'died', 'missing', 'slain'].includes(w)),
);

/** Verbs that tie the count after them to a role ("killed 353 people", "arrested seven men"). */
export const ROLE_BEFORE: ReadonlyMap<string, QuantityRole> = new Map([
  ['killed', 'killed'],
  ['killing', 'killed'],
  ['kills', 'killed'],
  ['kill', 'killed'],
  ['murdered', 'killed'],
  ['murdering', 'killed'],
  ['assassinated', 'killed'],
  ['wounded', 'wounded'],
  ['wounding', 'wounded'],
  ['injured', 'injured'],
  ['injuring', 'injured'],
  ['arrested', 'arrested'],
  ['arresting', 'arrested'],
  ['detained', 'detained'],
  ['detaining', 'detained'],
  ['kidnapped', 'kidnapped'],
  ['kidnapping', 'kidnapped'],
  ['abducted', 'kidnapped'],
  ['abducting', 'kidnapped'],
]);

/** Verbs before a count that make it kidnapped with "hostage" or "captive" after it ("took 30 people hostage"). */
export const CAPTIVE_VERBS: ReadonlySet<string> = new Set(
  'take takes took taken taking hold holds held holding'.split(' '),
);
/** The words after the counted noun of such a verb ("holding 17 sailors captive"). */
export const CAPTIVE_WORDS: ReadonlySet<string> = new Set(['hostage', 'captive']);

/** Words skipped between a count and its role word ("were later killed", "are believed to be missing"). */
export const ROLE_SKIP: ReadonlySet<string> = new Set([
  ...'were was are is be been being have has had reported reportedly believed thought feared confirmed'.split(
    ' ',
  ),
  ...'later also still remain remained remains now left to officially seriously critically slightly badly'.split(
    ' ',
  ),
  ...'fatally all allegedly'.split(' '),
]);

/**
 * Phrases after a count that tie it to a role, like a role word does ("were shot dead", "stabbed to death",
 * "lost their lives"); the last word stands where a role word would.
 */
export const ROLE_PHRASES: ReadonlyArray<readonly [readonly string[], QuantityRole]> = [
  [['shot', 'dead'], 'killed'],
  [['shot', 'and', 'killed'], 'killed'],
  [['gunned', 'down'], 'killed'],
  [['found', 'dead'], 'dead'],
  [['burnt', 'alive'], 'killed'],
  [['burned', 'alive'], 'killed'],
  [['taken', 'hostage'], 'kidnapped'],
  [['held', 'hostage'], 'kidnapped'],
  [['taken', 'captive'], 'kidnapped'],
  [['held', 'captive'], 'kidnapped'],
  ...'stabbed beaten hacked burned burnt crushed trampled clubbed stoned bludgeoned strangled shot'
    .split(' ')
    .map((w): readonly [readonly string[], QuantityRole] => [[w, 'to', 'death'], 'killed']),
];

/** Words in -ly that are no adverb, so they are not skipped between a count and its role word. */
export const NOT_ADVERBS: ReadonlySet<string> = new Set(
  'only family ally rally assembly supply july italy reply'.split(' '),
);

/** Prepositions of a place phrase after a counted noun ("106 protesters in 21 cities", "two people in Lima"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'from', 'on']);
/** How many tokens after a count its role word may stand (skipped words included). */
export const ROLE_WINDOW_AFTER = 6;
/** How many tokens before a count "death toll" may stand ("the death toll rose to 64"). */
export const DEATH_TOLL_WINDOW = 6;
/** How far back a sentence-opening role partitive ("Of the dead, 19 were …") reaches, in tokens. */
export const OPENING_PARTITIVE_WINDOW = 16;
/** Ages are whole years in this range ("Abdeslam, 26"); a larger number after a name is something else. */
export const MAX_AGE = 119;
/** Four-digit integers in this range without a comma are read as years unless a plural noun follows. */
export const YEAR_RANGE: readonly [number, number] = [1800, 2100];

/**
 * Words right before an amount or a percentage that make "X to Y" after them a change, not a range ("rose
 * $3 to $88", "up 2% to 5%", "by 46 percent to 42 percent").
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  ...'rose rise rises rising risen fell fall falls falling fallen up down gained gain gains lost lose loses'.split(
    ' ',
  ),
  ...'climbed climbs jumped jumps dropped drops slipped slips added adds increased increases decreased'.split(
    ' ',
  ),
  ...'grew grows cut cuts raised raises lowered lowers by boosted surged soared tumbled plunged declined'.split(
    ' ',
  ),
  ...'declines edged slid sank shed hiked trimmed'.split(' '),
]);

/** Words before "from" that make "from X to Y" a range, not a change ("ranging from 5% to 25%"). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(
  'range ranges ranging ranged anywhere vary varies varying varied available priced costing'.split(' '),
);

/** Denominators of a share written with "in" past one ("two in three", "six in 10", "nine in 100"). */
export const SHARE_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000]);

/** A sentence with at least this many words in capitals … */
export const SHOUTED_MIN_WORDS = 3;
/** … making at least this share of its cased words is written in capitals (wire copy, headlines). */
export const SHOUTED_SHARE = 0.9;
/** Words before four digits that read as a clock time of the 24-hour day ("at 0815", "before 2230"). */
export const MILITARY_TIME_BEFORE: ReadonlySet<string> = new Set(['at', 'before', 'after', 'until', 'till']);
/** Words after such a clock time ("at 2230 last night", "at 1500 on 11 August", "1800 local time"). */
export const MILITARY_TIME_AFTER: ReadonlySet<string> = new Set(
  'last this on local tonight today yesterday hours hrs when and or in'.split(' '),
);
/** Verbs of a level before "at": "closed at 1520" is an index, not a clock time. */
export const LEVEL_VERBS: ReadonlySet<string> = new Set(
  'closed stood ended opened finished traded settled was were is are rose fell stands'.split(' '),
);
/** Words that join two days of one month ("December 7 and 8", "15 to 21 April"). */
export const DAY_JOINERS: ReadonlySet<string> = new Set(['and', 'to', '-', '–', 'or', '&']);
/** Words before a bare "toll" that make it a toll of the dead ("the official toll stands at 783"). */
export const TOLL_BEFORE: ReadonlySet<string> = new Set(['the', 'official', 'overall', 'total', 'final']);
/** Lower-case nouns after which a number names a thing, not a count ("article 282", "class 10", "zone 10"). */
export const ID_NOUNS: ReadonlySet<string> = new Set(
  'article articles section chapter paragraph clause class room flight route zone sector ward platform gate plate plates resolution'.split(
    ' ',
  ),
);
/** Words of approximation between "at" and a clock time ("at approximately 2230"). */
export const TIME_APPROXIMATIONS: ReadonlySet<string> = new Set([
  'approximately',
  'about',
  'around',
  'roughly',
]);
/**
 * Nouns of a death or an abduction before "of" and a count: "the death of 403 people", "the killing of six
 * priests", "the abduction of 12 students".
 */
export const DEATH_OF: ReadonlyMap<string, QuantityRole> = new Map([
  ['death', 'dead'],
  ['deaths', 'dead'],
  ['killing', 'killed'],
  ['killings', 'killed'],
  ['murder', 'killed'],
  ['murders', 'killed'],
  ['massacre', 'killed'],
  ['assassination', 'killed'],
  ['assassinations', 'killed'],
  ['kidnapping', 'kidnapped'],
  ['kidnappings', 'kidnapped'],
  ['abduction', 'kidnapped'],
  ['abductions', 'kidnapped'],
]);
