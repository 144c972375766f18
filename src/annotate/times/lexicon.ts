/**
 * The times layer's lexicons, as data: each table says what it is for. The patterns (patterns.ts) are
 * built from these, so adding a word here adds it to every pattern that uses the table.
 */
import type { Unit } from './calendar.js';

/** Month names and the abbreviations news wires use (AP style "Sept.", "Aug."), lower case → 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names and abbreviations → ISO weekday (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Weekday abbreviations that are also common words: only taken with a trailing period or a date. */
export const AMBIGUOUS_WEEKDAYS: ReadonlySet<string> = new Set([
  'sat',
  'sun',
  'wed',
  'mon',
  'thu',
  'tue',
  'fri',
]);

/** Cardinal number words (written-out counts are the norm in news for one to nine). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Vague quantities: "several years", "a few days" → the TIMEX3 unknown amount X (PXY, PXD). */
export const VAGUE_AMOUNTS: readonly string[] = [
  'several',
  'a few',
  'few',
  'many',
  'some',
  'a couple of',
  'couple of',
  'a number of',
];

/** Ordinals for quarters, halves and days ("the third quarter", "the 17th"). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/**
 * Days of the month as broadcast transcripts spell them ("March eighth", "the fifth of March",
 * "February twenty-third"); the tens joined by a hyphen or a space.
 */
export const DAY_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  ...{ first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 },
  ...{ tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15 },
  ...{ sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30 },
};

/**
 * Duration unit words → the calendar unit and its TIMEX3 duration letter (T marks clock units). Decades
 * and centuries are written in years (P20Y), as TimeBank writes them; a number before the letter multiplies.
 */
export const DURATION_UNITS: Readonly<
  Record<string, { unit: Unit | 'hour' | 'minute' | 'second'; code: string }>
> = {
  second: { unit: 'second', code: 'TS' },
  minute: { unit: 'minute', code: 'TM' },
  hour: { unit: 'hour', code: 'TH' },
  day: { unit: 'day', code: 'D' },
  night: { unit: 'day', code: 'D' },
  week: { unit: 'week', code: 'W' },
  weekend: { unit: 'weekend', code: 'WE' },
  month: { unit: 'month', code: 'M' },
  quarter: { unit: 'quarter', code: 'Q' },
  year: { unit: 'year', code: 'Y' },
  decade: { unit: 'decade', code: '10Y' },
  century: { unit: 'century', code: '100Y' },
};

/** Seasons → TIMEX3 season codes (northern-hemisphere news convention). */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Fixed-date holidays news names without a date: month and day (straight apostrophes; curly ones match too). */
/**
 * Days of market history that business news names without their date ("since Black Monday"): the
 * crashes of 19 October 1987 and 29 October 1929 (not "Black Friday", a shopping day of any year).
 */
export const NAMED_DAYS: Readonly<Record<string, string>> = {
  'black monday': '1987-10-19',
  'black tuesday': '1929-10-29',
};

/** Days of Easter week by their distance from Easter Sunday ("Good Friday" is two days before). */
export const EASTER_DAYS: Readonly<Record<string, number>> = {
  'palm sunday': -7,
  'maundy thursday': -3,
  'holy thursday': -3,
  'good friday': -2,
  'holy saturday': -1,
  'easter sunday': 0,
  'easter monday': 1,
  // The other named days of the Easter cycle (tenth round; each holds a weekday, which triggers its window):
  // Lent opens on Ash Wednesday, Pentecost is seven weeks after Easter.
  'shrove tuesday': -47,
  'ash wednesday': -46,
  'ascension thursday': 39,
  'whit sunday': 49,
  'pentecost sunday': 49,
  'whit monday': 50,
  'trinity sunday': 56,
};

export const HOLIDAYS: Readonly<Record<string, { m: number; d: number }>> = {
  "new year's day": { m: 1, d: 1 },
  "new year's eve": { m: 12, d: 31 },
  'christmas day': { m: 12, d: 25 },
  christmas: { m: 12, d: 25 },
  'christmas eve': { m: 12, d: 24 },
  'independence day': { m: 7, d: 4 },
  "valentine's day": { m: 2, d: 14 },
  halloween: { m: 10, d: 31 },
  // The rest of the fixed-date holidays of English-language news (tenth round; each holds "day" or
  // "night", so the duration unit triggers its window): "May Day" is left out ("on a warm May day").
  'boxing day': { m: 12, d: 26 },
  "st. patrick's day": { m: 3, d: 17 },
  "saint patrick's day": { m: 3, d: 17 },
  'bastille day': { m: 7, d: 14 },
  'veterans day': { m: 11, d: 11 },
  "veterans' day": { m: 11, d: 11 },
  'armistice day': { m: 11, d: 11 },
  'remembrance day': { m: 11, d: 11 },
  "all saints' day": { m: 11, d: 1 },
  'canada day': { m: 7, d: 1 },
  'australia day': { m: 1, d: 26 },
  'anzac day': { m: 4, d: 25 },
  'guy fawkes night': { m: 11, d: 5 },
};

/** Centuries written as ordinal words ("the nineteenth century") → their number. */
export const CENTURY_ORDINALS: Readonly<Record<string, number>> = {
  // (tenth round: the earlier centuries of history pieces, "the twelfth century".)
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

/** Decades in words ("the nineties") → the decade's tens digit in the 1900s. */
export const SPOKEN_DECADES: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Times of day → TIMEX3 part-of-day codes. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/**
 * Parts of day that, after a weekday ("Friday night", "Thursday morning"), TimeBank mostly writes as the
 * plain day (a DATE): 7 of 12 such timexes on the dev split; "Friday evening" keeps its TEV.
 */
export const WEEKDAY_PARTS_AS_DAY: ReadonlySet<string> = new Set(['MO', 'NI']);

/**
 * Vague references to the present, past and future that TIMEX3 writes as *_REF values. Left out as
 * mostly unmarked: the adjective "recent" (4 of 192 in TE3-silver, 4 of 11 on dev) and "soon" (0 of 110
 * in TE3-silver, 2 of 6 on dev). The adjective "current" stays: TimeBank marks it (4 of 9 on dev) though
 * TE3-silver rarely does (11 of 193); leaving it out lowered the held-out total once measured.
 */
export const REF_WORDS: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  recently: 'PAST_REF',
  'the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'in the coming': 'FUTURE_REF',
};

/**
 * "the past", "the present", "the future" as nouns of time. TE3-silver marks "the past" only after "in"
 * (16 of 28 "in the past"; 0 of 10 other uses: "forget the past", "a thing of the past", "the past
 * mayor"; dev: 3 of 3, all "in the past"), and never marks "the future of …" (0 of 16) or "the present"
 * or "the future" before the noun they modify ("the future status", "the present system": 0 of 25;
 * dev has none of either). Before one of these words the phrase is still the noun ("the future that
 * awaits him", "about the future and …"), and "in the future" always is ("may in the future lead").
 */
export const REF_NOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'nor',
  'yet',
  'so',
  'that',
  'which',
  'who',
  'when',
  'where',
  'if',
  'because',
  'as',
  'than',
  'to',
  'from',
  'in',
  'into',
  'at',
  'on',
  'for',
  'with',
  'without',
  'by',
  'about',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'may',
  'might',
  'can',
  'could',
  'should',
  'must',
  'has',
  'had',
  'have',
  'does',
  'did',
  'do',
  'looks',
  'looked',
  'lies',
  'holds',
  'held',
  'seems',
  'remains',
  'belongs',
  'we',
  'i',
  'you',
  'he',
  'she',
  'it',
  'they',
  'there',
  'this',
  'these',
  'those',
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'not',
  'too',
  'also',
  'alone',
  'unless',
  'until',
  'while',
  'after',
  'before',
  'since',
  'though',
  'although',
  'including',
]);

/**
 * Nouns after "today's" that make it the present in general ("today's world", "today's youth"), which
 * TimeBank leaves unmarked, unlike the day's own events ("today's hearing", "today's editions").
 */
export const GENERIC_PRESENT_NOUNS: ReadonlySet<string> = new Set([
  'world',
  'youth',
  'society',
  'generation',
  'young',
  'children',
  'kids',
  'standards',
  'economy',
  'technology',
  'personal',
  'modern',
  'global',
  'consumers',
  'culture',
  'era',
  'age',
]);

/** Labels of numbered things: a four-digit number after one is no year ("Resolution 1441", "Flight 1549"). */
export const NUMBER_LABELS: readonly string[] = [
  'resolution',
  'resolutions',
  'no\\.',
  'nos\\.',
  'number',
  'flight',
  'route',
  'highway',
  'interstate',
  'room',
  'article',
  'chapter',
  'section',
  'paragraph',
  'page',
  'pages',
  'model',
  'channel',
  'bus',
  'train',
  'apartment',
  'suite',
  'boeing',
  'airbus',
];

/** Counted nouns: a four-digit number before one is an amount, not a year ("2000 troops"). */
export const COUNTED_NOUNS: readonly string[] = [
  'people',
  'persons',
  'troops',
  'soldiers',
  'police',
  'policemen',
  'workers',
  'employees',
  'residents',
  'refugees',
  'students',
  'children',
  'families',
  'homes',
  'houses',
  'tons',
  'tonnes',
  'meters',
  'metres',
  'feet',
  'miles',
  'kilometers',
  'kilometres',
  'km',
  'kg',
  'points',
  'votes',
  'seats',
  'jobs',
  'cars',
  'vehicles',
  'shares',
  'barrels',
  'dollars',
  'yuan',
  'euros',
  'yen',
  'rupees',
  'delegates',
  'participants',
  'cases',
  // Scale words and more currencies: "1721 million US dollars", "Rs 1800 crore" are amounts. ("marks" and "won"
  // are verbs too: "1990 marks the anniversary", "in 1992 won the election".)
  'thousand',
  'million',
  'billion',
  'trillion',
  'crore',
  'crores',
  'lakh',
  'lakhs',
  'pounds',
  'francs',
  'pesos',
  'rubles',
  'roubles',
  'dinars',
  'shekels',
];

/** Adverbs of frequency → SET values ("daily" is every day). */
export const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  quarterly: 'P3M',
  annually: 'P1Y',
  yearly: 'P1Y',
};

/** Modifiers of a period → TIMEX3 mod (kept on the item; the value is the period's). */
export const PERIOD_MODS: Readonly<Record<string, string>> = {
  early: 'START',
  'the beginning of': 'START',
  'the start of': 'START',
  'the middle of': 'MID',
  mid: 'MID',
  late: 'END',
  'the end of': 'END',
};

/**
 * Tense cues of a clause. A future cue ("will visit Moscow on Nov 26") sends an underspecified date
 * forward from the anchor; a past cue ("said on Tuesday", "last", "ago") sends it back. The cue nearest
 * the expression in its sentence wins.
 */
export const FUTURE_CUES: readonly string[] = [
  'will',
  'would',
  "'ll",
  '’ll',
  'shall',
  'going to',
  'is to',
  'are to',
  'next',
  'upcoming',
  'tomorrow',
  'planned',
  'set to',
  'set for',
  'plan to',
  'planning',
  'plans',
  'scheduled',
  // ("the summit slated for Thursday", "the bank is poised to cut rates on Thursday".)
  'slated',
  'poised',
  'expected',
  // (Fifteenth round: a forecast for a day, passive or reduced: "more snow was forecast for Friday",
  // "storms predicted for Thursday"; the past of "forecast" takes no "for" before its day.)
  ...['forecast for', 'forecasted for', 'predicted for'],
  // (A present expectation looks ahead: "we expect the water to keep rising until Friday".)
  'expect',
  'expects',
  'intends',
  'as soon as',
  'as early as',
  // ("is due to visit", and "is due in Brussels on Friday".)
  'is due',
  'are due',
  // (Eleventh round: "due" before a place or a purpose without "is", in a participial phrase: "the ship,
  // due in port Saturday, …", "the bill, due for a vote Friday"; "due to" is a cause as often.)
  'due in',
  'due at',
  'due back',
  'due for',
  // (Twenty-third round: "the decision, due on Monday, could …", "the meeting due on Thursday".)
  'due on',
  'possibly',
  'won’t',
  "won't",
  // The tokenizer splits "won't" into "wo" + "n't" ("the striker won't play on Friday").
  "wo n't",
  'wo n’t',
  // The rest of the class (tenth round): a likelihood, an intent, an expectation or a wait in the present
  // ("the talks are likely to resume on Friday", "intend to", "are expecting a vote on Friday", "awaits
  // the ruling on Friday", "the forthcoming vote on Sunday", "is preparing for the vote on Sunday").
  'likely to',
  'unlikely to',
  // ("the company is about to sign a deal on Friday"; "was about to be deported" is a past: no cue.)
  'is about to',
  'are about to',
  'intend',
  'expecting',
  'forthcoming',
  'awaits',
  'awaiting',
  'await',
  'preparing for',
  'prepares for',
  'prepare for',
  // (Bracing and gearing up in the present are preparing: "traders are bracing for more selling Monday";
  // the past dates the bracing as often, "Spain braced for weeks of uncertainty Monday".)
  'bracing for',
  'braces for',
  'brace for',
  'gearing up for',
  // (Eleventh round: a wait in the present, as "awaits": "investors are waiting for Friday's jobs report";
  // "waited for" dates the wait, "after waiting for hours" is past, "a long wait for" a noun.)
  'is waiting for',
  'are waiting for',
  'waits for',
];

/**
 * Modals that put a date ahead only when they come before it ("could fall again on Sunday",
 * "may still arrive on Monday", "should be known by Wednesday"); after the date they belong to a later
 * clause ("on Saturday the crowds could be heard"); before "have" they look back ("could have won on
 * Sunday").
 */
export const MODAL_AHEAD_CUES: readonly string[] = ['could', 'may', 'might', 'should'];

/**
 * Modals of ability and obligation: ahead before the date of an act ("the bids must reach the ministry by
 * Friday", "the plant can't reopen until Friday": "ca" + "n't"; "a Republican who can win in November"),
 * not before a possessive date, a thing's, which is as often past ("can't comment on Monday's report",
 * tense.ts).
 */
export const MODAL_OF_ACT_CUES: readonly string[] = ['must', 'can', 'cannot', 'ca'];

/**
 * A verb of intent in the present, or a plan, before an infinitive and the date, looks ahead ("hopes to
 * reopen the bridge by June", "the teams are supposed to finish by May"); after the date it is another
 * clause's ("on Sunday the cabinet hopes to …").
 */
export const INTENT_AHEAD_CUES: readonly string[] = [
  'supposed to',
  'hopes to',
  'hope to',
  'aims to',
  'seeks to',
  'seek to',
  'intends to',
  'agreement to',
  // The rest of the class (tenth round): other forms of the same verbs, and present verbs of agreeing,
  // proposing, preparing and needing, and adjectives of readiness and certainty ("is keen to sign the deal
  // on Friday", "is certain to face questions on Monday",
  // "the two sides agree to meet again on Monday").
  // ("offers", "pledges", "promises", "vows", "wishes" are left out: nouns as often, "extended their
  // offers to acquire the company Friday"; "want(s) to" before verbs of knowing as often, "if you want to
  // understand Thursday night's debate".)
  // ("threatens to" as far: "as technology threatens to change the industry, it's likely that Friday's
  // agreement …"; a threat to strike or march is a call, CALL_VERBS.)
  ...['hoping to', 'aim to', 'aiming to', 'seeking to', 'intend to', 'intending to', 'agrees to'],
  ...['prepares to', 'preparing to', 'needs to', 'need to', 'proposes to', 'ready to', 'eager to'],
  ...['keen to', 'willing to', 'agree to', 'determined to', 'sure to', 'certain to', 'bound to'],
  // (Eleventh round: forecasts, like "expected to": "the storm is forecast to reach the coast by Thursday";
  // "estimated to" is left out, "is estimated to have died on Sunday".)
  ...['forecast to', 'forecasted to', 'projected to', 'predicted to', 'tipped to'],
];

/**
 * Past verbs of intent look ahead only to a deadline ("pledged to reach the capital by June"): with a
 * plain date a report as often dates the pledge or threat itself ("agreed to merge on Tuesday",
 * "threatened to veto the bill on Monday").
 */
export const INTENT_PAST_CUES: readonly string[] = [
  'pledged to',
  'vowed to',
  'promised to',
  'agreed to',
  'hoped to',
  'aimed to',
  'intended to',
  'threatened to',
  'decided to',
  // (tenth round: "sought to finish by June", "offered to resign by Friday".)
  ...['wanted to', 'sought to', 'offered to', 'proposed to', 'undertook to', 'resolved to', 'wished to'],
  ...['needed to', 'prepared to', 'opted to', 'voted to', 'chose to'],
];

/**
 * Votes and debates set on the calendar, as a regular expression's alternatives: a day right before one of
 * these ("the Nov. 8 election") is the event's day, which the clause's tense moves later than other days
 * (patterns.ts SCHEDULED_AFTER, normalise.ts scheduledFlipDays).
 */
export const SCHEDULED_VOTES: readonly string[] = [
  ...['elections?', 'primary', 'primaries', 'caucus(?:es)?', 'runoff', 'run-off', 'referendum', 'ballot'],
  ...['vote', 'debate', 'showdown', 'contests?'],
];

/**
 * Nouns that "May" or "March" names attributively after a determiner as months ("the March talks", "a March general
 * election", "its May outlook", "the May peace agreement"), as other months are read; not "the May government".
 */
export const MONTH_NAMED_NOUNS: readonly string[] = [
  ...['elections?', 'polls?', 'ballot', 'votes?', 'referendum', 'primary', 'run-?off', 'talks', 'meetings?'],
  ...['summit', 'session', 'conference', 'deadline', 'agreement', 'accord', 'ceasefire', 'truce'],
  ...['accession', 'reports?', 'survey', 'figures', 'data', 'surplus', 'deficit', 'outlook', 'budget'],
  ...['visit', 'trip', 'attacks?', 'bombings?', 'blast', 'offensive', 'earthquake', 'floods?', 'issue'],
  ...['edition', 'curbs'],
];

/**
 * Events a call, an appeal or a vow asks for: right before a date they put it ahead ("called for protests
 * on Saturday", "urged supporters to rally on Sunday", "vowed to march again on Sunday"); nouns and the
 * verbs that name them.
 */
export const CALLED_EVENTS: readonly string[] = [
  ...['protest', 'protests', 'demonstration', 'demonstrations', 'demonstrate', 'rally', 'rallies'],
  ...['march', 'marches', 'strike', 'strikes', 'walkout', 'boycott', 'sit-in', 'vigil', 'hartal'],
  ...['vote', 'elections', 'election', 'referendum', 'talks', 'meeting', 'summit', 'session'],
  ...['funeral', 'prayers', 'gather', 'meet', 'resume', 'mobilise', 'mobilize'],
  // The rest of the class (tenth round): plurals and other events a call asks for ("called for sit-ins
  // on Friday", "urged workers to stage a stoppage on Monday", "urged members to assemble on Sunday").
  ...['sit-ins', 'vigils', 'walkouts', 'boycotts', 'stoppage', 'shutdown', 'blockade', 'picket'],
  ...['pickets', 'gathering', 'votes', 'ballot', 'poll', 'runoff', 'run-off', 'recount', 'plebiscite'],
  ...['meetings', 'sessions', 'negotiations', 'conference', 'hearing', 'mobilisation', 'mobilization'],
  ...['assemble', 'converge', 'convene', 'reconvene', 'funerals', 'prayer', 'holiday', 'holidays'],
];

/**
 * Verbs of calling, urging and vowing: before an event they ask for, and its date, they look ahead
 * ("called for", "urged … to", "appealed for", "vowed to"); the date then is the event's, not the call's
 * (the call's comes before the verb or right after it: "urged Russia on Friday to …").
 */
export const CALL_VERBS: readonly string[] = [
  ...['called', 'calls', 'call', 'calling', 'urged', 'urges', 'urge', 'urging', 'appealed', 'appeals'],
  ...['vowed', 'vows', 'pledged', 'pledges', 'threatened', 'threatens'],
  // (tenth round: the other forms, and verbs of urging: "appealing for calm before the rally on Sunday",
  // "exhorted supporters to march on Friday".)
  ...['appeal', 'appealing', 'vow', 'vowing', 'pledge', 'pledging', 'threaten', 'threatening'],
  ...['exhorted', 'exhorts', 'implored', 'implores'],
  // (Fifteenth round: an invitation to an event, "has invited party leaders to a meeting on Thursday".)
  ...['invited', 'invites', 'invite', 'inviting'],
  // Only before "for" and the date ("announced a general strike for Monday"; "announced the referendum on
  // Monday", "demanded a recount of the vote on Sunday" date the announcement, tense.ts). "asked" is left
  // out ("asked about the summit on Friday").
  ...['announced', 'announces', 'demanded', 'demands'],
  // (tenth round: "declared a public holiday for Friday", "organised a march for Sunday"; also only before
  // "for": "declared a state of emergency on Sunday" dates the declaring.)
  ...['declared', 'declares', 'organised', 'organized', 'organises', 'organizes'],
];

/**
 * Verbs of putting off: before "until"/"till"/"to" and a date, the date is where the thing put off now
 * stands, still to come ("the trial was adjourned until Monday", "the vote was extended until Monday",
 * "postponed to March"; a past clause all the same).
 */
export const PUT_OFF_VERBS: readonly string[] = [
  ...['adjourned', 'adjourns', 'adjourn', 'postponed', 'postpones', 'postpone', 'delayed', 'delays'],
  ...['deferred', 'defers', 'extended', 'extends', 'extend', 'suspended', 'suspends', 'recessed'],
  ...['rescheduled', 'off', 'back'],
  // The rest of the class (tenth round): the other forms, halting ("trading was halted until Monday"), and
  // remanding in custody or on bail until a hearing ("the court remanded him in custody until Monday").
  ...['adjourning', 'postponing', 'delaying', 'delay', 'deferring', 'defer', 'extending', 'suspending'],
  ...['suspend', 'recesses', 'recess', 'reschedules', 'reschedule', 'rescheduling', 'prolonged'],
  ...['prolongs', 'prolong', 'remanded', 'remands', 'remand', 'bailed', 'halted', 'halts', 'halt'],
  // (Eleventh round: moving a date, only before "to"/"until" and the new one: "the vote was moved from
  // Tuesday to Friday", "the final was shifted to Sunday".)
  ...['moved', 'moves', 'move', 'moving', 'shifted', 'shifts', 'shift', 'switched'],
];

/**
 * Verbs of asking and ordering, whose object comes before the infinitive ("asked Congress to act by
 * Friday", "ordered the army to withdraw by Sunday"): like the past verbs of intent, ahead only to a
 * deadline.
 */
export const REQUEST_CUES: readonly string[] = [
  ...['asked', 'urged', 'told', 'ordered', 'instructed', 'directed', 'pressed', 'gave', 'given'],
  ...['required', 'called', 'invited', 'allowed'],
  // The rest of the class (tenth round): the present forms, and warnings, advice, requests and leave
  // ("warned residents to leave by Sunday", "the court orders the firm to pay by Friday").
  ...['asks', 'urges', 'tells', 'orders', 'instructs', 'directs', 'presses', 'gives', 'requires'],
  ...['invites', 'allows', 'warned', 'warns', 'advised', 'advises', 'requested', 'requests'],
  ...['commanded', 'authorized', 'authorised', 'permitted', 'challenged', 'pressured', 'forced'],
];

/** Words before a date that make it a deadline ("by June", "before March"). */
export const DEADLINE_WORDS: readonly string[] = ['by', 'before', 'until', 'till'];

/** Words after "to" that make it a preposition, not an infinitive ("agreed to a ceasefire"). */
export const NOT_INFINITIVE: readonly string[] = [
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  // The rest of the class (tenth round): quantifiers, numbers and object pronouns ("agreed to all the
  // demands by Friday", "agreed to both", "pledged to them").
  ...['all', 'some', 'any', 'each', 'every', 'no', 'both', 'several', 'many', 'more', 'most', 'such'],
  ...['another', 'one', 'two', 'three', 'four', 'five', 'it', 'them', 'him', 'us', 'me', 'what'],
];

/**
 * Verbs in the present that put a date ahead when they come before it ("the summit opens Monday",
 * "she travels to Rome on Friday"); only those rarely read as nouns ("visits", "heads", "hosts" are
 * left out), and only before the date (after it they belong to another clause).
 */
export const PRESENT_FUTURE_CUES: readonly string[] = [
  'meets',
  'meet',
  'opens',
  'open',
  'begins',
  'begin',
  'starts',
  'start',
  'resumes',
  'resume',
  'arrives',
  'arrive',
  'leaves',
  'leave',
  'travels',
  'travel',
  'flies',
  // An end or a coming into force ("the meeting ends Sunday", "the ban takes effect on Monday", "the
  // deadline expires Friday"); "end", "close", "return" are left out as nouns ("at the close on Friday"),
  // "expire" as an infinitive after a past ("had been due to expire Friday evening").
  'ends',
  'closes',
  'concludes',
  'takes',
  'expires',
  // A show on the schedule ("the film premieres Friday"); fixtures that are also nouns ("play", "holds")
  // are below; "visit", "host", "face(s)" only before a name, after a subject (tense.ts: "Rovers host
  // Halden", not "radio host Bill Smith", "faces charges over the crash on Saturday").
  ...'premieres airs debuts'.split(' '),
  // The rest of the class (tenth round): verbs of a schedule that are rarely nouns ("the plant reopens on
  // Monday", "the festival lasts until Sunday", "the court convenes", "Muslims gather in Mecca on
  // Friday").
  ...['reopens', 'commences', 'attends', 'competes', 'lasts', 'gathers', 'adjourns', 'recesses', 'performs'],
  // Third persons that are no nouns need no subject before them ("the secretary of state testifies on
  // Tuesday", "the jury deliberates on Friday"; the base forms, after "to" as often, do: below).
  ...['hears', 'testifies', 'convenes', 'reconvenes', 'departs', 'speaks', 'decides', 'considers'],
  ...['unveils', 'sits', 'appears', 'celebrates', 'elects', 'deliberates'],
];
/**
 * Present verbs that are also nouns ("the Senate votes Tuesday" / "the votes on Tuesday", "Albright heads
 * to Europe on Saturday" / "heads of state"): they look ahead before a weekday only when the word before
 * them cannot lead a noun (not a determiner, a number, a preposition or an adjective of quantity).
 */
export const PRESENT_FUTURE_NOUN_CUES: readonly string[] = [
  ...['goes', 'go', 'returns', 'signs', 'heads', 'votes', 'vote', 'holds', 'hold'],
  ...['continues', 'continue', 'plays', 'play', 'testify', 'convene', 'depart', 'tours'],
  ...['addresses', 'decide'],
  // ("launches" left out: "after two failed launches on Friday"; "kicks" only before "off", tense.ts.)
  ...['rules', 'debates', 'kicks', 'wraps', 'resume'],
  // The rest of the class (tenth round): base forms of the verbs above that are rarely nouns, after a
  // plural subject ("the judges hear the case on Monday", "the leaders fly to Rome on Friday"), and other
  // verbs of a schedule that are also nouns ("the exhibition runs until Sunday", "Tyson fights Holyfield
  // on Saturday"; "tees" and "kick" only before "off", "get(s)" before "under way", "head" before a
  // direction, "appear" not before "to": tense.ts). Left out: base forms that are frequent nouns, since a
  // noun after a determiner and an adjective reads as a subject ("a televised address Friday", "its
  // European close on Tuesday", "his Cup debut on Monday", "a clear sign on Friday", "a street fight on
  // Sunday night": address, close, end, sign, return, rule, debate, stage, race, air, debut, premiere,
  // tour, fight; "head" but before a direction), and plurals that name places or results ("the tribal
  // lands", "the docks", "prison sentences", "top-ten finishes").
  // (Base forms after "to" are no schedule: "had been scheduled to attend the event, but on Thursday …".)
  ...['reopen', 'attend', 'compete', 'gather'],
  ...['hear', 'speak', 'consider', 'unveil', 'wrap', 'reconvene', 'fly', 'take', 'sits', 'sit'],
  ...['appear', 'runs', 'fights', 'elect', 'celebrate', 'tees', 'kick', 'head', 'get'],
  // (A deadline's end, like "expires": "the deadline passes at midnight Friday", "the mandate lapses".)
  ...['passes', 'lapses'],
  'gets',
];

/**
 * Base forms of verbs of a schedule that are frequent nouns: ahead only after a lower-case plural or a
 * plural pronoun ("the talks end Friday", "the two leaders sign the treaty on Friday", "troops return home
 * on Sunday", "markets close early on Friday"; not "a clear sign on Friday", "its European close on
 * Tuesday", "a triumphant return on Friday", tense.ts).
 */
export const PRESENT_FUTURE_PLURAL_CUES: readonly string[] = [
  ...['end', 'close', 'sign', 'return', 'rule', 'debate', 'address', 'tour', 'stage', 'perform'],
  // ("workers walk out on Monday"; "walk" and "walks" only before "out" or "off", tense.ts.)
  ...['walk', 'walks'],
  // ("the options expire on Friday", "the warrants expire in May": after a plural subject, not after "to",
  // "had been due to expire Friday evening".)
  'expire',
];

/** Words after which a present verb that is also a noun is the noun ("the votes", "two visits", "of heads"). */
export const NOUN_LEADS: ReadonlySet<string> = new Set([
  ...['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those'],
  ...['that', 'any', 'some', 'no', 'all', 'both', 'each', 'every', 'many', 'more', 'most', 'several'],
  ...['two', 'three', 'four', 'five', 'of', 'for', 'in', 'on', 'with', 'by', 'at', 'from', 'to', 'and'],
  ...['or', 'first', 'last', 'next', 'new', 'final', 'further', "'s", '’s', 'will', 'would', 'could'],
  ...['did', 'does', 'do', "n't", 'n’t', 'not', 'may', 'might', 'should', 'must', 'can', 'to'],
  // The rest of the class (tenth round): number words, the other prepositions, and the common adjectives of
  // news nouns, which after a determiner read as a subject ("said the key votes Monday were close").
  ...['six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'few', 'such', 'whose', 'other', 'same', 'only'],
  ...['about', 'after', 'before', 'over', 'under', 'into', 'against', 'during', 'between', 'among'],
  ...['without', 'through', 'key', 'crucial', 'major', 'main', 'latest', 'recent', 'previous', 'second'],
  ...['third', 'early', 'late', 'big', 'important', 'decisive', 'critical', 'public', 'local', 'national'],
  ...['general', 'special', 'regular', 'annual', 'weekly', 'daily', 'official', 'formal', 'informal'],
  ...['joint', 'separate', 'preliminary', 'initial', 'opening', 'closing'],
]);

export const PAST_CUES: readonly string[] = [
  'was',
  'were',
  'had',
  'did',
  'said',
  'told',
  'ago',
  'last',
  'yesterday',
  'earlier',
  'since',
  'began',
  'took',
  'made',
  'came',
  'went',
  'met',
  'left',
  'held',
  'fell',
  'rose',
  'won',
  'lost',
  'saw',
  'gave',
  'got',
  'paid',
  'sold',
  'bought',
  'hit',
  'struck',
  'killed',
  // Irregular past forms (no -ed to catch them by).
  'brought',
  'found',
  'became',
  'thought',
  'felt',
  'kept',
  'led',
  'ran',
  'sent',
  'spent',
  'stood',
  'wrote',
  'chose',
  'fought',
  'grew',
  'knew',
  'spoke',
  'sought',
  'caught',
  'built',
  'fled',
  'shot',
  'withdrew',
  'swore',
  'drew',
  'threw',
  'broke',
  'forgot',
  'arose',
  // The rest of the common irregular past forms, by vowel class (tenth round). Left out: forms that are
  // also the base or a frequent present, noun or name ("read", "put", "cut", "let", "cost", "spread", "bent",
  // "beat", "forecast", "lay", "bit", "slew", "spat", "wound", "bound", "ground", "dove", "Lent", "the
  // Fed"), "woke" (an adjective now), "meant" ("meant to open on Monday" is a plan), "hung" ("a hung
  // parliament").
  ...['flew', 'blew', 'outgrew', 'overthrew', 'overdrew'],
  ...['drove', 'rode', 'strode', 'strove', 'stole', 'froze', 'wove', 'shone', 'overrode'],
  ...['tore', 'wore', 'bore', 'ate', 'forgave', 'forbade', 'foresaw', 'oversaw'],
  ...['sank', 'sang', 'rang', 'drank', 'shrank', 'sprang', 'stank', 'swam', 'overran', 'outran'],
  ...['clung', 'flung', 'stung', 'swung', 'strung', 'wrung', 'dug', 'stuck', 'spun'],
  ...['sat', 'hid', 'slid', 'lit', 'sped', 'bled', 'misled', 'heard', 'overheard'],
  ...['upheld', 'withheld', 'beheld', 'withstood', 'understood', 'overcame', 'underwent', 'overtook'],
  ...['undertook', 'mistook', 'shook', 'forsook', 'rebuilt', 'dealt', 'dwelt', 'knelt'],
  ...['swept', 'slept', 'wept', 'crept', 'leapt', 'laid', 'taught'],
  // Irregular past participles, which like an -ed word open a reduced relative or follow "has" ("the
  // suspects, taken into custody on Sunday, will …", "sworn in on Monday"; after a present or infinitive
  // "be" no past: tense.ts). Left out: "given" (a preposition), "known", "done", "seen", and the
  // adjectives "frozen", "hidden", "drunk", "mistaken", "forbidden", "stricken", "proven".
  ...['begun', 'taken', 'gone', 'shown', 'written', 'spoken', 'broken', 'chosen', 'driven', 'flown'],
  ...['grown', 'thrown', 'drawn', 'fallen', 'risen', 'stolen', 'forgotten', 'eaten', 'ridden', 'sworn'],
  ...['torn', 'worn', 'sunk', 'shrunk', 'withdrawn', 'overthrown', 'undergone', 'undertaken', 'overtaken'],
  ...['forgiven', 'arisen', 'beaten', 'bitten', 'slain'],
  // Regular past forms too short for the -ed rule of tense.ts ("died on Monday", "sued in March").
  ...['died', 'tied', 'sued', 'owed', 'eyed', 'vied', 'lied', 'axed', 'used'],
  // "set" after "set to", "set for" (future cues, matched first): "a record set on Aug. 6".
  'set',
];

/** Words ending in -ed that are not past-tense verbs (so not past cues). */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need',
  'speed',
  'feed',
  'seed',
  'bed',
  'red',
  'hundred',
  'united',
  'limited',
  'based',
  'related',
  'proposed',
  'expected',
  'scheduled',
  'planned',
  'set to',
  'indeed',
  'weed',
  'shed',
  'bred',
  // Nouns and base verbs in -ed or -eed (tenth round: "to stop the bloodshed by Friday").
  ...['hatred', 'kindred', 'bloodshed', 'watershed', 'hotbed', 'seabed', 'riverbed', 'deathbed', 'sickbed'],
  ...['creed', 'greed', 'deed', 'misdeed', 'steed', 'tweed', 'breed', 'proceed', 'succeed', 'exceed'],
  ...['embed', 'shred', 'sled', 'bobsled', 'infrared'],
  // Adjectives that are no verb's past ("the tribe's sacred council", "armed men", "talented players").
  ...['naked', 'sacred', 'wicked', 'rugged', 'crooked', 'wretched', 'ragged', 'jagged', 'beloved'],
  ...['talented', 'skilled', 'bearded', 'hooded', 'masked', 'armed', 'so-called'],
  // Adjectives in un- of a participle, with no verb ("will leave rates unchanged on Thursday"; verbs in
  // un- such as "unveiled", "uncovered", "unleashed" stay past).
  ...['unchanged', 'unprecedented', 'unidentified', 'unnamed', 'undisclosed', 'unspecified', 'unexpected'],
  ...['unarmed', 'unemployed', 'unrelated', 'unlimited', 'unscheduled', 'unconfirmed', 'unopposed'],
  ...['unresolved', 'undecided', 'unprovoked', 'unmanned', 'unwanted', 'unaffected', 'unharmed'],
  ...['unscathed', 'unfounded', 'unwarranted', 'unsolved', 'unexplained', 'unprotected', 'unauthorized'],
  ...['unauthorised', 'uninsured', 'unlicensed', 'unregistered', 'unoccupied', 'unfinished'],
]);

/** Determiners before an -ed word make it an adjective ("the affected provinces"), not a past verb. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  // The rest of the class (tenth round; "this" and "that" are left out: also pronouns and conjunctions,
  // ", said that the vote …").
  ...['my', 'your', 'these', 'those', 'every', 'each', 'another'],
]);

/** Words between a subject and its verb ("Japan on Saturday also indicated"): the -ed word is a verb. */
export const VERB_LEADS: ReadonlySet<string> = new Set([
  'also',
  'then',
  'later',
  'still',
  'already',
  'never',
  'not',
  'has',
  'have',
  'had',
  'was',
  'were',
  'and',
]);
