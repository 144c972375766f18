/**
 * The tense of the clause around a time expression, from simple cues: "will", "would", "going to",
 * "next" look forward; past-tense verbs, "said", "last", "ago" look back. The cue nearest the
 * expression (in tokens, within its sentence) decides; reporting verbs ("said") weigh less, because
 * they frame the whole sentence rather than the clause the date sits in.
 */
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';
import {
  CALL_VERBS,
  CALLED_EVENTS,
  FUTURE_CUES,
  DEADLINE_WORDS,
  DETERMINERS,
  VERB_LEADS,
  INTENT_AHEAD_CUES,
  INTENT_PAST_CUES,
  MODAL_AHEAD_CUES,
  MODAL_OF_ACT_CUES,
  MONTHS,
  NOT_INFINITIVE,
  NOT_PAST_ED,
  PAST_CUES,
  PRESENT_FUTURE_CUES,
  PUT_OFF_VERBS,
  REQUEST_CUES,
  PRESENT_FUTURE_NOUN_CUES,
  PRESENT_FUTURE_PLURAL_CUES,
  NOUN_LEADS,
  WEEKDAYS,
} from './lexicon.js';

export type Tense = 'past' | 'future' | 'none';

const FUTURE_ONE = new Set(FUTURE_CUES.filter((c) => !c.includes(' ')));
/** Multi-word future cues by their first word ("going" → ["to"], "as" → ["soon", "as"]). */
const FUTURE_MANY: ReadonlyMap<string, string[][]> = (() => {
  const m = new Map<string, string[][]>();
  for (const c of FUTURE_CUES.filter((x) => x.includes(' '))) {
    const [head, ...rest] = c.split(' ');
    m.set(head!, [...(m.get(head!) ?? []), rest]);
  }
  return m;
})();
const PAST = new Set(PAST_CUES);
const PRESENT_AHEAD = new Set(PRESENT_FUTURE_CUES);
const PRESENT_AHEAD_NOUN = new Set(PRESENT_FUTURE_NOUN_CUES);
/**
 * A present verb before a weekday: one of the verbs rarely read as nouns, or a verb that is also a noun
 * after a word that cannot lead a noun ("the Senate votes Tuesday", not "the votes Tuesday").
 */
const isPresentAhead = (tokens: readonly Token[], i: number, from: number, first: number): boolean => {
  const w = tokens[i]!.lower;
  // "the start of the season on Saturday", "on leave until Friday", "its open day": after a determiner
  // the word is a noun.
  if (PRESENT_AHEAD.has(w))
    return !DETERMINERS.has(tokens[i - 1]?.lower ?? '') && !nounAfterAdjective(tokens, i);
  if (PRESENT_AHEAD_PLURAL.has(w)) return pluralSubjectBefore(tokens, i, from);
  return PRESENT_AHEAD_NOUN.has(w) && subjectBefore(tokens, i, from, first);
};
const PRESENT_AHEAD_PLURAL = new Set(PRESENT_FUTURE_PLURAL_CUES);

/**
 * Whether a base form is a noun after a determiner and a word that is no plural subject ("had a shaky
 * start Monday", "an early start on Friday"; not "the talks start Monday", "the two sides meet Friday").
 */
const nounAfterAdjective = (tokens: readonly Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  const w = tokens[i]!.lower;
  if (w.endsWith('s') || prev === undefined || prev.kind !== 'word' || prev.shape.charCodeAt(0) !== 120)
    return false;
  if (!DETERMINERS.has(tokens[i - 2]?.lower ?? '')) return false;
  return !endsLikePlural(prev.lower);
};
/** Whether a word ends as a plural noun does ("talks", "sides"; not "press", "famous"). */
const endsLikePlural = (w: string): boolean => w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('ous');

/**
 * Whether a base form that is also a frequent noun has a plural subject right before it: a lower-case
 * plural ("the talks end Friday", "the two leaders sign the treaty") or a plural pronoun; not an adjective
 * or a name inside the sentence ("a clear sign on Friday", "its European close on Tuesday").
 */
function pluralSubjectBefore(tokens: readonly Token[], i: number, from: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || i - 1 < from) return false;
  if (PLURAL_PRONOUNS.has(prev.lower)) return true;
  const w = prev.lower;
  // (A capitalised plural only as the sentence's first word: "Workers walk out on Monday".)
  return (
    prev.kind === 'word' &&
    (prev.shape.startsWith('x') || i - 1 === from) &&
    w.length > 3 &&
    endsLikePlural(w) &&
    !NOUN_LEADS.has(w)
  );
}
const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'who']);

/**
 * Whether the word before a present verb that is also a noun ends its subject, so the word is the verb:
 * a name inside the sentence ("the Senate votes Tuesday"), a plural ("the two sides hold talks"), a
 * pronoun, a relative pronoun or a comma, a noun after a determiner ("the team plays"); a capitalised
 * word opening the sentence only when the verb has an object ("Wisconsin holds its primary Tuesday", not
 * "Republican votes Monday sank …"). Not after a word that leads a noun, a past verb or an adjective
 * ("the votes", "carried signs Tuesday", "heated debates Monday").
 */
function subjectBefore(tokens: readonly Token[], i: number, from: number, first: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || i - 1 < from || NOUN_LEADS.has(prev.lower) || /^\d/.test(prev.lower))
    return false;
  if (SUBJECT_ENDS.has(prev.lower) || PRONOUNS.has(prev.lower)) return true;
  if (prev.shape.startsWith('X')) return i - 1 > from || (i + 1 < first && !OPENING_ADVERBS.has(prev.lower));
  if (prev.kind !== 'word') return false;
  if (prev.lower.endsWith('s') && !prev.lower.endsWith('ss') && prev.lower.length > 3) return true;
  // "the team plays", "the committee votes": a singular noun after a determiner is a subject only of a
  // third person; before a base form it is a noun's modifier ("an impeachment vote in September", "a budget
  // vote in May").
  if (!tokens[i]!.lower.endsWith('s')) return false;
  return DETERMINERS.has(tokens[i - 2]?.lower ?? '');
}
/**
 * Capitalised words that open a sentence without being its subject: before a base form they make an
 * imperative or a question ("Now consider the visit on Saturday", "So hear this"), not a name's verb.
 */
const OPENING_ADVERBS: ReadonlySet<string> = new Set([
  ...['now', 'then', 'so', 'also', 'still', 'today', 'here', 'there', 'again', 'just', 'please', 'first'],
  ...['next', 'finally', 'instead', 'meanwhile', 'and', 'but', 'or', 'yet', 'let', 'why', 'how', 'when'],
]);
/** What may close a subject besides a name or a plural (", who …, host", "which faces"). */
const SUBJECT_ENDS = new Set([',', 'who', 'which', 'that']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const MODAL_AHEAD = new Set(MODAL_AHEAD_CUES);
/** Verbs of intent by their first word ("hopes" → "to"). */
const INTENT_AHEAD: ReadonlySet<string> = new Set(INTENT_AHEAD_CUES.map((c) => c.split(' ')[0]!));
/** Past verbs of intent by their first word ("pledged" → "to"): ahead only to a deadline. */
const INTENT_PAST: ReadonlySet<string> = new Set(INTENT_PAST_CUES.map((c) => c.split(' ')[0]!));
const DEADLINE: ReadonlySet<string> = new Set(DEADLINE_WORDS);
/** Past auxiliaries that a following future cue turns forward ("were planning to", "was scheduled to"). */
const NOT_INFINITIVE_WORDS: ReadonlySet<string> = new Set(NOT_INFINITIVE);
/** Whether the word after a "to" reads as an infinitive: a lower-case word that is not a noun-like one. */
const isInfinitive = (next: Token | undefined): boolean =>
  next !== undefined &&
  next.kind === 'word' &&
  next.shape.charCodeAt(0) === 120 &&
  !NOT_INFINITIVE_WORDS.has(next.lower);
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'had']);
/** Words before "expected" that make it a comparison ("than expected", "as expected"). */
const COMPARED: ReadonlySet<string> = new Set(['than', 'as']);
/**
 * Words of a plan or a forecast that after "than"/"as" make a comparison, no cue ("the vote went ahead as
 * planned on Sunday", "opened earlier than scheduled on Monday").
 */
const COMPARED_PLANS: ReadonlySet<string> = new Set([
  ...['expected', 'planned', 'scheduled', 'anticipated', 'forecast', 'predicted', 'feared', 'hoped'],
  ...['promised', 'intended', 'agreed', 'announced', 'required', 'usual', 'before'],
]);
/** Reporting verbs: a cue, but a weak one (extra distance in tokens). */
const REPORTING = new Set([
  ...['said', 'told', 'says', 'say', 'reported', 'announced', 'added'],
  // The rest of the class (tenth round): verbs that tag a report as "said" does (", the minister stressed",
  // "noted on Monday that …").
  ...['stated', 'noted', 'declared', 'confirmed', 'explained', 'insisted', 'claimed', 'stressed'],
  ...['argued', 'warned', 'asserted', 'emphasized', 'emphasised', 'admitted', 'acknowledged', 'wrote'],
]);
/**
 * Reporting verbs in -ing, whose reported clause has its own tense: before the date ("announcing on Tuesday she
 * would run …"), and after it ("wrapped up the talks Tuesday by announcing they would cut …").
 */
const REPORTING_ING: ReadonlySet<string> = new Set([
  ...['saying', 'announcing', 'adding', 'noting', 'warning', 'stating', 'declaring', 'insisting', 'claiming'],
  ...[
    'arguing',
    'confirming',
    'reporting',
    'telling',
    'explaining',
    'stressing',
    'acknowledging',
    'admitting',
  ],
]);
const REPORTING_PENALTY = 3;
/**
 * Reporting verbs with an object before their date ("told reporters Tuesday he would fly …"): next to the
 * date but for one word, still its verb (eleventh round).
 */
const TELLING: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'telling']);
/** Words that open a new clause after the expression: cues beyond them belong to that clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...['that', 'which', 'who'],
  // (Eleventh round: an indirect question or a condition after the date: "would say Monday whether the
  // talks would go on", "asked Tuesday if the plant would reopen".)
  ...['whether', 'if'],
  // (Nineteenth round: an indirect question after a noun, "a query on Friday about why she would …".)
  ...['how', 'why', 'what'],
]);
/** Prepositions before a fronted date ("and on Sunday, …"). */
const PREPOSITIONS_OF_DAY: ReadonlySet<string> = new Set(['on', 'in', 'at', 'by', 'since', 'during']);
/** Conjunctions that, before an auxiliary, open a coordinated clause ("… Sunday and will be buried …"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
/** Cue verbs that after "and"/"but" open a verb phrase of their own ("… and plans more cuts"). */
const COORDINATED_VERBS: ReadonlySet<string> = new Set([
  ...['plans', 'plan', 'expects', 'expect', 'intends', 'hopes', 'aims', 'seeks', 'said', 'says', 'told'],
]);
/** Auxiliaries and modals that open a verb phrase of their own after "and", "but". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...['will', 'would', "'ll", '’ll', 'shall', 'could', 'may', 'might', 'should', 'must', 'can'],
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had'],
  // (tenth round: the split "won't" and "can't", "wo" + "n't" and "ca" + "n't", and "do"-support:
  // "grounded its fleet on Tuesday and won't resume flights until Monday".)
  ...['wo', 'ca', 'cannot', 'did', 'does', 'do'],
]);
/** Present forms of "do" before a denied "expect" ("does not expect", "don't expect"): still ahead. */
const PRESENT_DO: ReadonlySet<string> = new Set(['does', 'do']);
/** Words before "expect" that make it no look ahead ("did not expect", "never expected"). */
const NOT_EXPECTING: ReadonlySet<string> = new Set([
  ...['not', "n't", 'n’t', 'never', 'did', 'had', "didn't", 'didn’t'],
]);
/**
 * Words before an infinitive: they make "last" the verb ("to last", "will last"), not the adjective of
 * "last week", and a past form that is also the base form no past ("would hit the coast by Wednesday",
 * "plans to cut jobs", "will set up").
 */
const VERB_LEADS_LAST: ReadonlySet<string> = new Set([
  'cannot',
  'to',
  'will',
  'would',
  'could',
  'may',
  'might',
  'can',
  'should',
  'must',
  'shall',
  "'ll",
  '’ll',
]);
/** Past cues that are no verbs, so no infinitive after "to" ("compared to yesterday's close"). */
const NOT_VERBS: ReadonlySet<string> = new Set(['ago', 'last', 'yesterday', 'earlier', 'since']);
const CALL: ReadonlySet<string> = new Set(CALL_VERBS);
const CALLED: ReadonlySet<string> = new Set(CALLED_EVENTS);
/** How far before the event a call verb is looked for ("urged its supporters across the country to rally"). */
const CALL_REACH = 8;

/**
 * Whether the expression at `first` dates an event that a call or a vow before it asks for ("called for
 * protests on Saturday", "urged supporters to rally on Sunday", "vowed to march again on Sunday",
 * "announced a general strike for Monday"): the event is still to come. The call verb must come before
 * the event with no date between ("urged Russia on Friday to meet": Friday is the call's), "call" only
 * as "call(ed) for" or "call(ed) on … to".
 */
function calledEventAhead(tokens: readonly Token[], from: number, first: number): boolean {
  let j = first - 1;
  const prep = tokens[j]?.lower;
  if (prep === 'on' || prep === 'for') j--;
  if (tokens[j]?.lower === 'again') j--;
  if (j < from || !CALLED.has(tokens[j]!.lower)) return false;
  for (let i = j - 1; i >= Math.max(from, j - CALL_REACH); i--) {
    const w = tokens[i]!.lower;
    if (w === ',' || w === ';' || w === 'said' || w === 'says') return false;
    // "called for calm after the rally on Sunday", "urged residents who attended the rally on Sunday":
    // the event is another one, past.
    if (CALL_BREAKS.has(w)) return false;
    if (!CALL.has(w)) continue;
    // "had called for protests on Saturday": a call whose event has come.
    if (tokens[i - 1]?.lower === 'had') return false;
    if (CALL_ONLY_FOR.has(w)) return prep === 'for';
    if (w.startsWith('call')) return tokens[i + 1]?.lower === 'for' || tokens[i + 1]?.lower === 'on';
    return true;
  }
  return false;
}
/** How far before the expression the infinitive's "to" of a dated decision is looked for. */
const DECIDED_REACH = 8;
/** Words of a day that can date a decision before its infinitive ("voted on Friday to …"). */
const DECISION_DAYS: ReadonlySet<string> = new Set([
  ...Object.keys(WEEKDAYS).filter((w) => w.length > 3),
  ...['yesterday', 'today', 'tonight'],
]);
/**
 * Whether the expression dates the act of an infinitive after a past verb that has a day of its own ("voted
 * on Friday to return to work on Monday", "agreed yesterday to resume talks on Tuesday"): the decision is
 * dated, so the later day is the act's, still to come. No comma or clause opener between.
 */
function decidedAhead(tokens: readonly Token[], from: number, first: number): boolean {
  for (let k = first - 2; k >= Math.max(from + 2, first - DECIDED_REACH); k--) {
    const w = tokens[k]!.lower;
    if (w === ',' || w === ';' || CLAUSE_OPENERS.has(w)) return false;
    if (w !== 'to' || !isInfinitive(tokens[k + 1]) || !DECISION_DAYS.has(tokens[k - 1]!.lower)) continue;
    const verb = tokens[k - 2]!.lower === 'on' ? k - 3 : k - 2;
    return verb >= from && cueOf(tokens, verb) === 'past' && !REPORTING.has(tokens[verb]!.lower);
  }
  return false;
}
/**
 * Whether the expression at [start, end) of the sentence dates the act of a decision that has a day of its
 * own (decidedAhead): a weekday then is the first such day after the decision's ("voted on Friday to end the
 * strike on Monday" in a Wednesday story is two days ago).
 */
export function datesDecidedAct(
  tokens: readonly Token[],
  sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'> | undefined,
  start: number,
): boolean {
  const from = sentence?.tokenStart ?? 0;
  return decidedAhead(tokens, from, tokenAt(tokens, start, from, sentence?.tokenEnd ?? tokens.length));
}
/** Verbs of calling that look ahead only to a date after "for" ("announced a strike for Monday"). */
const CALL_ONLY_FOR: ReadonlySet<string> = new Set([
  ...['announced', 'announces', 'demanded', 'demands'],
  ...['declared', 'declares', 'organised', 'organized', 'organises', 'organizes'],
]);
/** Words between a call and an event that make the event another one than the call's. */
const CALL_BREAKS: ReadonlySet<string> = new Set([
  ...['after', 'into', 'of', 'at', 'who', 'which', 'that'],
  // (tenth round: "called for calm following the rally on Sunday", "since the vote", "during the march".)
  ...['following', 'since', 'during', 'over', 'against', 'whose'],
]);

const PUT_OFF: ReadonlySet<string> = new Set(PUT_OFF_VERBS);
/**
 * Prepositions after a verb of putting off that name the new date ("adjourned until Monday", "extended through
 * March").
 */
const PUT_OFF_TO: ReadonlySet<string> = new Set(['until', 'till', 'to', 'through']);
/** Verbs before "off" and "back" that put a thing off ("put off", "pushed back", "set back"). */
const PUT: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);
const PUSHED: ReadonlySet<string> = new Set(['pushed', 'pushes', 'pushing', 'put', 'puts', 'putting']);
const verbBefore = (tokens: readonly Token[], i: number, verbs: ReadonlySet<string>): boolean =>
  [1, 2, 3].some((k) => verbs.has(tokens[i - k]?.lower ?? ''));
/** How far before "until" the verb of putting off is looked for ("adjourned the trial of the six until"). */
const PUT_OFF_REACH = 6;

/**
 * Whether the expression at `first` is the new date of something put off ("was adjourned until Monday",
 * "extended the vote until Monday", "delayed at least until Saturday", "postponed to March", "put off
 * until Thursday"): still to come, whatever the tense of the verb. "off" and "back" count only after
 * "put" and "pushed".
 */
function putOffAhead(tokens: readonly Token[], from: number, first: number): boolean {
  let j = first - 1;
  if (!PUT_OFF_TO.has(tokens[j]?.lower ?? '')) return false;
  if (tokens[j - 1]?.lower === 'least' && tokens[j - 2]?.lower === 'at') j -= 2;
  for (let i = j - 1; i >= Math.max(from, j - PUT_OFF_REACH); i--) {
    const w = tokens[i]!.lower;
    if (w === ',' || w === ';' || w === 'said' || w === 'says') return false;
    if (!PUT_OFF.has(w)) continue;
    // "put off", "put the vote off", "pushed it back": the verb up to two words before its particle.
    if (w === 'off') return verbBefore(tokens, i, PUT);
    if (w === 'back') return verbBefore(tokens, i, PUSHED);
    return true;
  }
  return false;
}

/** Verbs that give or hold a deadline ("gave the rebels until Saturday to …", "have until Friday to …"). */
const DEADLINE_GIVERS: ReadonlySet<string> = new Set([
  ...['give', 'gives', 'gave', 'given', 'giving', 'has', 'have', 'had', 'having'],
  // (tenth round: "granted the bank until Friday to find a buyer".)
  ...['grant', 'grants', 'granted', 'granting'],
]);
/** How far before "until" such a verb is looked for (its object between: "gave the two rebel groups until"). */
const DEADLINE_GIVER_REACH = 5;

/** Whether a token is a month's name ("June", "Sept."; "May" only capitalised, else the modal). */
const isMonthWord = (t: Token): boolean =>
  MONTHS[t.lower] !== undefined && (t.lower !== 'may' || t.shape.charCodeAt(0) === 88);

/** Whether a weekday is among the expression's tokens ("Tuesday", "9 a.m. Tuesday"). */
function namesWeekday(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (WEEKDAYS[tokens[k]!.lower] !== undefined) return true;
  return false;
}

/**
 * Whether the expression is a deadline given for an act ("has given the relatives until 9 a.m. Tuesday to
 * sign", "gave the government until Friday to sack …", "have until Thursday to cast their ballots", "gave the
 * board till June to act"): "until", "till" or "through" before it, an infinitive after it; the deadline is still
 * ahead.
 * Weekdays and bare months only: a month and day can be a deadline long past ("a resolution which gave Iran
 * until August 31 to …").
 */
function deadlineToAct(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.lower;
  if (before !== 'until' && before !== 'till' && before !== 'through') return false;
  if (tokens[last + 1]?.lower !== 'to') return false;
  // A deadline someone has or is given ("gave … until", "have until"), not a stay ("stayed until
  // Thursday to help").
  let given = false;
  for (let k = first - 2; k >= Math.max(0, first - 2 - DEADLINE_GIVER_REACH); k--)
    if (DEADLINE_GIVERS.has(tokens[k]!.lower)) given = true;
  if (!given) return false;
  return isInfinitive(tokens[last + 2]);
}

/** Cues farther than this many tokens from the expression are ignored. */
const MAX_DISTANCE = 14;

/** Present verbs before "effect"/"force" ("takes effect", "goes into effect", "comes into force"). */
const INTO_FORCE_VERBS: ReadonlySet<string> = new Set([
  'takes',
  'take',
  'goes',
  'go',
  'comes',
  'come',
  'enters',
  'enter',
]);

/** Present forms of "become" before "effective"/"law": a coming into force. */
const BECOMES: ReadonlySet<string> = new Set(['becomes', 'become']);

/** Whether "effect"/"force" at i closes a present coming into force ("takes effect", "goes into force"). */
function comingIntoForce(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  if (prev === 'into') return INTO_FORCE_VERBS.has(tokens[i - 2]?.lower ?? '');
  return tokens[i]!.lower === 'effect' && (prev === 'takes' || prev === 'take');
}

/** Participles of a plan or an expectation ("scheduled for", "set to", "expected"). */
const PLAN_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['scheduled', 'set', 'planned', 'expected', 'slated', 'due', 'supposed', 'intended', 'meant'],
]);
/** Words before a plan's participle that make it a former plan (eleventh round). */
const FORMER_PLAN: ReadonlySet<string> = new Set(['originally', 'initially', 'previously']);
const formerPlan = (tokens: readonly Token[], i: number): boolean =>
  FORMER_PLAN.has(tokens[i - 1]?.lower ?? '') && PLAN_PARTICIPLES.has(tokens[i]!.lower);
/** What follows "plans" as a noun when they look ahead ("their plans for Monday", "its plans to vote"). */
const PLAN_OBJECT = new Set(['for', 'to']);

function cueOf(tokens: readonly Token[], i: number): Tense {
  const w = tokens[i]!.lower;
  // (Speed: most words are in no list of cues; only their ending is left to read.)
  return CUE_WORDS.has(w) ? listedCue(tokens, i, w) : pastByEnding(tokens, i, w);
}

/** Participles of a forecast that look ahead before "for" only after a form of "be" ("was forecast for"). */
const FORECAST_FOR: ReadonlySet<string> = new Set(['forecast', 'forecasted', 'predicted']);
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/**
 * Where the determiner of "plans" at i is, when they are a noun: right before them, or before one lower-case word
 * naming them ("its plans", "his expansion plans"); -1 when none.
 */
function planDeterminer(tokens: readonly Token[], i: number): number {
  if (DETERMINERS.has(tokens[i - 1]?.lower ?? '')) return i - 1;
  const named = tokens[i - 1];
  return named !== undefined &&
    named.shape.charCodeAt(0) === 120 &&
    DETERMINERS.has(tokens[i - 2]?.lower ?? '')
    ? i - 2
    : -1;
}
/** Prepositions after the noun "plans" that open no plan's content ("its plans after the debate"). */
const NOT_PLANNED: ReadonlySet<string> = new Set(['after', 'before', 'following', 'since', 'during', 'amid']);

/** The cue of a word `w` at i that is in `CUE_WORDS`. */
function listedCue(tokens: readonly Token[], i: number, w: string): Tense {
  // "more than expected", "as expected": a comparison, no plan ahead.
  if (COMPARED_PLANS.has(w) && COMPARED.has(tokens[i - 1]?.lower ?? '')) return 'none';
  // "next to the embassy": a preposition of place, not "next week".
  if (w === 'next' && tokens[i + 1]?.lower === 'to') return 'none';
  // "did not expect the attack on Monday": a denied expectation looks nowhere.
  // ("doesn't expect to report a profit until March": a present denial still looks ahead.)
  if (
    (w === 'expect' || w === 'expects') &&
    NOT_EXPECTING.has(tokens[i - 1]?.lower ?? '') &&
    !PRESENT_DO.has(tokens[i - 2]?.lower ?? '')
  )
    return 'none';
  // "expected to last until Friday", "will last": the verb, not "last week".
  if (w === 'last' && VERB_LEADS_LAST.has(tokens[i - 1]?.lower ?? '')) return 'none';
  // "the rule takes effect in July", "goes into effect on Jan. 1", "comes into force": a present coming
  // into force looks ahead for any date ("took effect", "went into effect" stay past by their verbs).
  if ((w === 'effect' || w === 'force') && comingIntoForce(tokens, i)) return 'future';
  // "the law becomes effective on Monday", "the bill becomes law on Friday" (not "became law").
  if ((w === 'effective' || w === 'law') && BECOMES.has(tokens[i - 1]?.lower ?? '')) return 'future';
  // "unveiled its plans at Monday's show": plans a past verb has shown look ahead only to what they are
  // for ("its plans for a strike on Monday"; "its plans include a vote on Monday" look ahead). A word may
  // name the plans between ("dropped its expansion plans in May").
  // ("rethought its travel plans after the storm on Sunday": a noun the date does not follow.)
  if (w === 'plans' && !PLAN_OBJECT.has(tokens[i + 1]?.lower ?? '')) {
    const d = planDeterminer(tokens, i);
    if (
      d >= 0 &&
      ((d >= 1 && cueOf(tokens, d - 1) === 'past') || NOT_PLANNED.has(tokens[i + 1]?.lower ?? ''))
    )
      return 'none';
  }
  // "was forecast for Friday" looks ahead; "the storm predicted for Sunday never arrived" is a noun's
  // participle, no cue of the clause.
  if (FORECAST_FOR.has(w) && tokens[i + 1]?.lower === 'for' && !BE_FORMS.has(tokens[i - 1]?.lower ?? ''))
    return 'none';
  // "Saturday would have been his birthday", "the vote would have passed Tuesday": a past that did not happen.
  // ("would have trouble", "would have to leave" look ahead.)
  if (w === 'would' && wouldHaveDone(tokens, afterNegation(tokens, i + 1))) return 'past';
  // "originally set for Tuesday", "initially scheduled for Monday": a former plan, no look ahead.
  if (FUTURE_ONE.has(w)) return formerPlan(tokens, i) ? 'none' : 'future';
  const tails = FUTURE_MANY.get(w);
  if (tails?.some((tail) => tail.every((x, k) => tokens[i + 1 + k]?.lower === x)))
    return formerPlan(tokens, i) ? 'none' : 'future';
  if (PAST.has(w)) {
    // "were planning", "was scheduled", "had planned": a past auxiliary before a future cue looks ahead.
    if (PAST_AUXILIARIES.has(w))
      return i + 1 < tokens.length && cueOf(tokens, i + 1) === 'future' ? 'future' : 'past';
    // "will fix the broken pipe by Friday", "the stolen car", "the left": after a determiner an irregular
    // past form is an adjective or a noun, as an -ed word is.
    const lead = tokens[i - 1]?.lower ?? '';
    if (presentPassive(tokens, i) || (PASSIVE_INFINITIVE_AHEAD && passiveInfinitive(tokens, i)))
      return 'future';
    return afterBe(tokens, i) ||
      (!NOT_VERBS.has(w) && (VERB_LEADS_LAST.has(lead) || adjectiveAfterDeterminer(tokens, i)))
      ? 'none'
      : 'past';
  }
  return pastByEnding(tokens, i, w);
}
/** Every word some rule of `cueOf` names, besides the ending in -ed. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...COMPARED_PLANS,
  ...['next', 'expect', 'expects', 'last', 'effect', 'force', 'effective', 'law', 'plans'],
  ...FUTURE_ONE,
  ...FUTURE_MANY.keys(),
  ...PAST,
]);

/** The cue of a word `w` at i that no list names: past for a verb in -ed. */
function pastByEnding(tokens: readonly Token[], i: number, w: string): Tense {
  if (SAME_PAST_BASE.has(w) && singularThenObject(tokens, i)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && /^[a-z]+$/.test(w)) {
    if (presentPassive(tokens, i) || (PASSIVE_INFINITIVE_AHEAD && passiveInfinitive(tokens, i)))
      return 'future';
    return afterBe(tokens, i) ||
      adjectiveAfterDeterminer(tokens, i) ||
      adjectiveAfterPreposition(tokens, i) ||
      isName(tokens, i)
      ? 'none'
      : 'past';
  }
  return 'none';
}

/** Prepositions no past verb follows: an -ed word after one is an adjective ("with increased funding"). */
const ADJECTIVE_LEADS: ReadonlySet<string> = new Set(
  'of for with from into about without amid despite among under over in on at'.split(' '),
);
/** Gerunds before an -ed word that make it a past participle, not an adjective ("having closed", "being sued"). */
const PARTICIPLE_GERUNDS: ReadonlySet<string> = new Set(['having', 'being', 'getting']);
/** Words before a gerund that make it a verb's form, not a noun that may be a subject ("the fighting ended"). */
const GERUND_LEADS: ReadonlySet<string> = new Set([
  ...ADJECTIVE_LEADS,
  ...['by', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'keep', 'keeps', 'kept', 'start', 'started'],
]);
/**
 * An -ed word right after a preposition, or after a gerund that a preposition or an auxiliary leads, is an adjective
 * of the noun after it ("demand for improved roads", "help in meeting increased demand in the winter"), no past verb
 * ("the fighting continued" keeps its verb: a gerund after a determiner may be the subject).
 */
function adjectiveAfterPreposition(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.kind !== 'word') return false;
  const w = prev.lower;
  if (ADJECTIVE_LEADS.has(w)) return true;
  return (
    w.length > 5 &&
    w.endsWith('ing') &&
    prev.shape.charCodeAt(0) === 120 &&
    !PARTICIPLE_GERUNDS.has(w) &&
    GERUND_LEADS.has(tokens[i - 2]?.lower ?? '')
  );
}

/**
 * A past form after a determiner is an adjective or a noun ("the affected provinces", "the stolen car", "the
 * left"), not a past verb; but after "those" with an adjunct it is the pronoun's reduced relative ("those
 * killed on Saturday", "those held since May"), past.
 */
function adjectiveAfterDeterminer(tokens: readonly Token[], i: number): boolean {
  const lead = tokens[i - 1]?.lower ?? '';
  return DETERMINERS.has(lead) && !(lead === 'those' && PARTICIPLE_ADJUNCT.has(tokens[i + 1]?.lower ?? ''));
}
/**
 * Whether a past verb at i is the verb of the date at `first` by what stands between: "on" or "in" ("a truce
 * signed on Sunday", "the deal agreed in July"), a particle or an adverb and "on" ("talks that broke down on
 * Friday", "markets that opened lower on Monday"), or a phrase of place and "on" ("a man detained in Brussels
 * on Sunday", "aid promised at the summit on Thursday"). Its distance is then one, as a verb's right before
 * its date.
 */
function pastVerbOfDay(tokens: readonly Token[], i: number, first: number): boolean {
  const prep = tokens[first - 1]?.lower;
  if ((prep !== 'on' && prep !== 'in') || i >= first - 1) return false;
  if (i === first - 2) return true;
  if (prep !== 'on' || i < first - 3 - MAX_PLACE_WORDS) return false;
  if (i === first - 3 && VERB_PARTICLES.has(tokens[first - 2]!.lower)) return true;
  if (!PLACE_PREPOSITIONS.has(tokens[i + 1]!.lower) || i + 2 >= first - 1) return false;
  // (The place's words: a name, or a noun phrase with no verb of its own, "the summit", "an army base".)
  for (let k = i + 2; k < first - 1; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || AUXILIARIES.has(t.lower) || cueOf(tokens, k) !== 'none') return false;
  }
  return true;
}
/** Prepositions of place between a verb and the "on" of its day, and how many words of the place may follow. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside']);
const MAX_PLACE_WORDS = 3;
/** Particles and adverbs between a verb and "on" before its day ("broke down on Friday", "closed higher on Monday"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(
  'down up out off back away over lower higher again here there home'.split(' '),
);
/** Words that open an adjunct after a participle. */
const PARTICIPLE_ADJUNCT: ReadonlySet<string> = new Set('on in at during since last earlier'.split(' '));

/**
 * A past form that is a base form too, between a singular subject and its object ("the bank cut its rate in May",
 * "Iraq hit the city on Monday", "he set a record on Sunday"): a present would end in -s.
 */
function singularThenObject(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before === undefined || after === undefined) return false;
  if (!DETERMINERS.has(after.lower) && !POSSESSIVE_DETERMINERS.has(after.lower)) return false;
  const b = before.lower;
  if (SINGULAR_PRONOUNS.has(b)) return true;
  if (before.kind !== 'word' || b.endsWith('s') || NOT_SUBJECT_BEFORE_PAST.has(b)) return false;
  // A name ("Iraq", "Exxon", "Exxon Corp.").
  if (isCapitalised(before)) return tokens[i - 2]?.kind !== 'word' || isCapitalised(tokens[i - 2]);
  // A noun after a determiner and up to two lower-case words ("the bank", "the central bank").
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)) return true;
    if (t.kind !== 'word' || t.shape.charCodeAt(0) !== 120 || NOT_SUBJECT_BEFORE_PAST.has(t.lower))
      return false;
  }
  return false;
}
const isCapitalised = (t: Token | undefined): boolean => t !== undefined && t.shape.charCodeAt(0) === 88;
/** Words before a base form that make it no past ("to cut", "will cut", "not cut", "budget cut"). */
const NOT_SUBJECT_BEFORE_PAST: ReadonlySet<string> = new Set([
  ...['to', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'not', "n't", 'did'],
  ...['does', 'do', 'and', 'or', 'i', 'you', 'we', 'they', 'who', 'that', 'which', 'never', 'also'],
]);

/**
 * A capitalised word after another word is a name ("Sheikh Mohammed", "Prince Ahmed", "Alfred"), not a
 * verb in -ed; a sentence's first word can be either.
 */
const isName = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.shape.startsWith('X') && tokens[i - 1]?.kind === 'word';

/**
 * A lower-case modal ("could", "may", "might", "should"; the month "May" is capitalised), not before
 * "have" ("might have been on Sunday" looks back).
 */
const isModalAhead = (tokens: readonly Token[], i: number, first: number, last: number): boolean =>
  tokens[i]!.shape.charCodeAt(0) === 120 &&
  // "could not be reached for comment on Tuesday", "couldn't land on Tuesday": a denied ability is as
  // often past (eleventh round).
  !(tokens[i]!.lower === 'could' && NEGATIONS.has(tokens[i + 1]?.lower ?? '')) &&
  (MODAL_AHEAD.has(tokens[i]!.lower) ||
    (MODAL_OF_ACT.has(tokens[i]!.lower) && !datesThing(tokens, first, last))) &&
  // ("must have the plant cleaned by Friday": "have" and an object is a causative, ahead; "can't have known on
  // Monday", "could not have won on Sunday": a perfect, behind.)
  !perfectAt(tokens, afterNegation(tokens, i + 1));
/**
 * Whether "have" at j opens a perfect, not a causative with its object ("must have the plant cleaned") nor a
 * possession whose object came before ("any impact the leak may have in November").
 */
const perfectAt = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]?.lower === 'have' &&
  !DETERMINERS.has(tokens[j + 1]?.lower ?? '') &&
  !ROLE_WORDS.has(tokens[j + 1]?.lower ?? '');
/** Whether "have" at j opens a perfect with its participle ("have been", "have passed", "have won"). */
const wouldHaveDone = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]?.lower === 'have' &&
  (tokens[j + 1]?.lower === 'been' || (j + 1 < tokens.length && cueOf(tokens, j + 1) === 'past'));
/** The index of the first token from j on that is no negation ("not", "n't", "never"). */
const afterNegation = (tokens: readonly Token[], j: number): number =>
  NEGATIONS.has(tokens[j]?.lower ?? '') ? j + 1 : j;
const MODAL_OF_ACT: ReadonlySet<string> = new Set(MODAL_OF_ACT_CUES);
/**
 * Whether the expression dates a thing rather than an act: a possessive ("can't comment on Monday's
 * report", "must digest Monday's fall"). (A noun after a determiner is no sign: "can clinch the title on
 * Sunday" is the act's date, "cannot confirm reports of a shooting on Sunday" a thing's.)
 */
const datesThing = (tokens: readonly Token[], first: number, last: number): boolean =>
  !DEADLINE.has(tokens[first - 1]?.lower ?? '') &&
  (POSSESSIVE.has(tokens[last + 1]?.lower ?? '') || datesOwnedNoun(tokens, first));
/**
 * Whether the expression follows a noun after a possessive ("cannot accept the minister's assertion
 * Tuesday night", "can't trust his promise Monday"): a said or done thing's date (eleventh round).
 */
const datesOwnedNoun = (tokens: readonly Token[], first: number): boolean => {
  const noun = tokens[first - 1];
  if (noun === undefined || noun.kind !== 'word' || noun.shape.charCodeAt(0) !== 120) return false;
  const owner = tokens[first - 2]?.lower ?? '';
  return POSSESSIVE.has(owner) || owner === "'" || owner === '’' || POSSESSIVE_DETERMINERS.has(owner);
};
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);
/**
 * A verb of intent before an infinitive ("hopes to reopen"; a past one, "pledged to reach", only when the
 * date is a deadline: "by June"); not after was/were/had (a plan that failed), nor when "to" is a
 * preposition ("agreed to a truce": a determiner, a number or a name follows).
 */
const isIntentAhead = (tokens: readonly Token[], i: number, first: number): boolean => {
  const w = tokens[i]!.lower;
  if (!INTENT_AHEAD.has(w) && !(INTENT_PAST.has(w) && DEADLINE.has(tokens[first - 1]?.lower ?? '')))
    return false;
  if (tokens[i + 1]?.lower !== 'to' || PAST_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) return false;
  return isInfinitive(tokens[i + 2]);
};

const REQUEST: ReadonlySet<string> = new Set(REQUEST_CUES);
/** How many words of an object may stand between a verb of asking and its "to" ("asked the two sides to"). */
const REQUEST_OBJECT_REACH = 4;

/**
 * A verb of asking or ordering, its object, then an infinitive, before a deadline ("asked Congress to act
 * by Friday", "gave Iraq until Saturday to respond" is not one: no infinitive before the date): the
 * deadline is ahead. "called" only as "called on".
 */
function isRequestAhead(tokens: readonly Token[], i: number, first: number): boolean {
  const w = tokens[i]!.lower;
  if (!REQUEST.has(w) || !DEADLINE.has(tokens[first - 1]?.lower ?? '')) return false;
  let j = i + 1;
  if (w === 'called') {
    if (tokens[j]?.lower !== 'on') return false;
    j++;
  }
  for (const end = Math.min(first - 1, j + REQUEST_OBJECT_REACH + 1); j < end; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' && t.lower !== "'s") return false;
    if (t.lower !== 'to') continue;
    return isInfinitive(tokens[j + 1]);
  }
  return false;
}

/** "ahead of", "the run-up to" … before a date: the event named is still to come. */
const LEADING_UP: ReadonlyMap<string, string> = new Map([
  ['ahead', 'of'],
  ['run-up', 'to'],
  ['lead-up', 'to'],
  // (tenth round: "on the eve of Sunday's vote", "the build-up to Saturday's final", "the countdown to".)
  ['eve', 'of'],
  ['build-up', 'to'],
  ['buildup', 'to'],
  ['countdown', 'to'],
]);
/** What follows "ahead of" when it is no event ahead ("ahead of schedule", "ahead of expectations"). */
const NOT_AN_EVENT: ReadonlySet<string> = new Set([
  'schedule',
  'time',
  'expectations',
  'estimates',
  'forecasts',
]);

/** Whether tokens[i] opens "ahead of …", "the run-up to …" (naming an event still to come). */
function leadsUpTo(tokens: readonly Token[], i: number): boolean {
  const next = LEADING_UP.get(tokens[i]!.lower);
  return next !== undefined && tokens[i + 1]?.lower === next && !NOT_AN_EVENT.has(tokens[i + 2]?.lower ?? '');
}

/**
 * Forms of "be", and present linking verbs, before which a participle is a passive or an adjective in
 * the present or future, not the past ("will be signed", "the road will stay closed until Friday").
 */
const BE_NOT_PAST: ReadonlySet<string> = new Set([
  ...['be', 'is', 'are', 'am', 'being'],
  ...['stay', 'stays', 'remain', 'remains', 'seem', 'seems', 'become', 'becomes', 'get', 'gets'],
]);

/**
 * A present passive ("when the case is heard in May", "elections are held on July 20"): a schedule ahead;
 * not one of knowing, saying or a state ("is thought dead after the crash on Sunday", "is reported
 * missing", "is located near the border").
 */
const presentPassive = (tokens: readonly Token[], i: number): boolean =>
  PRESENT_BE.has(tokens[i - 1]?.lower ?? '') && !STATIVE_PARTICIPLES.has(tokens[i]!.lower);
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am']);
const STATIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['said', 'thought', 'believed', 'known', 'reported', 'feared', 'alleged', 'presumed', 'considered'],
  ...['seen', 'understood', 'rumoured', 'rumored', 'estimated', 'suspected', 'accused', 'charged'],
  ...['located', 'owned', 'married', 'named', 'called', 'involved', 'concerned', 'used'],
  ...['listed', 'designed', 'worried', 'convinced', 'satisfied', 'pleased', 'interested', 'committed'],
  ...['injured', 'wounded', 'killed', 'missing', 'detained', 'jailed', 'banned', 'allowed', 'forced'],
  // A caption's or a document's ("She is pictured with her son on Sunday", "The letter is dated Monday").
  ...['pictured', 'shown', 'photographed', 'depicted', 'dated', 'quoted', 'based', 'titled', 'headlined'],
  ...['filmed'],
]);
/**
 * A passive infinitive ("the notes, to be sold Tuesday, …", "the election, to be held on Sunday"): a
 * schedule ahead (eleventh round); not after a verb of seeming or saying ("is said to be held"), nor after
 * a past verb ("asked to be released Monday") or a past auxiliary.
 */
const passiveInfinitive = (tokens: readonly Token[], i: number): boolean => {
  if (tokens[i - 1]?.lower !== 'be' || tokens[i - 2]?.lower !== 'to' || i < 3) return false;
  const lead = tokens[i - 3]!.lower;
  return !STATIVE_PARTICIPLES.has(lead) && !SEEMING.has(lead) && cueOf(tokens, i - 3) !== 'past';
};
/**
 * On (thirteenth session): right in context every time over TE3-silver (10 of 10: "the summit, to be held on
 * Thursday", "an interview to be published on Wednesday", "the accords due to be signed Tuesday") though
 * TIPSem's silver values put those days a week back; the silver floor was lowered for it (0.7058 -> 0.7052).
 */
const PASSIVE_INFINITIVE_AHEAD = true;
const SEEMING: ReadonlySet<string> = new Set([
  ...['seems', 'seem', 'seemed', 'appears', 'appear', 'appeared', 'ought', 'used', 'was', 'were', 'had'],
]);
/** Auxiliaries before "have" that make a participle after it a future perfect. */
const FUTURE_PERFECT: ReadonlySet<string> = new Set(['will', "'ll", '’ll', 'shall']);
/** Prepositions before "being" + a participle that put it in the past ("after being arrested"). */
const PAST_GERUND_LEADS: ReadonlySet<string> = new Set(['after', 'since']);

/**
 * Whether the participle at i follows a present or infinitive "be" ("will be signed", "to be formally
 * set up", "elections are held on July 20"), or "will have": a passive or a perfect whose tense is not the
 * past.
 */
function afterBe(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower;
  if (prev === undefined) return false;
  // "after being arrested on Tuesday", "since being freed": a gerund after a preposition of time is past.
  if (prev === 'being' && PAST_GERUND_LEADS.has(tokens[i - 2]?.lower ?? '')) return false;
  if (BE_NOT_PAST.has(prev)) return true;
  // "will have withdrawn by Friday": a future perfect ("would have won on Sunday" stays past).
  if (prev === 'have' && FUTURE_PERFECT.has(tokens[i - 2]?.lower ?? '')) return true;
  return prev.length > 3 && prev.endsWith('ly') && BE_NOT_PAST.has(tokens[i - 2]?.lower ?? '');
}

/**
 * An -ed word no lexicon lists, right after a word that does not lead into a verb (an adverb, an
 * auxiliary): likely a participle in a noun phrase ("markets untouched by the crisis").
 */
function isParticipleAfterNoun(tokens: readonly Token[], i: number): boolean {
  if (PAST.has(tokens[i]!.lower)) return false;
  const prev = tokens[i - 1]!;
  return prev.kind === 'word' && !VERB_LEADS.has(prev.lower) && !prev.lower.endsWith('ly');
}

/** Verbs that after "to" or a modal take an object and a participle ("to have power restored"). */
const CAUSATIVES: ReadonlySet<string> = new Set(['have', 'get', 'got']);
/** Present verbs of wishing before an object and a participle ("wants the bridge reopened by Saturday"). */
const WISHES: ReadonlySet<string> = new Set(['want', 'wants', 'need', 'needs']);
/** How many words of an object may stand between "have"/"get" and the participle ("to have all flights restored"). */
const CAUSATIVE_OBJECT_REACH = 4;

/**
 * The tense of a past form at i that is the participle of an infinitive's perfect or causative, no past verb
 * (eleventh round): 'none' after "to have" or "to get" and an object ("hope to have power restored by the
 * weekend", "expect to get the line repaired Sunday"), or "to have" right before it when the date is a
 * deadline ("expected to have finished by Friday"; "is believed to have died on Sunday" stays past);
 * 'future' after a present wish and an object ("wants the streets cleared by Friday"); else undefined.
 */
function participleOfInfinitive(tokens: readonly Token[], i: number, first: number): Tense | undefined {
  // ("others who want to ban abortion said Monday's …": a verb of saying is the clause's own.)
  if (REPORTING.has(tokens[i]!.lower)) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 1 - CAUSATIVE_OBJECT_REACH); k--) {
    const w = tokens[k]!.lower;
    // "the mayor wants the streets cleared by Friday": a present wish for a state to come.
    if (WISHES.has(w)) return k < i - 1 ? 'future' : undefined;
    if (CAUSATIVES.has(w)) {
      if (!VERB_LEADS_LAST.has(tokens[k - 1]?.lower ?? '')) return undefined;
      return k < i - 1 || (w === 'have' && DEADLINE.has(tokens[first - 1]?.lower ?? '')) ? 'none' : undefined;
    }
    if (tokens[k]!.kind !== 'word' || CAUSATIVE_BREAKS.has(w)) return undefined;
  }
  return undefined;
}
/** Words that end the object of a causative "have": a clause or a verb of its own. */
const CAUSATIVE_BREAKS: ReadonlySet<string> = new Set([
  ...['and', 'or', 'but', 'that', 'which', 'who', 'when', 'to'],
  // ("must have been killed on Sunday", "is said to have been arrested Monday": a perfect passive, past.)
  ...['been', 'be', 'being'],
]);

/**
 * Conjunctions of time and condition whose present tense speaks of the future ("after all the votes are
 * counted Tuesday", "if the talks fail Monday", "unless Congress acts by Friday").
 */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  ...['if', 'unless', 'once', 'until', 'till', 'when', 'whenever', 'before', 'after'],
]);
/** Words that open a clause fronted before the main one ("If …, ", "Asked whether …, "). */
const FRONTING: ReadonlySet<string> = new Set([
  ...SUBORDINATORS,
  ...['while', 'although', 'though', 'because', 'asked'],
]);
/** Whether the sentence opens with a fronted clause (FRONTING) that holds the expression at `first`: no comma between. */
function frontedClause(tokens: readonly Token[], from: number, first: number): boolean {
  if (!FRONTING.has(tokens[from]!.lower)) return false;
  for (let k = from + 1; k < first; k++) if (tokens[k]!.lower === ',') return false;
  return true;
}
/** Past forms that are also base forms, which no tense table lists ("after the bank cut rates Tuesday"). */
const SAME_PAST_BASE: ReadonlySet<string> = new Set([
  ...['cut', 'put', 'set', 'hit', 'let', 'cost', 'quit', 'shut', 'spread', 'bid', 'beat', 'read', 'hurt'],
  ...['split', 'cast', 'burst', 'upset', 'bet', 'shed', 'slit', 'thrust', 'broadcast', 'forecast'],
]);
/**
 * Verbs of a state or of the mind, whose present is no event ahead ("If you want to understand Thursday
 * night's debate, …", "if one looks at Monday's figures").
 */
const STATE_VERBS: ReadonlySet<string> = new Set([
  ...['want', 'wants', 'need', 'needs', 'like', 'likes', 'think', 'thinks', 'know', 'knows', 'believe'],
  ...['believes', 'look', 'looks', 'mean', 'means', 'wish', 'wishes', 'see', 'sees', 'remember'],
  ...['remembers', 'recall', 'recalls', 'consider', 'considers', 'understand', 'understands', 'doubt'],
]);
/**
 * A present progressive before the date, the verb's own ("Mr. Jones, who is retiring in June", "the
 * ministers are meeting on Friday"): a plan ahead; not when the date follows a noun of its object ("are
 * investigating the attack on Sunday").
 */
const presentProgressive = (tokens: readonly Token[], i: number, first: number, last: number): boolean => {
  const w = tokens[i]!.lower;
  if (w.length < 6 || !w.endsWith('ing') || !PRESENT_BE.has(tokens[i - 1]?.lower ?? '')) return false;
  // ("is heading to Russia after winning the trophy Friday": a date after "after" is an earlier event's.)
  for (let k = i + 1; k < first; k++) if (EARLIER_EVENT.has(tokens[k]!.lower)) return false;
  // ("is coming off a strong debate Thursday night": an event just behind; "switch off" is no such.)
  if (tokens[i + 1]?.lower === 'off') return false;
  return !datesNoun(tokens, first) && !datesPastThing(tokens, i, first, last);
};
/**
 * Whether the date is a thing's rather than the cue verb's own adverbial (review of the eleventh round): a
 * possessive date ("is recovering from Sunday's crash", "Police to probe Sunday's crash"), a date after a noun
 * a possessive owns ("are seizing on Clinton's comments Tuesday"), or a date on the thing of a preposition that
 * looks back between the verb and it ("is recovering from the crash on Sunday", "in the wake of her Sunday
 * crisis"; not a place's, "is returning from Asia on Friday"; not "of": "a game with Sfaxien of Tunisia on
 * Saturday", nor "over"/"about": "is moving over to the ministry in January"); not an event held on its day
 * ("is running in Tuesday's primary").
 */
const datesPastThing = (tokens: readonly Token[], i: number, first: number, last: number): boolean => {
  // (The event noun may come after adjectives or a place: "Tuesday's California primary".)
  if (POSSESSIVE.has(tokens[last + 1]?.lower ?? '')) return !heldAfterPossessive(tokens, last);
  if (datesOwnedNoun(tokens, first)) return !heldEvent(tokens[first - 1]);
  for (let k = i + 1; k < first; k++)
    if (LOOKING_BACK.has(tokens[k]!.lower)) return datesLowerNoun(tokens, first);
  return false;
};
/**
 * Whether the date follows a lower-case noun (past "on"/"in"/"at") or a possessive determiner: the date of the
 * phrase's thing ("is recovering from surgery on Monday", "in the wake of her Sunday collapse"), not of the
 * verb ("is returning from Asia on Friday", "is flying from Paris to Rome on Sunday").
 */
const datesLowerNoun = (tokens: readonly Token[], first: number): boolean => {
  const prev = tokens[first - 1];
  if (prev === undefined) return false;
  if (POSSESSIVE_DETERMINERS.has(prev.lower)) return true;
  const noun = PREPOSITIONS_OF_DAY.has(prev.lower) ? tokens[first - 2] : prev;
  return (
    noun !== undefined &&
    noun.kind === 'word' &&
    noun.shape.charCodeAt(0) === 120 &&
    !PREPOSITIONS_OF_DAY.has(noun.lower) &&
    !DETERMINERS.has(noun.lower)
  );
};
const heldEvent = (t: Token | undefined): boolean =>
  t !== undefined && (HELD_EVENTS.has(t.lower) || CALLED.has(t.lower));
/** Whether a held event's noun comes within three words after a possessive date ("Tuesday's California primary"). */
const heldAfterPossessive = (tokens: readonly Token[], last: number): boolean => {
  for (let d = 2; d <= 4; d++) if (heldEvent(tokens[last + d])) return true;
  return false;
};
/** Prepositions between a verb and a date that tie the date to an earlier event or a cause. */
const LOOKING_BACK: ReadonlySet<string> = new Set(['from', 'against', 'wake']);
/** Prepositions that put the date after them on an earlier event than the progressive's. */
const EARLIER_EVENT: ReadonlySet<string> = new Set(['after', 'since', 'following']);
/** Whether tokens[j] is a lower-case singular noun after a determiner, no adjective by its ending. */
const singularNounAfter = (tokens: readonly Token[], j: number): boolean => {
  const t = tokens[j]!;
  if (t.kind !== 'word' || t.shape.charCodeAt(0) !== 120 || !DETERMINERS.has(tokens[j - 1]?.lower ?? ''))
    return false;
  return !/(s|y|ic|al|ous|ful|ive|ent|ant|ed|ing|ish|ble|less|est|er)$/.test(t.lower);
};
/**
 * A headline's or a lead's infinitive right after its subject, with no verb before ("Annan to fly to
 * Baghdad Saturday", "Israel to free prisoners Sunday", "U.S. troops to leave Haiti in March"): a plan
 * ahead. The subject is a name or a noun of up to three words opening the sentence; not a phrase before
 * "to" ("Thanks to", "Due to", "According to", "Compared to", "Next to", "Up to").
 */
const headlineInfinitive = (tokens: readonly Token[], i: number, start: number): boolean => {
  if (tokens[i]!.lower !== 'to') return false;
  // ("'Skyfront' to launch Tuesday": a subject in quotes.)
  let from = start;
  while (from < i && QUOTE_MARKS.has(tokens[from]!.lower)) from++;
  if (i === from || i - from > HEADLINE_SUBJECT_REACH) return false;
  if (!isInfinitive(tokens[i + 1]) || NOT_HEADLINE_LEADS.has(tokens[from]!.lower)) return false;
  // ("Rebels to blame for Sunday's attack": an adjective's idiom, no plan.)
  if (tokens[i + 1]!.lower === 'blame') return false;
  if (!tokens[from]!.shape.startsWith('X')) return false;
  for (let k = from; k < i; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.lower !== '.' && t.lower !== "'s" && !QUOTE_MARKS.has(t.lower)) return false;
    // ("Kindercare says debt buy to hit Q1 results": a verb before is the clause's.)
    if (
      cueOf(tokens, k) !== 'none' ||
      DETERMINERS.has(t.lower) ||
      PRONOUNS.has(t.lower) ||
      REPORTING.has(t.lower)
    )
      return false;
  }
  return !NOT_HEADLINE_LEADS.has(tokens[i - 1]!.lower);
};
/** Quotation marks around a headline's subject (a title: "'Titanfall' to launch Tuesday"). */
const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d']);
/** How many words of a subject may open a headline before its infinitive ("Chinese Premier Zhu to …"). */
const HEADLINE_SUBJECT_REACH = 4;
/** Words before "to" that make a preposition or another phrase, no headline subject. */
const NOT_HEADLINE_LEADS: ReadonlySet<string> = new Set([
  ...['thanks', 'due', 'according', 'compared', 'next', 'up', 'prior', 'owing', 'contrary', 'similar'],
  ...['close', 'back', 'relative', 'addition', 'as', 'how', 'what', 'where', 'when', 'whether', 'ready'],
  ...['able', 'unable', 'likely', 'going', 'want', 'wants', 'have', 'has', 'used', 'said', 'had'],
  ...['in', 'on', 'at', 'from', 'with', 'for', 'and', 'but', 'or', 'not', 'only', 'also', 'just', 'order'],
  // ("Closer to home, …", "Further to the report …": a phrase of place or reference.)
  ...['closer', 'closest', 'nearer', 'further', 'opposed', 'welcome', 'subject', 'open', 'key', 'home'],
]);
/** Base verbs of saying before a date: after "would (not)", the date is the saying's. */
const SAYING: ReadonlySet<string> = new Set([
  ...['say', 'comment', 'confirm', 'disclose', 'elaborate', 'specify', 'discuss', 'reveal', 'identify'],
]);
/**
 * Whether a reporting verb comes right before the expression: "said Tuesday", "said on Tuesday", "told
 * reporters Tuesday", "told reporters on Tuesday".
 */
function reportingVerbBefore(tokens: readonly Token[], first: number): boolean {
  const j = PREPOSITIONS_OF_DAY.has(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  const w = tokens[j]?.lower ?? '';
  return REPORTING.has(w) || REPORTING_ING.has(w) || TELLING.has(tokens[j - 1]?.lower ?? '');
}
/** Whether a token opens a clause as its subject: a pronoun, or a determiner before a noun. */
const opensClause = (t: Token | undefined): boolean =>
  t !== undefined && (CLAUSE_SUBJECTS.has(t.lower) || (DETERMINERS.has(t.lower) && t.lower !== 'a'));
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Conjunctions that are prepositions too ("after the riots", "until Friday"). */
const PREPOSITION_TOO: ReadonlySet<string> = new Set(['until', 'till', 'before', 'after']);
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it']);
/** Prepositions inside the span before a present form: no subject ("after problems with ballot papers"). */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...['with', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'into', 'over', 'about', 'against'],
]);
/** How many words of a subject may stand between the conjunction and its verb ("until engineers inspect"). */
const SUBORDINATE_SUBJECT_REACH = 4;
/** Lower-case words in -s that are no present verbs, and words no base form is. */
const NOT_PRESENT: ReadonlySet<string> = new Set([
  ...['this', 'its', 'his', 'was', 'has', 'us', 'yes', 'news', 'series', 'less', 'thus', 'plus', 'as'],
  ...['the', 'a', 'an', 'of', 'in', 'on', 'at', 'by', 'for', 'to', 'from', 'with', 'and', 'or', 'but'],
  ...['not', 'also', 'still', 'all', 'both', 'who', 'which', 'that', 'than', 'there', 'here', 'then'],
]);

/**
 * Whether tokens[i] is the present verb of a clause opened by a conjunction of time or condition, after
 * its subject: a form in -s ("unless Congress acts by Friday", "once the board meets Friday"), "is"/"are",
 * or a base form after a plural ("if the talks fail Monday", "until engineers inspect the bridge
 * Saturday"). Such a present looks ahead (eleventh round).
 */
function subordinatePresent(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.shape.charCodeAt(0) !== 120 || NOT_PRESENT.has(t.lower) || i - 2 < from)
    return false;
  // (Speed: most words have no conjunction before them; look for it first.)
  let conj = -1;
  for (let k = i - 2; k >= Math.max(from, i - 1 - SUBORDINATE_SUBJECT_REACH); k--)
    if (SUBORDINATORS.has(tokens[k]!.lower)) {
      conj = k;
      break;
    }
  if (conj < 0) return false;
  const w = t.lower;
  if (STATE_VERBS.has(w)) return false;
  const prev = tokens[i - 1]!;
  if (prev.kind !== 'word' || SUBORDINATORS.has(prev.lower) || DETERMINERS.has(prev.lower)) return false;
  const third =
    w === 'is' || w === 'are' || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'));
  if (!third) {
    // A base form: after a lower-case plural or a plural pronoun, and no other form.
    if (w.endsWith('ed') || w.endsWith('ing') || w.endsWith('ly') || !/^[a-z]+$/.test(w)) return false;
    if (!PLURAL_PRONOUNS.has(prev.lower) && !(prev.shape.startsWith('x') && /[^s]s$/.test(prev.lower)))
      return false;
  }
  for (let k = i - 1; k >= Math.max(from, i - 1 - SUBORDINATE_SUBJECT_REACH); k--) {
    const x = tokens[k]!;
    if (SUBORDINATORS.has(x.lower)) {
      if (x.shape.charCodeAt(0) !== 120 && k !== from) return false;
      // "after mass riots in Jakarta", "after the negotiations late on Tuesday": after a preposition a
      // plural noun looks like a verb; there only "is"/"are" or a form in -s after a name or a pronoun
      // ("after the territory reverts", no; "unless Congress acts", "once it opens").
      if (!PREPOSITION_TOO.has(x.lower) || w === 'is' || w === 'are') return true;
      // ("testifying before Benghazi Committee investigators in October": a name can lead a plural noun.)
      // A determiner and a singular noun that cannot be an adjective ("until the ship sails Friday"; not
      // "after the heavy rains", "after the mass riots").
      return (
        third && (SINGULAR_PRONOUNS.has(prev.lower) || (k === i - 3 && singularNounAfter(tokens, i - 1)))
      );
    }
    if (x.lower.endsWith('ing') || ROLE_WORDS.has(x.lower)) return false;
    // "after the company reported its earnings", "after the bank cut rates": a verb before is the clause's.
    if (x.kind !== 'word' || SAME_PAST_BASE.has(x.lower) || cueOf(tokens, k) !== 'none') return false;
  }
  return false;
}

/**
 * The index of the first token whose end is after `offset` (binary search), searched between `lo` and `hi`
 * when the caller knows it is there.
 */
export function tokenAt(tokens: readonly Token[], offset: number, lo = 0, hi = tokens.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A present verb of schedule before the expression ("opens Monday", "opens in Leeds on May 14", "Rovers
 * host Halden on Wednesday"); not after a negation ("did not play Saturday").
 */
const presentLooksAhead = (tokens: readonly Token[], i: number, from: number, first: number): boolean => {
  const w = tokens[i]!.lower;
  if (NEGATIONS.has(tokens[i - 1]?.lower ?? '')) return false;
  // "the unions agreed to resume talks in May": an infinitive after a past verb of intent is no present.
  if (tokens[i - 1]?.lower === 'to' && INTENT_PAST.has(tokens[i - 2]?.lower ?? '')) return false;
  // "won the French Open on Sunday", "the Masters Tour": a capitalised word inside the sentence is a name.
  if (i > from && tokens[i]!.shape.startsWith('X')) return false;
  const particles = PHRASAL_AHEAD.get(w);
  if (particles !== undefined && !particles.has(tokens[i + 1]?.lower ?? '')) return false;
  // "the attack appears to have happened on Sunday": a seeming, no schedule.
  if (w.startsWith('appear') && tokens[i + 1]?.lower === 'to') return false;
  return (
    isPresentAhead(tokens, i, from, first) ||
    hostsNamed(tokens, i, from, first) ||
    resultsAhead(tokens, i, from, first)
  );
};

/** Present verbs of publishing a company's results ("Target reports earnings on Wednesday"). */
const RESULTS_VERBS: ReadonlySet<string> = new Set([
  ...['reports', 'report', 'posts', 'post', 'releases', 'release', 'announces', 'announce', 'publishes'],
]);
/** What such a verb publishes when it is a date on the calendar of results. */
const RESULTS: ReadonlySet<string> = new Set(['earnings', 'results', 'figures']);
/** How far after the date a past verb makes the present a headline's ("…, its shares rose 5 percent"). */
const RESULTS_PAST_REACH = 12;
/** How many words may come before the results after the verb ("reports fiscal third-quarter results"). */
const RESULTS_REACH = 5;
/**
 * A present verb of publishing results, with its results before the expression and a subject before it:
 * a release on the calendar, ahead ("Target reports earnings on Wednesday", "Lowe's posts its quarterly
 * results Tuesday"; not "media reports Tuesday said", nor "reported earnings on Wednesday").
 */
const resultsAhead = (tokens: readonly Token[], i: number, from: number, first: number): boolean => {
  if (!RESULTS_VERBS.has(tokens[i]!.lower)) return false;
  let results = false;
  for (let k = i + 1; k < Math.min(first, i + 1 + RESULTS_REACH); k++)
    if (RESULTS.has(tokens[k]!.lower)) {
      results = true;
      break;
    }
  if (!results) return false;
  // ("Dunmore reports earnings on Tuesday that beat forecasts; its shares rose": a headline's present.)
  for (let k = first + 1; k < Math.min(tokens.length, first + 1 + RESULTS_PAST_REACH); k++)
    if (cueOf(tokens, k) === 'past') return false;
  // ("Lowe's reports …": a company named in the possessive, as shops often are.)
  const prev = tokens[i - 1]?.lower ?? '';
  if (POSSESSIVE.has(prev) && tokens[i - 2]?.shape.startsWith('X')) return true;
  return subjectBefore(tokens, i, from, first);
};
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
/** Present verbs that look ahead only with their particle ("kick(s) off", "tees off", "gets under way"). */
const PHRASAL_AHEAD: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['kicks', new Set(['off'])],
  ['kick', new Set(['off'])],
  ['walk', new Set(['out', 'off'])],
  ['walks', new Set(['out', 'off'])],
  // ("lawmakers head home on Friday", "the leaders head to Rome"; not "the head of state on Friday".)
  ['head', new Set(['home', 'to', 'back', 'for', 'into', 'out', 'north', 'south', 'east', 'west', 'abroad'])],
  ['tees', new Set(['off'])],
  ['gets', new Set(['under', 'underway'])],
  ['get', new Set(['under', 'underway'])],
]);

/**
 * "host", "visit", "face(s)" as verbs: after a subject (a name, a plural, the comma closing a relative
 * clause, a relative pronoun) and before a name, or "the" and a name, that is not the expression itself
 * ("Rovers host Halden on Wednesday", "the leaders face the Saints"; not "radio host Ann Pike", "his
 * Italian hosts Tuesday", "a visit to the port").
 */
const hostsNamed = (tokens: readonly Token[], i: number, from: number, first: number): boolean => {
  if (!PRESENT_AHEAD_BEFORE_NAME.has(tokens[i]!.lower) || i + 1 >= first) return false;
  const name = tokens[i + 1]!.lower === 'the' && i + 2 < first ? tokens[i + 2]! : tokens[i + 1]!;
  return name.shape.startsWith('X') && subjectBefore(tokens, i, from, first);
};
const PRESENT_AHEAD_BEFORE_NAME = new Set([
  ...['host', 'hosts', 'visit', 'visits', 'face', 'faces'],
  // (tenth round: "Arsenal welcome Chelsea on Sunday", "Leeds entertain Everton on Saturday", "the
  // president receives Putin on Friday", "Nadal battles Federer on Sunday", "the Lions tackle Wales".)
  ...['welcome', 'welcomes', 'entertain', 'entertains', 'receive', 'receives', 'battle', 'battles'],
  ...['tackle', 'tackles', 'challenge', 'challenges'],
]);

/**
 * A reporting verb that closes the sentence or a clause (", brokers said.") or opens an inverted tag
 * (", said the minister", ", said Jane Smith"; not ", said aid would arrive": the subject's own verb).
 */
const isReportTag = (tokens: readonly Token[], i: number, sentenceEnd: number): boolean => {
  if (i + 1 >= sentenceEnd || TAG_END.has(tokens[i + 1]!.lower) || closingPhrase(tokens, i + 1, sentenceEnd))
    return true;
  const next = tokens[i + 1]!;
  // (", the spokesman announced Wednesday.": the tag's own day before its end.)
  if (
    (WEEKDAYS[next.lower] !== undefined || TAG_DAYS.has(next.lower)) &&
    (i + 2 >= sentenceEnd || TAG_END.has(tokens[i + 2]!.lower))
  )
    return true;
  // (", said the talks would resume": a determiner, a noun and an auxiliary make a reported clause, no
  // inverted subject; eleventh round.)
  if (DETERMINERS.has(next.lower) && AUXILIARIES.has(tokens[i + 3]?.lower ?? '')) return false;
  return tokens[i - 1]?.lower === ',' && (DETERMINERS.has(next.lower) || next.shape.startsWith('X'));
};
/** Day words a tag may close with (", officials said yesterday."). */
const TAG_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight']);
/** What ends a tag: a stop, a quotation mark, or a colon before the words it quotes (", Merino said: \"…\""). */
const TAG_END = new Set(['.', ',', ';', ':', '!', '?', '"', '”', "''"]);
/** Prepositions that open the phrase a tag can close with (", Claure said in the email.", "said on Twitter."). */
const TAG_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'via',
  'after',
  'through',
]);
/** How many tokens such a phrase may hold before the tag's end ("in a statement on its website"). */
const TAG_PHRASE_REACH = 8;
/**
 * Whether a prepositional phrase at j closes the tag: it opens with a preposition and reaches the sentence's
 * end or a tag end within TAG_PHRASE_REACH tokens, with no clause in it ("said in the email.", not "said in
 * the email that talks will resume", "said on Tuesday he would").
 */
function closingPhrase(tokens: readonly Token[], j: number, sentenceEnd: number): boolean {
  if (!TAG_PREPOSITIONS.has(tokens[j]!.lower)) return false;
  const stop = Math.min(sentenceEnd, j + 1 + TAG_PHRASE_REACH);
  for (let k = j + 1; k < stop; k++) {
    const w = tokens[k]!.lower;
    if (TAG_END.has(w)) return true;
    if (CLAUSE_OPENERS.has(w) || AUXILIARIES.has(w) || PRONOUNS.has(w)) return false;
  }
  return stop === sentenceEnd;
}
/**
 * Whether the expression dates a noun rather than the verb ("after the crash on Monday", "the match on
 * Saturday", "the win Tuesday"): right after a lower-case noun after a determiner, or after "on" there. Such a date
 * keeps a tag's tense.
 */
const datesNoun = (tokens: readonly Token[], first: number): boolean => {
  const k = tokens[first - 1]?.lower === 'on' ? first - 2 : first - 1;
  return (tokens[k]?.shape.startsWith('x') ?? false) && DETERMINERS.has(tokens[k - 1]?.lower ?? '');
};
/**
 * datesNoun for a noun that is not an event held on its day: "after the crash on Monday, a spokesman
 * said" keeps the tag's past, but "will be discussed at a meeting on Friday, he said" is the meeting's day,
 * and the clause's own "will" speaks for it.
 */
const datesDoneNoun = (tokens: readonly Token[], first: number): boolean => {
  if (!datesNoun(tokens, first)) return false;
  const k = tokens[first - 1]!.lower === 'on' ? first - 2 : first - 1;
  // ("will study the results of the vote on Sunday, officials said": the event is the object of a thing.)
  if (OBJECT_OF.has(tokens[k - 2]?.lower ?? '')) return true;
  const noun = tokens[k]!.lower;
  return !CALLED.has(noun) && !HELD_EVENTS.has(noun);
};
/** Words of a day or a time that after "and" join a second date, no subject ("on Friday and tomorrow will …"). */
const DAY_WORDS: ReadonlySet<string> = new Set([
  'today',
  'tomorrow',
  'tonight',
  'yesterday',
  'overnight',
  'later',
  'earlier',
]);
/** Prepositions before a held event that make it a done thing's object ("the outcome of the meeting on Friday"). */
const OBJECT_OF: ReadonlySet<string> = new Set(['of', 'from', 'after', 'since', 'following']);
/**
 * Whether a possessive date is the object of a verb of reaction ("will appeal Wednesday's ruling", "to respond to
 * Monday's attack", "would get around Tuesday's decision"): a thing already done.
 */
const reactsToDay = (tokens: readonly Token[], first: number, last: number): boolean => {
  if (!POSSESSIVE.has(tokens[last + 1]?.lower ?? '')) return false;
  const before = tokens[first - 1]?.lower ?? '';
  if (REACTING.has(before)) return true;
  const verb = REACTING_WITH.get(before);
  return verb !== undefined && verb.has(tokens[first - 2]?.lower ?? '');
};
/**
 * Verbs of reaction to a thing done, in the forms a future or an infinitive takes ("will appeal", "is studying").
 * Not those whose object may lie ahead: "contest" (an election), "ignore" or "defy" (a deadline, a curfew),
 * "welcome" (an arrival).
 */
const REACTING: ReadonlySet<string> = new Set(
  [
    ...['appeal', 'challenge', 'dispute', 'overturn', 'review', 'study', 'examine', 'investigate', 'probe'],
    ...['analyze', 'analyse', 'condemn', 'criticize', 'criticise', 'denounce', 'reject', 'protest', 'mourn'],
    ...['avenge', 'assess'],
  ].flatMap((v) => [v, v.endsWith('e') ? `${v.slice(0, -1)}ing` : `${v}ing`]),
);
/** Verbs of reaction with their particle, by the particle ("respond to", "get around", "comment on"). */
const REACTING_WITH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['to', new Set(['respond', 'responding', 'react', 'reacting'])],
  ['around', new Set(['get', 'getting'])],
  ['on', new Set(['comment', 'commenting', 'reflect', 'reflecting'])],
  ['against', new Set(['appeal', 'appealing'])],
  ['into', new Set(['look', 'looking'])],
]);
/**
 * Pronouns that after a comma open a relative clause (", who will begin … on Sunday"), or after a comma, a
 * quantifier and "of" (", several of whom were stranded on Thursday,", ", some of which").
 */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);
/** Quantifiers before "of whom"/"of which" in a relative clause (", most of whom …"). */
const RELATIVE_QUANTIFIERS: ReadonlySet<string> = new Set(
  'all some most many none each both several few one two three half any neither either'.split(' '),
);
/** Whether the relative pronoun at i opens a clause after a comma (", who", ", all of whom"). */
const opensRelative = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]!.lower === ',' ||
  (tokens[i - 1]!.lower === 'of' &&
    RELATIVE_QUANTIFIERS.has(tokens[i - 2]?.lower ?? '') &&
    tokens[i - 3]?.lower === ',');

/**
 * Whether the expression dates a thing done, named right before it after a determiner or a possessive
 * ("his comments Monday are likely to anger …", "the crash Tuesday will be investigated", "the company's
 * announcement Monday is expected to …"): a future cue after it is the predicate's, not the date's
 * (eleventh round). Not an event that is held or scheduled ("the vote Thursday will be close", "the game
 * Sunday will decide …").
 */
const datesDoneThing = (tokens: readonly Token[], first: number, last: number): boolean => {
  // ("Tuesday's outcome is unlikely to change the race": a possessive date of a thing not held on its day.)
  if (POSSESSIVE.has(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.shape.charCodeAt(0) === 120)
    return !heldAfterPossessive(tokens, last);
  const k = tokens[first - 1]?.lower === 'on' ? first - 2 : first - 1;
  const noun = tokens[k];
  if (noun === undefined || noun.kind !== 'word' || noun.shape.charCodeAt(0) !== 120) return false;
  if (CALLED.has(noun.lower) || HELD_EVENTS.has(noun.lower) || noun.lower.endsWith('ed')) return false;
  const d = tokens[k - 1]?.lower ?? '';
  // ("She's hoping Saturday's caucuses will …": "'s" after a pronoun is a verb.)
  if (POSSESSIVE.has(d))
    return !PRONOUNS.has(tokens[k - 2]?.lower ?? '') && !POSSESSIVE.has(tokens[last + 1]?.lower ?? '');
  return DETERMINERS.has(d) || d === "'" || d === '’';
};
/** Events held or decided on a set day, besides those a call asks for (`CALLED_EVENTS`). */
const HELD_EVENTS: ReadonlySet<string> = new Set([
  ...['game', 'games', 'match', 'matches', 'final', 'race', 'fight', 'bout', 'trial', 'visit', 'trip'],
  ...['debate', 'launch', 'deadline', 'opening', 'ceremony', 'festival', 'concert', 'show', 'tour'],
  ...['flight', 'release', 'auction', 'sale', 'offering', 'report', 'decision', 'ruling', 'verdict'],
  ...['primary', 'primaries', 'caucus', 'caucuses', 'contest', 'round', 'hearings', 'inauguration'],
  ...['meet', 'event', 'party', 'dinner', 'lunch', 'speech', 'address', 'briefing', 'appearance'],
  ...['one', 'day', 'night', 'week', 'weekend', 'morning', 'evening', 'afternoon', 'time', 'date'],
  // Acts set for a day (review of the eleventh round: "His arrival Friday will be a boost"); not nouns of an
  // act often reported done ("the bank's announcement Tuesday is expected to calm the markets").
  ...['arrival', 'departure', 'return', 'testimony', 'resignation', 'swearing-in', 'signing'],
  ...['celebration', 'celebrations', 'festivities', 'congress', 'convention', 'conference', 'parade'],
  ...['ceremonies', 'service', 'wedding', 'premiere', 'opener', 'kickoff', 'showdown', 'clash'],
]);

/** Adjectives among the future cues: they speak for the noun after them. */
const AHEAD_ADJECTIVES: ReadonlySet<string> = new Set(['upcoming', 'forthcoming']);

/**
 * The words that head a look ahead of their own before the expression: a present of schedule, a modal, a
 * verb of intent or of asking, "ahead (of)" (speed: their checks run only for these words).
 */
const AHEAD_HEADS: ReadonlySet<string> = new Set([
  ...PRESENT_AHEAD,
  ...PRESENT_AHEAD_PLURAL,
  ...PRESENT_AHEAD_NOUN,
  ...PRESENT_AHEAD_BEFORE_NAME,
  ...RESULTS_VERBS,
  ...MODAL_AHEAD,
  ...MODAL_OF_ACT,
  ...INTENT_AHEAD,
  ...INTENT_PAST,
  ...REQUEST,
  ...LEADING_UP.keys(),
]);
/**
 * The lists that the loop of `clauseTense` asks about every word, as the bits of one lookup (speed: one
 * lookup a word instead of one a list).
 */
const SUBORDINATOR = 1;
const CAUSATIVE_OR_WISH = 2;
const CUE_WORD = 4;
const AHEAD_HEAD = 8;
const CLAUSE_OPENER = 16;
const COORDINATOR = 32;
const RELATIVE_OPENER = 64;
const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(SUBORDINATORS, SUBORDINATOR);
  add([...CAUSATIVES, ...WISHES], CAUSATIVE_OR_WISH);
  add(CUE_WORDS, CUE_WORD);
  add(AHEAD_HEADS, AHEAD_HEAD);
  add(CLAUSE_OPENERS, CLAUSE_OPENER);
  add(REPORTING_ING, CLAUSE_OPENER);
  add(COORDINATORS, COORDINATOR);
  add(RELATIVE_OPENERS, RELATIVE_OPENER);
  return bits;
})();

/** Extra distance of a reporting tag that speaks for the reported clause: out of reach, so ignored. */
const TAG_PENALTY = 2 * MAX_DISTANCE;

/**
 * The last infinitive between lo and the expression, with a word after it that no preposition or stop is
 * ("approved a levy to fund two clinics by May", not "was rushed to hospital on Sunday"): -1 if none.
 */
function purposeInfinitiveBefore(tokens: readonly Token[], lo: number, first: number): number {
  for (let k = first - 2; k >= lo; k--) {
    if (tokens[k]!.lower !== 'to' || !isInfinitive(tokens[k + 1])) continue;
    const after = tokens[k + 2];
    if (after === undefined || after.kind !== 'word' || ROLE_WORDS.has(after.lower)) continue;
    return k;
  }
  return -1;
}
/**
 * Past verbs of deciding, approving, promising or asking, whose infinitive is what is to follow ("the council
 * approved a levy to fund two clinics by May", "farmers threatened to block the ports in May", "the
 * union urged nurses to walk out on 3 June"): the date is the infinitive's, so their past does not date it. (Verbs
 * of acting keep it: "volunteers went out to clear the beaches this weekend" did both then.)
 */
const DECIDING: ReadonlySet<string> = new Set([
  ...INTENT_PAST,
  ...REQUEST_CUES.filter((w) => w.endsWith('ed') || w === 'told' || w === 'gave'),
  ...[
    'approved',
    'adopted',
    'endorsed',
    'ratified',
    'unveiled',
    'announced',
    'proposed',
    'signed',
    'outlined',
  ],
  ...['backed', 'cleared', 'planned', 'arranged', 'scheduled'],
]);

/**
 * The tense of the clause holding [start, end) in the sentence. `presentAhead`: a verb in the present
 * before the expression ("opens Monday", "opens on May 14") looks forward (for weekdays and days of a
 * month without a year, where news uses it so).
 */
export function clauseTense(
  tokens: readonly Token[],
  sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'> | undefined,
  start: number,
  end: number,
  presentAhead = false,
): Tense {
  if (tokens.length === 0) return 'none';
  const from = sentence?.tokenStart ?? 0;
  const to = sentence?.tokenEnd ?? tokens.length;
  // (Speed: the first token is looked for in the sentence, the last from the first on.)
  let first = tokenAt(tokens, start, from, to);
  if (first >= to || (from > 0 && tokens[from - 1]!.end > start)) first = tokenAt(tokens, start);
  let last = first;
  while (last < tokens.length && tokens[last]!.end <= end - 1) last++;
  if (
    calledEventAhead(tokens, from, first) ||
    decidedAhead(tokens, from, first) ||
    putOffAhead(tokens, from, first) ||
    (deadlineToAct(tokens, first, last) &&
      ((presentAhead && namesWeekday(tokens, first, last)) ||
        (first === last && isMonthWord(tokens[first]!))))
  )
    return 'future';
  let best: Tense = 'none';
  let bestDistance = Infinity;
  // A comma seen after the expression (cues beyond it weigh less).
  let comma = false;
  // "Police will publish photographs; the gunmen stole the payroll on Sunday": a semicolon joins two
  // clauses, each with its own tense.
  let lo = Math.max(from, first - MAX_DISTANCE);
  for (let k = first - 1; k >= lo; k--)
    if (tokens[k]!.lower === ';') {
      lo = k + 1;
      break;
    }
  // "want the truce extended and on Sunday, the brigades …": a date fronted after "and"/"but" opens the
  // coordinated clause (eleventh round).
  // ("on Friday and Saturday, but …" is one date after another: a preposition must come between.)
  if (
    first - 2 > lo &&
    PREPOSITIONS_OF_DAY.has(tokens[first - 1]!.lower) &&
    COORDINATORS.has(tokens[first - 2]!.lower) &&
    tokens[last + 1]?.lower === ','
  )
    lo = first - 1;
  // Whether the expression is in a relative clause opened after a comma (", who will begin … on Sunday"):
  // the last stop, or relative pronoun after a comma, after `lo` and before the expression decides (read in
  // the loop below, before any word after the expression).
  let relative = false;
  // Whether the expression dates a thing done (computed when a future cue after it asks).
  let doneThing: boolean | undefined;
  // Whether a possessive date is what a verb of reaction acts on (computed when a future cue before it asks).
  let reacted: boolean | undefined;
  // "told players on Tuesday they will train …", "said Monday the board would …": after a reporting verb
  // and its date, a subject opens the reported clause, whose cues are its own (eleventh round).
  const reportedAfter = reportingVerbBefore(tokens, first) && opensClause(tokens[last + 1]);
  let fronted: boolean | undefined;
  const parenthetical =
    tokens[last + 1]?.lower === ',' &&
    first - 2 >= from &&
    tokens[first - 2]!.lower === ',' &&
    PREPOSITIONS_OF_DAY.has(tokens[first - 1]!.lower);
  // The last conjunction of time or condition and the last "have"/"get"/"want" seen before the expression
  // (speed: their rules run only for a word a few tokens after one).
  let conjAt = -Infinity;
  let causeAt = -Infinity;
  // Where the last infinitive before the expression is (computed when a past verb of deciding asks).
  let purposeAt: number | undefined;
  for (let i = lo; i < Math.min(to, last + 1 + MAX_DISTANCE); i++) {
    if (i >= first && i <= last) continue;
    const w = tokens[i]!.lower;
    const bits = WORD_BITS.get(w) ?? 0;
    if (i < first) {
      if (bits & SUBORDINATOR) conjAt = i;
      else if (bits & CAUSATIVE_OR_WISH) causeAt = i;
      if (i > lo && (w === ',' || w === '.' || w === ';')) relative = false;
      else if (i > lo && bits & RELATIVE_OPENER && opensRelative(tokens, i)) relative = true;
    }
    if (i > last) {
      if (reportedAfter) break;
      // No later cue can be nearer than the best one so far.
      if (bestDistance <= i - last + 0.5) break;
      // "The envoy, who will begin a tour on Sunday, said …": the comma closes the relative clause.
      if (relative && w === ',') break;
      // "On Friday she said she would …": the clause a reporting verb after the date reports has its own tense.
      if (CLAUSE_SUBJECTS.has(w) && i - 1 > last && REPORTING.has(tokens[i - 1]!.lower)) break;
      // "… on Monday: abortion will be …", "said on Monday, “we would …”": a colon, an opening quote, or a
      // straight quote after a comma (opening the quoted words, or closing them before a tag: "in July," she
      // said) ends the date's clause.
      if (
        w === ':' ||
        w === '“' ||
        (w === '"' && (tokens[i - 1]!.lower === ',' || tokens[i - 1]!.lower === ':'))
      )
        break;
      // "said Monday that it would …": a clause after "that" is another clause's tense.
      // (A reporting verb in -ing after the date, "… Tuesday by announcing they would …", carries the bit too.)
      if (bits & CLAUSE_OPENER || w === ';') break;
      // "was flown home Sunday and will be buried Thursday": a coordinated verb phrase is another clause.
      // ("laid off 500 workers on Monday and plans more cuts": a verb that is a cue after "and" too.)
      if (
        bits & COORDINATOR &&
        (AUXILIARIES.has(tokens[i + 1]?.lower ?? '') ||
          COORDINATED_VERBS.has(tokens[i + 1]?.lower ?? '') ||
          // "will meet Arafat on Sunday and flew to Cairo": a past verb opens its own verb phrase too
          // (eleventh round).
          (i + 1 < to && !NOT_VERBS.has(tokens[i + 1]!.lower) && cueOf(tokens, i + 1) === 'past') ||
          // "dropped rain on Monday and more was expected Thursday": a lower-case one-word subject and an
          // auxiliary open a clause of its own ("on Friday and Saturday will" is one date after another).
          (tokens[i + 1]?.shape.charCodeAt(0) === 120 &&
            !DAY_WORDS.has(tokens[i + 1]!.lower) &&
            AUXILIARIES.has(tokens[i + 2]?.lower ?? '')) ||
          // ("would reopen the bridge by the spring, and she then warned …": a subject pronoun opens a clause.)
          (tokens[i - 1]?.lower === ',' && CLAUSE_SUBJECTS.has(tokens[i + 1]?.lower ?? '')))
      )
        break;
      // ("Her next recital, on June 3, drew …": the comma that closes a date set off by commas returns to the
      // clause it interrupts, whose verb follows.)
      if (w === ',' && !(i === last + 1 && parenthetical)) {
        // ("Asked whether she would stand in the primary on May 12, the senator said …": a clause fronted before
        // the main one has its own cue; the main clause's verbs after its comma are not its tense.)
        if (best !== 'none' && (fronted ??= frontedClause(tokens, from, first))) break;
        comma = true;
      }
    }
    // The word's own cue, then the cues of the words around it that only a word before the expression has.
    let cue = bits & CUE_WORD ? listedCue(tokens, i, w) : pastByEnding(tokens, i, w);
    if (
      cue !== 'future' &&
      i < first &&
      ((bits & AHEAD_HEAD &&
        ((presentAhead && presentLooksAhead(tokens, i, from, first)) ||
          isModalAhead(tokens, i, first, last) ||
          isIntentAhead(tokens, i, first) ||
          isRequestAhead(tokens, i, first) ||
          leadsUpTo(tokens, i))) ||
        presentProgressive(tokens, i, first, last) ||
        (headlineInfinitive(tokens, i, from) && !datesPastThing(tokens, i, first, last)) ||
        (cue === 'none' &&
          i - conjAt <= SUBORDINATE_SUBJECT_REACH + 1 &&
          subordinatePresent(tokens, i, from) &&
          !POSSESSIVE_DETERMINERS.has(tokens[first - 1]?.lower ?? '')))
    )
      cue = 'future';
    // "to be taken to hospital in the wake of her Sunday morning crisis": a passive infinitive's schedule is
    // not a thing's date.
    if (
      cue === 'future' &&
      i < first &&
      tokens[i - 1]?.lower === 'be' &&
      tokens[i - 2]?.lower === 'to' &&
      datesPastThing(tokens, i, first, last)
    )
      cue = 'none';
    // "Neither side would say Wednesday whether …", "would not comment Monday": the date of the saying, a
    // modal of reported refusal, no look ahead (eleventh round).
    if (
      cue === 'future' &&
      i < first - 1 &&
      tokens[i]!.lower === 'would' &&
      SAYING.has(tokens[first - 1]!.lower)
    )
      cue = 'none';
    // "will appeal Wednesday's ruling", "plans to get around Monday's decision": what a verb of reaction acts on
    // has happened, whatever lies ahead of the reaction.
    if (cue === 'future' && i < first - 1 && (reacted ??= reactsToDay(tokens, first, last))) cue = 'none';
    if (cue === 'none') continue;
    if (cue === 'past' && DECIDING.has(w) && i < (purposeAt ??= purposeInfinitiveBefore(tokens, lo, first)))
      continue;
    // "hope to have power restored by the weekend": the participle of an infinitive is no past.
    // ("the mayor wants the streets cleared by Friday": a present wish, ahead.)
    if (cue === 'past' && i < first && i - causeAt <= CAUSATIVE_OBJECT_REACH + 1) {
      const p = participleOfInfinitive(tokens, i, first);
      if (p === 'none') continue;
      if (p === 'future') cue = 'future';
    }
    // "met the premier on Monday to press their demands to be repatriated": a passive infinitive after
    // the expression is another act's.
    if (cue === 'future' && i > last && passiveInfinitive(tokens, i)) continue;
    // "issued gold bars on Friday to mark the forthcoming New Year": an adjective ahead after the
    // expression dates a later noun, not the clause.
    if (i > last && AHEAD_ADJECTIVES.has(tokens[i]!.lower)) continue;
    // "a reply may come, possibly on Monday" looks ahead; "talks on Thursday about possibly appearing …" is a
    // later phrase's hedge.
    if (i > last && w === 'possibly') continue;
    if (cue === 'future' && i > last && (doneThing ??= datesDoneThing(tokens, first, last))) continue;
    // Cues before the expression win ties (the verb usually precedes its time adjunct).
    // ("A truce signed on Saturday will last": a past verb and "on" before the date are its verb, as a verb
    // right before it is; a present may be a noun, "the Knesset vote on Monday showed".)
    let distance =
      cue === 'past' && pastVerbOfDay(tokens, i, first) ? 1 : i < first ? first - i : i - last + 0.5;
    // "said Monday", "said on Monday", "on Monday said": a reporting verb next to the date is its verb;
    // farther away, a weak cue.
    const adjacent =
      i === first - 1 ||
      i === last + 1 ||
      (i === first - 2 &&
        (tokens[first - 1]!.lower === 'on' ||
          // ("told reporters Friday's vote will be close": a possessive date is the reported clause's.)
          (TELLING.has(tokens[i]!.lower) && !POSSESSIVE.has(tokens[last + 1]?.lower ?? '')))) ||
      // ("told analysts in March the plant would reopen", "told reporters on Tuesday he would …".)
      (i === first - 3 && TELLING.has(tokens[i]!.lower) && PREPOSITIONS_OF_DAY.has(tokens[first - 1]!.lower));
    // ", another said." after the expression tags the reported clause; it speaks for that clause's
    // tense only when nothing in the clause does ("will buy more in October, another said"). ("On
    // Tuesday, China announced plans" is the clause's own verb.)
    if (
      comma &&
      REPORTING.has(tokens[i]!.lower) &&
      isReportTag(tokens, i, to) &&
      !datesDoneNoun(tokens, first)
    )
      distance += TAG_PENALTY;
    else if (REPORTING.has(tokens[i]!.lower) && !adjacent) distance += REPORTING_PENALTY;
    // A cue after a comma that follows the expression is often the main clause's verb, the date in a
    // clause of its own ("the vote that is due to close by June, delayed …").
    else if (comma) distance += REPORTING_PENALTY;
    // An -ed word after the expression that no lexicon lists is often a participle of a noun phrase
    // ("new markets untouched by the crisis"), not the clause's verb.
    else if (i > last + 1 && cue === 'past' && isParticipleAfterNoun(tokens, i))
      distance += REPORTING_PENALTY;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cue;
    }
  }
  return best;
}
