/**
 * The PLOVER events coder: triggers and patterns over a tagged sentence, then one event per reported
 * happening in the article.
 *
 * 1. Per sentence: find triggers (lexicon, longest match); drop reporting verbs, hypotheticals
 *    ("if they attack", "could attack"); absorb the action a governing trigger governs ("threatened
 *    to impose sanctions" is one THREATEN event carrying the sanction's mode).
 * 2. Per trigger: actors = the nearest subject on its left in its clause (entities, compounds joined
 *    by "and", or a sector phrase such as "police in Germany"); passives swap roles ("was attacked by");
 *    targets = the FIRST participant after it in its clause (never every object); location = a place
 *    entity after in/at/near; date = the nearest time of the times layer in the sentence; quantities =
 *    casualty roles and counted units of the quantities layer (or a fallback scan); status from
 *    negation, denial, claims, threats and future cues; source from the quotes layer (or the
 *    sentence's reporting clause).
 * 3. At most MAX_EVENTS_PER_SENTENCE events per sentence, one per category.
 * 4. Across the article: the same category with the same actors and targets and a compatible date is
 *    one event with several evidence spans.
 */
import type { Span } from '../../doc/doc.js';
import type { EntityItem } from '../entities/index.js';
import type { QuantityItem } from '../quantities/types.js';
import { modesAgree } from './modes.js';
import type { QuoteItem } from '../quotes/types.js';
import type { Sentence } from '../sentences/splitter.js';
import { addDays, fmtDay, parseIsoDay } from '../times/calendar.js';
import type { TimeItem } from '../times/types.js';
import type { Token } from '../tokens/tokenizer.js';
import {
  AFTER_HEAD,
  CALENDAR_WORDS,
  CLAIMS,
  CLAUSE_BREAKS,
  COMPLEMENT_WORDS,
  CONDITIONALS,
  CONFLICT_TYPES,
  INTENT_AUXILIARIES,
  LIGHT_VERBS,
  NOMINAL_CUES,
  OBJECT_CUE_REACH,
  DIRECT_OBJECT_STOPS,
  OBJECT_CUES,
  type ObjectCue,
  OBJECT_FILLERS,
  SYMMETRIC_TYPES,
  OBLIGATION_MODALS,
  ORDER_VERBS,
  ASPECTUAL_VERBS,
  PREPARATION_WORDS,
  POSTPOSED_REJECTIONS,
  GIVE_VERBS,
  GIVE_REACH,
  REFUSAL_MODALS,
  ORDERED_TYPES,
  THREAT_CONDITIONS,
  COUNTED_UNITS,
  DECLINABLE_TYPES,
  CASUALTY_WORDS,
  DIRECT_OBJECT_OPENERS,
  FORCE_FILLERS,
  FORCE_MOVE_VERBS,
  FORCE_NOUNS,
  FORCE_RETURNS,
  AIR_SUBJECTS,
  NOT_AFTER,
  THREAT_WORDS,
  SIDE_REACH,
  SIDE_ARMED,
  STRIKE_DETERMINERS,
  CASUALTY_PREPOSITIONS,
  PURPOSE_REACH,
  SIGN_NOUN_BEFORE,
  MANNER_PREPOSITIONS,
  MANNER_REACH,
  CASUALTY_PAIR_REACH,
  PLACE_PHRASE_MAX,
  PEOPLE_NOUNS,
  PLACE_PHRASE_OPENERS,
  FIRE_FIGHTING_VERBS,
  FIRES_COUNTED_BEFORE,
  SUFFERED,
  SUFFERED_PASSIVE,
  PERPETRATOR_NOUNS,
  OWN_FORCES,
  STATE_ORGAN_WORDS,
  LABOUR_WORDS,
  AIR_WAR_SENTENCES,
  ARMED_AIRCRAFT,
  MILITARY_MARKERS,
  SIDE_TYPES,
  FORECAST_MODALS,
  TRAILING_WARNER_MAX,
  TIME_LEADS,
  SENTENCE_ENDS,
  NOT_BEFORE,
  NO_COMMENT,
  REQUIRED_OBJECTS,
  NOT_OBJECTS,
  COMPOUND_HEADS,
  NOT_OBJECT_REACH,
  SHORT_OF_REACH,
  ULTIMATUM_SPANS,
  DENIALS,
  FUTURE_CUES,
  GOVERN_REACH,
  GOVERNING_TYPES,
  MAX_EVENTS_PER_SENTENCE,
  NEGATIONS,
  PLACE_PREPOSITIONS,
  POSSIBILITY_MODALS,
  REPORTING_VERBS,
  ROLE_WORDS,
  SECTOR_MODIFIERS,
  SECTOR_NOUNS,
  TRAVEL_VERBS,
  ANONYMITY,
  COORDINATED_REACH,
  REPORTING_CLAUSE_REACH,
  NATURAL_FORCES,
  NATURE_MODIFIERS,
  NATURE_VERB_FILLERS,
  MANHUNT_OBJECTS,
  SUBJECT_DETERMINERS,
  AMOUNT_WORDS,
  COOPERATIVE_OBJECTS,
  STOP_VERBS,
  INTENT_VERBS,
  RELATIVE_PRONOUNS,
  RELATIVE_FILLERS,
  SUBJECT_MODIFIERS,
  TITLES,
} from './lexicon.js';
import { countryCode } from './actors.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import type { EntityRef, EventItem, EventStatus, PloverType } from './types.js';

export interface CoderInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  entities: readonly EntityItem[];
  times?: readonly TimeItem[] | undefined;
  quantities?: readonly QuantityItem[] | undefined;
  quotes?: readonly QuoteItem[] | undefined;
}

/** A participant found in a sentence: token range (sentence-relative) and what it refers to. */
interface Arg {
  from: number;
  to: number;
  ref: EntityRef;
}

/** Per coded event: its participants' merge keys (an entity inside a sector phrase stands for it). */
const CORE_KEYS = new WeakMap<EventItem, { actors: string[]; targets: string[] }>();

function coreKey(v: View, a: Arg): string {
  for (let k = a.from; k < a.to; k++) if (v.ent[k]) return v.ent[k]!.id;
  return refKey(a.ref);
}

/** One sentence prepared for coding. */
interface View {
  sentence: Sentence;
  toks: readonly Token[];
  lower: string[];
  /** Entity id and type per token, when the token is inside an entity mention. */
  ent: Array<{ id: string; type: string; from: number; to: number } | null>;
  /** Whether the token is inside a times-layer expression. */
  time: boolean[];
  /** Whether the token is written with a capital. */
  caps: boolean[];
  /** shiftPoint's answer, once asked (undefined before; set here so every view has one shape). */
  shift: number | undefined;
  /** relativeClauses' answer, once asked. */
  relatives: Array<[number, number]> | undefined;
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Conflictual acts that, reported by another party, are its accusation. */
const ACCUSED_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE']);
/** Verbs of claiming that make a reported attack an accusation. */
const CLAIM_VERBS = new Set(['said', 'says', 'charged', 'claimed', 'claims', 'alleged', 'alleges']);
/** Capitalised sentence openers that are no subject (articles, pronouns, prepositions, conjunctions). */
const OPENING_WORDS = new Set(
  'the a an this that these those it they he she we i you there here in on at after before when while but and or if as by for from with since during any every each no some another such'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'its', 'their']);
const NUMBER_WORDS: Readonly<Record<string, number>> = {
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/** Every event of an article, ordered by first evidence; ids v1, v2, … */
export function codeEvents(input: CoderInput): EventItem[] {
  const raw: EventItem[] = [];
  // Each sentence sees only the layer items that start inside it (quotes: that overlap it), found by
  // binary search, so long documents stay linear.
  const mentions = input.entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, e })))
    .sort((a, b) => a.start - b.start);
  const times = sortedByStart(input.times);
  const quantities = sortedByStart(input.quantities);
  let airWarUntil = -1;
  let sentenceNo = -1;
  for (const s of input.sentences) {
    sentenceNo++;
    const found = sentenceTriggers(input, s);
    if (!found) continue;
    const byEntity = new Map<EntityItem, Span[]>();
    for (const m of startingIn(mentions, s)) {
      const list = byEntity.get(m.e);
      if (list) list.push(m);
      else byEntity.set(m.e, [m]);
    }
    const local: CoderInput = {
      ...input,
      entities: [...byEntity].map(([e, ms]) => ({ ...e, mentions: ms.map((m) => ({ ...m, text: '' })) })),
      times: times && startingIn(times, s),
      quantities: quantities && startingIn(quantities, s),
      quotes: input.quotes?.filter((q) => q.start < s.end && q.end > s.start),
    };
    const coded = codeSentence(local, viewOf(local, s), found);
    // "French warplanes struck Raqqa … The strikes come days after …": after an air attack, bare
    // "strikes" without a word of labour are more of it, not a walkout.
    for (const e of coded) {
      const reading = attackReading(input, s, e, sentenceNo <= airWarUntil);
      if (!reading) continue;
      e.type = 'ASSAULT';
      e.mode = 'aerial';
      e.context = ['military'];
      // ("six people died in the strikes": who died suffered them.)
      if (reading === 'casualty') [e.actors, e.targets] = [[], [...e.actors, ...e.targets]];
    }
    if (coded.some((e) => e.type === 'ASSAULT' && e.mode === 'aerial'))
      airWarUntil = sentenceNo + AIR_WAR_SENTENCES;
    raw.push(...coded);
  }
  return mergeMentions(raw);
}

/**
 * A "strike(s)" coded as a walkout that is an attack: soon after an air attack in the story ("air"), or
 * right after a casualty word ("six people died in the strikes", "killed in a strike": "casualty"), with
 * no word of labour in the sentence; null when it stays a walkout.
 */
function attackReading(
  input: CoderInput,
  s: Sentence,
  e: EventItem,
  airWar: boolean,
): 'air' | 'casualty' | null {
  if (e.type !== 'PROTEST' || e.mode !== 'boycott') return null;
  if (!/^strikes?$/i.test(input.text.slice(e.trigger.start, e.trigger.end))) return null;
  let at = -1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = input.tokens[i]!;
    if (LABOUR_WORDS.has(t.lower)) return null;
    if (t.start === e.trigger.start) at = i;
  }
  if (at < 0) return null;
  // (The casualty word, then at most a preposition and a determiner: "died in the strikes".)
  let k = at - 1;
  if (k >= s.tokenStart && STRIKE_DETERMINERS.has(input.tokens[k]!.lower)) k--;
  if (k >= s.tokenStart && CASUALTY_PREPOSITIONS.has(input.tokens[k]!.lower)) k--;
  if (k >= s.tokenStart && k < at - 1 && CASUALTY_WORDS.test(input.tokens[k]!.lower)) return 'casualty';
  return airWar ? 'air' : null;
}

/**
 * The lexicon's triggers in the sentence, as codeSentence looks for them (capitalised words inside the
 * sentence skipped), or null when it can find no event there: no trigger and no force-move verb. The
 * others are skipped before their view is built; what is coded does not change.
 */
function sentenceTriggers(input: CoderInput, s: Sentence): TriggerMatch[] | null {
  const lower: string[] = [];
  const caps: boolean[] = [];
  let forceMove = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = input.tokens[i]!;
    if (FORCE_MOVE_VERBS.has(t.lower)) forceMove = true;
    lower.push(t.lower);
    caps.push(i > s.tokenStart && startsCapital(input.text, t));
  }
  const found = findTriggers(lower, caps);
  return found.length > 0 || forceMove ? found : null;
}

/** Whether the token starts with an ASCII capital (/^[A-Z]/ on its text, without slicing it). */
function startsCapital(text: string, t: Span): boolean {
  if (t.end <= t.start) return false;
  const c = text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

function sortedByStart<T extends Span>(items: readonly T[] | undefined): T[] | undefined {
  return items && [...items].sort((a, b) => a.start - b.start);
}

/** The items (sorted by start) that start inside the span. */
function startingIn<T extends Span>(items: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < items.length && items[k]!.start < span.end; k++) out.push(items[k]!);
  return out;
}

function viewOf(input: CoderInput, sentence: Sentence): View {
  const toks = input.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const lower = toks.map((t) => t.lower);
  const ent: View['ent'] = toks.map(() => null);
  for (const e of input.entities)
    for (const m of e.mentions) {
      if (m.end <= sentence.start || m.start >= sentence.end) continue;
      const from = toks.findIndex((t) => t.end > m.start);
      let to = from;
      while (to < toks.length && toks[to]!.start < m.end) to++;
      for (let k = Math.max(0, from); k < to; k++) ent[k] = { id: e.id, type: e.type, from, to };
    }
  const time = toks.map((t) => (input.times ?? []).some((x) => x.start <= t.start && t.end <= x.end));
  const caps = toks.map((t) => startsCapital(input.text, t));
  return { sentence, toks, lower, ent, time, caps, shift: undefined, relatives: undefined };
}

/**
 * Steps 1-3 for one sentence, given its lexicon triggers (sentenceTriggers: a capitalised word inside
 * the sentence is a name, not a trigger: "March", "Shell").
 */
function codeSentence(input: CoderInput, v: View, lexiconTriggers: TriggerMatch[]): EventItem[] {
  const found = withForceMoves(v, lexiconTriggers);
  const triggers = found.filter(
    (m) =>
      !REPORTING_VERBS.has(v.lower[m.from]!) &&
      // ("by the end of the month": a word of a time expression is no act.)
      !v.time[m.from] &&
      !looseTrigger(v, m, found) &&
      !insideEntity(v, m) &&
      !participleAdjective(v, m) &&
      !nounModifier(v, m),
  );
  const absorbed = new Set<TriggerMatch>();
  const carried = new Map<TriggerMatch, TriggerMatch>();
  // An action's object that is itself a trigger noun ("imposed sanctions", "suspended aid") is part of it.
  for (let k = 0; k + 1 < triggers.length; k++) {
    const a = triggers[k]!;
    const b = triggers[k + 1]!;
    const between = v.lower.slice(a.to, b.from);
    // Sums count as fillers too: "approved a 100 million dollar loan", "pledged $5 million in aid".
    const sum = between.some((w) => /^[\d.,$€£]+$/.test(w) || w === 'million' || w === 'billion');
    const fillers = sum ? between.filter((w) => !AMOUNT_WORDS.has(w) && !/^[\d.,$€£]+$/.test(w)) : between;
    // "gave Sylvania a stern warning": give's indirect object stands between it and the noun it takes.
    const given =
      GIVE_VERBS.has(v.lower[a.from]!) &&
      a.to - a.from === 1 &&
      between.length <= GIVE_REACH &&
      !between.some((w) => w === ',' || CLAUSE_BREAKS.has(w));
    if (
      given ||
      (fillers.length <= 2 && between.length <= 6 && fillers.every((w) => OBJECT_FILLERS.has(w)))
    ) {
      // A light verb ("approved the deployment") takes its object's category instead; give keeps its
      // subject and recipient and takes the category in codeTrigger.
      if (LIGHT_VERBS.has(v.lower[a.from]!) && a.to - a.from === 1 && !given) absorbed.add(a);
      else {
        absorbed.add(b);
        if (!carried.has(a)) carried.set(a, b);
      }
    }
  }
  for (let k = 0; k < triggers.length; k++) {
    const g = triggers[k]!;
    if (absorbed.has(g) || !GOVERNING_TYPES.has(g.entry.type)) continue;
    const next = triggers[k + 1];
    if (next && next.from - g.to <= GOVERN_REACH && governs(v, g, next)) {
      absorbed.add(next);
      carried.set(g, next);
    }
  }
  // "killed 37 people and wounded 112": a second casualty verb joined by "and" is the same attack.
  for (let k = 0; k + 1 < triggers.length; k++) {
    const a = triggers[k]!;
    const b = triggers[k + 1]!;
    if (absorbed.has(b) || a.entry.type !== 'ASSAULT' || b.entry.type !== 'ASSAULT') continue;
    if (v.lower[b.from - 1] !== 'and' || !SUFFERED_PASSIVE.has(v.lower[b.from]!)) continue;
    const between = v.lower.slice(a.to, b.from - 1);
    if (between.length > CASUALTY_PAIR_REACH || between.some((w) => w === ',' || CLAUSE_BREAKS.has(w)))
      continue;
    absorbed.add(b);
  }
  // "arrested nine suspects in raids across the capital": a noun of the same category after "in" or
  // "during" in the verb's clause tells how the act was done (one event, the verb's).
  for (let k = 0; k + 1 < triggers.length; k++) {
    const a = triggers[k]!;
    const b = triggers[k + 1]!;
    if (absorbed.has(a) || absorbed.has(b) || a.entry.type !== b.entry.type) continue;
    if (!MANNER_PREPOSITIONS.has(v.lower[b.from - 1] ?? '')) continue;
    const between = v.lower.slice(a.to, b.from);
    if (between.length > MANNER_REACH || between.some((w) => w === ',' || CLAUSE_BREAKS.has(w))) continue;
    absorbed.add(b);
  }
  // "Sanctions on Iran were lifted": a trigger noun that is the subject of a passive trigger verb is
  // what the verb acts on (one event, the verb's).
  for (let k = 0; k + 1 < triggers.length; k++) {
    const a = triggers[k]!;
    const b = triggers[k + 1]!;
    if (absorbed.has(a) || absorbed.has(b) || /(ed|ing)$/.test(v.lower[a.to - 1]!)) continue;
    if (!/ed$/.test(v.lower[b.from]!) || !BE_FORMS.has(v.lower[b.from - 1] ?? '')) continue;
    const between = v.lower.slice(a.to, b.from);
    if (between.length > 7 || between.some((w) => w === ',' || CLAUSE_BREAKS.has(w))) continue;
    absorbed.add(a);
    if (!carried.has(b)) carried.set(b, a);
  }
  // "lifting the ban is out of the question": a postposed rejection absorbs the actions of its clause.
  for (const g of triggers) {
    if (absorbed.has(g) || g.entry.type !== 'REJECT' || !POSTPOSED_REJECTIONS.has(v.lower[g.from]!)) continue;
    let start = g.from - 1;
    while (
      start >= 0 &&
      !CLAUSE_BREAKS.has(v.lower[start]!) &&
      v.lower[start] !== ',' &&
      v.lower[start] !== 'that'
    )
      start--;
    for (const t of triggers)
      if (t !== g && t.from > start && t.to <= g.from) {
        absorbed.add(t);
        if (!carried.has(g)) carried.set(g, t);
      }
  }
  const out: EventItem[] = [];
  const seen = new Set<string>();
  // The event that holds each slot (category, and whether in a clause dated apart).
  const slotOwner = new Map<string, EventItem>();
  // Verbs before nouns: "Valdoria, a partner of the bloc, refused …" is a refusal first.
  const ranked = triggers
    .filter((m) => !absorbed.has(m) && !hypothetical(v, m))
    .map((m, k) => ({
      m,
      k,
      nominal:
        inPrepositionalPhrase(v, m.from) ||
        backgroundParticiple(v, m) ||
        subjectNoun(v, m) ||
        relativeClause(v, m) ||
        reducedRelative(v, m),
    }))
    .sort((a, b) => Number(a.nominal) - Number(b.nominal) || a.k - b.k);
  for (const { m } of ranked) {
    const e = codeTrigger(input, v, m, carried.get(m) ?? null, mainVerbBefore(v, m, triggers));
    // (One event per category in the main clause and one in a clause dated apart: "attacks in Paris
    // killed 129 people" days before is one more attack, its "attacks" and "killed" the same.)
    const slot = `${e.type}${shiftedInTime(v, m) ? ':shifted' : ''}`;
    if (seen.has(slot)) {
      // "Nine people were killed when the militia launched an attack": one event of the category; an
      // earlier mention without an actor takes the actor a later one of the same category names, and
      // without a mode the mode ("A suicide bombing killed 30": the killing is a suicide attack).
      const first = slotOwner.get(slot);
      if (first && !first.mode && e.mode && subjectNounOf(input.text, e.trigger, first.trigger))
        first.mode = e.mode;
      if (first && first.actors.length === 0 && e.actors.length > 0) {
        const actors = e.actors.filter((a) => !first.targets.some((t) => refKey(t) === refKey(a)));
        if (actors.length) {
          first.actors = actors;
          const keys = CORE_KEYS.get(first);
          const from = CORE_KEYS.get(e);
          if (keys && from) keys.actors = from.actors;
        }
      }
      continue;
    }
    if (out.length >= MAX_EVENTS_PER_SENTENCE) break;
    seen.add(slot);
    slotOwner.set(slot, e);
    out.push(e);
  }
  // Events with a participant come before events without one (a coder codes "who did what to whom").
  const score = (e: EventItem) => (e.actors.length + e.targets.length > 0 ? 1 : 0);
  return out
    .map((e, k) => ({ e, k }))
    .sort((a, b) => score(b.e) - score(a.e) || a.k - b.k)
    .map((x) => x.e);
}

/** Words before "target(s)" that make it the verb. */
const TARGET_VERB_BEFORE = new Set(
  'to will would could can may might must should not also they we he she it who that which deliberately repeatedly often'.split(
    ' ',
  ),
);

/** Determiners that open a place phrase after "to" ("ordered troops to the border"), never a verb. */
const PLACE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** A move verb's synthetic MOBILIZE trigger ("massed 20,000 troops on the border"). */
const FORCE_MOVE: TriggerMatch['entry'] = {
  phrase: '',
  type: 'MOBILIZE',
  mode: 'troops',
  context: 'military',
};

/**
 * The token after a force noun that is the object starting at `from` ("its troops", "500 more
 * soldiers", "the army"), or -1; a force sent home, back or away is no build-up.
 */
function afterForceObject(v: View, from: number): number {
  for (let k = from; k < v.lower.length && k < from + 5; k++) {
    const w = v.lower[k]!;
    if (FORCE_NOUNS.has(w)) {
      // ("army" and "police" may also modify the real head: "army units", "police reinforcements".)
      if (FORCE_NOUNS.has(v.lower[k + 1] ?? '')) continue;
      const next = v.lower[k + 1] ?? '';
      // ("sent police a letter": the force is the indirect object, the letter is what was sent.)
      if (DIRECT_OBJECT_OPENERS.has(next) && !v.lower.slice(k + 2, k + 5).some((w) => FORCE_NOUNS.has(w)))
        return -1;
      return FORCE_RETURNS.has(next) ? -1 : k + 1;
    }
    if (!FORCE_FILLERS.has(w) && !/^[\d.,]+$/.test(w)) return -1;
  }
  return -1;
}

/** The triggers plus a MOBILIZE trigger for each move verb whose object is a force ("sent two warships"). */
function withForceMoves(v: View, triggers: TriggerMatch[]): TriggerMatch[] {
  let out: TriggerMatch[] | null = null;
  for (let k = 0; k < v.lower.length; k++) {
    if (!FORCE_MOVE_VERBS.has(v.lower[k]!) || afterForceObject(v, k + 1) < 0) continue;
    if (triggers.some((t) => t.from <= k && k < t.to)) continue;
    (out ??= [...triggers]).push({ from: k, to: k + 1, entry: FORCE_MOVE });
  }
  return out ? out.sort((a, b) => a.from - b.from) : triggers;
}

/**
 * Where a participle clause's subject is sought: at the main clause's trigger before its comma ("Rebels
 * seized the town, killing 14 soldiers": the rebels kill), else at the trigger itself.
 */
function mainVerbBefore(v: View, m: TriggerMatch, triggers: readonly TriggerMatch[]): number {
  const comma = participleComma(v, m);
  if (comma < 0) return afterPlacePhrase(v, m, triggers) ?? purposeOf(v, m, triggers) ?? m.from;
  // The clause before the comma: from the previous comma or clause break ("After police arrested the
  // leader, crowds gathered …, demanding …": the crowds demand).
  let from = comma - 1;
  while (from >= 0 && v.lower[from] !== ',' && !CLAUSE_BREAKS.has(v.lower[from]!)) from--;
  let at = m.from;
  for (const t of triggers) if (t.from > from && t.to <= comma && (at === m.from || t.from > at)) at = t.from;
  return at;
}

/**
 * "2,000 people marched to parliament demanding help": a participle right after a trigger verb's place
 * phrase, no comma between, is that verb's subject's act; the trigger's start, or null.
 */
function afterPlacePhrase(v: View, m: TriggerMatch, triggers: readonly TriggerMatch[]): number | null {
  if (!/^\p{Ll}{3,}ing$/u.test(v.lower[m.from]!) || BE_FORMS.has(v.lower[m.from - 1] ?? '')) return null;
  const t = triggers.findLast((x) => x.to < m.from);
  if (!t || m.from - t.to > PLACE_PHRASE_MAX || !PLACE_PHRASE_OPENERS.has(v.lower[t.to]!)) return null;
  for (let k = t.to + 1; k < m.from; k++) {
    const w = v.lower[k]!;
    if (w === ',' || w === '.' || CLAUSE_BREAKS.has(w) || /ed$/.test(w)) return null;
  }
  // ("fired tear gas at protesters demanding elections": people before the participle are its subject.)
  const head = m.from - 1;
  if (PEOPLE_NOUNS.has(v.lower[head]!) || v.ent[head]?.type === 'PERSON' || v.ent[head]?.type === 'NORP')
    return null;
  return t.from;
}

/**
 * "will visit Moscow on June 26 for talks with Putin": talks or a meeting after "for" are the purpose of
 * the trigger verb before them in its clause, whose subject holds them ("arrested students for protests"
 * is not: only consultations); that verb's start, or null.
 */
function purposeOf(v: View, m: TriggerMatch, triggers: readonly TriggerMatch[]): number | null {
  if (v.lower[m.from - 1] !== 'for' || m.entry.type !== 'CONSULT' || /(?:ed|ing)$/.test(v.lower[m.from]!))
    return null;
  const t = triggers.findLast((x) => x.to < m.from);
  if (!t || m.from - t.to > PURPOSE_REACH) return null;
  for (let k = t.to; k < m.from; k++) {
    const w = v.lower[k]!;
    if (w === ',' || w === '.' || CLAUSE_BREAKS.has(w)) return null;
  }
  return t.from;
}

/** A strike verb after a natural force in its clause ("lightning struck a depot"): no attack. */
function naturalStrike(v: View, m: TriggerMatch): boolean {
  const w = v.lower[m.from]!;
  if (m.to - m.from !== 1 || !(w === 'struck' || w.startsWith('strik'))) return false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - OBJECT_CUE_REACH; k--) {
    const x = v.lower[k]!;
    if (CLAUSE_BREAKS.has(x) || x === ',' || x === '.') break;
    if (NATURAL_FORCES.has(x)) return true;
  }
  return false;
}

/** How long a place phrase between a subject and its verb may be ("in Castrelle's Lower Vantor valley"). */
const PLACE_PHRASE_REACH = 6;
/** How far after a trigger its "by" agent may stand ("forced from their homes by floods"). */
const AGENT_REACH = 3;

/** How far into a main clause its natural-force subject may stand ("A wind-driven wildfire tore"). */
const NATURE_SUBJECT_REACH = 5;

/** Whether the token at `k` opens its clause as a natural force ("Flash floods", "a smaller flood"). */
function naturalForceOpening(v: View, k: number): boolean {
  if (!NATURAL_FORCES.has(v.lower[k]!)) return false;
  for (let j = k - 1; j >= 0; j--) {
    const w = v.lower[j]!;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') return true;
    // (A hyphenated adjective describes it too: "a wind-driven wildfire", "fast-moving floods".)
    if (!NATURE_MODIFIERS.has(w) && !SUBJECT_DETERMINERS.has(w) && !/^\p{L}+-\p{L}+$/u.test(w)) return false;
  }
  return true;
}

/**
 * A natural force that is the trigger's subject ("Flash floods have killed 42 people", "a flood in the
 * valley destroyed 120 homes") or its agent ("were killed by floods"): no one acted, nothing to code.
 */
function naturalSubject(v: View, m: TriggerMatch): boolean {
  // (", forcing 12,000 people to flee": a participle's subject is the main clause's, "A wildfire tore …".)
  // ("Floods have killed 27 people and forced 86,000 from their homes": a verb after "and" shares it.)
  const comma = participleComma(v, m);
  const shared = comma >= 0 ? comma : v.lower[m.from - 1] === 'and' ? m.from - 1 : -1;
  if (shared >= 0) {
    let from = shared - 1;
    while (from > 0 && v.lower[from - 1] !== ',' && !CLAUSE_BREAKS.has(v.lower[from - 1]!)) from--;
    for (let k = from; k < shared && k < from + NATURE_SUBJECT_REACH; k++)
      if (naturalForceOpening(v, k)) return true;
  }
  // (Walking left over auxiliaries, adverbs and one place phrase to the subject's head.)
  let inPlace = false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - OBJECT_CUE_REACH - PLACE_PHRASE_REACH; k--) {
    const w = v.lower[k]!;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') break;
    if (naturalForceOpening(v, k)) return true;
    if (PLACE_PREPOSITIONS.has(w)) {
      inPlace = true;
      continue;
    }
    if (!inPlace && !NATURE_VERB_FILLERS.has(w) && !w.endsWith('ly')) {
      // (Still inside a place phrase whose preposition is further left: "in the same valley".)
      const prep = v.lower
        .slice(Math.max(0, k - PLACE_PHRASE_REACH), k)
        .some((x) => PLACE_PREPOSITIONS.has(x));
      if (!prep) break;
    }
  }
  // (The agent after "by", passive or reduced: "were killed by floods", "people forced from their homes
  // by floods".)
  let by = -1;
  for (let k = m.to; k < v.lower.length && k <= m.to + AGENT_REACH; k++) {
    const w = v.lower[k]!;
    if (w === ',' || w === '.' || CLAUSE_BREAKS.has(w)) break;
    if (w === 'by') {
      by = k;
      break;
    }
  }
  if (by < 0) return false;
  for (let k = by + 1; k < v.lower.length && k <= by + 4; k++) {
    if (NATURAL_FORCES.has(v.lower[k]!)) return true;
    if (!NATURE_MODIFIERS.has(v.lower[k]!) && !SUBJECT_DETERMINERS.has(v.lower[k]!)) break;
  }
  return false;
}

/** A trigger whose object (or passive subject) is a thing it does not act on ("released a statement"). */
function thingObject(v: View, m: TriggerMatch): boolean {
  const verb = v.lower[m.from]!;
  for (const [stem, things] of NOT_OBJECTS) {
    if (!verb.startsWith(stem)) continue;
    // (Whole words or their plurals: "app" is no "apparently".)
    const isThing = (w: string): boolean => things.some((t) => w === t || w === `${t}s` || w === `${t}es`);
    for (let k = m.to; k < v.lower.length && k < m.to + NOT_OBJECT_REACH; k++) {
      const w = v.lower[k]!;
      if (w === ',' || w === '.' || CLAUSE_BREAKS.has(w)) break;
      if (isThing(w)) return true;
    }
    // (A passive: the subject's head right before "be", "the figures were released", or the head
    // before its "of" phrase, "the transcript of the call was released".)
    let k = m.from - 1;
    while (k >= 0 && BE_FORMS.has(v.lower[k]!)) k--;
    if (k === m.from - 1 || k < 0) continue;
    if (isThing(v.lower[k]!)) return true;
    const of = v.lower[k - 1] === 'of' ? k - 1 : v.lower[k - 2] === 'of' ? k - 2 : -1;
    if (of > 0 && isThing(v.lower[of - 1]!)) return true;
  }
  return false;
}

/** How far after "seek" the head of what is sought may stand ("seeking two armed men"). */
const MANHUNT_OBJECT_REACH = 3;

/** Words between "no" and a trigger noun it denies ("no reports of arrests", "no immediate arrests"). */
const DENIED_NOUN_FILLERS: ReadonlySet<string> = new Set([
  'reports',
  'report',
  'of',
  'immediate',
  'further',
  'new',
]);

/** A plural trigger noun after "no" ("no arrests", "no reports of arrests"): nothing happened. */
function nounDenied(v: View, m: TriggerMatch): boolean {
  if (m.to - m.from !== 1 || !v.lower[m.from]!.endsWith('s')) return false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 4; k--) {
    const w = v.lower[k]!;
    if (w === 'no') return true;
    if (!DENIED_NOUN_FILLERS.has(w)) return false;
  }
  return false;
}

/** Police seeking suspects ("two suspects were being sought"): a manhunt, no request. */
function manhunt(v: View, m: TriggerMatch): boolean {
  const w = v.lower[m.from]!;
  if (m.to - m.from !== 1 || !(w.startsWith('seek') || w === 'sought')) return false;
  // (Whole words or their plurals: "suspects", not "suspected militants".)
  const hunted = (x: string): boolean => MANHUNT_OBJECTS.some((o) => x === o || x === `${o}s`);
  if (isPassive(v, m) || BE_FORMS.has(v.lower[m.from - 1] ?? '')) {
    // (The sought are the subject's head before "be": "nine more suspects were being sought".)
    let k = m.from - 1;
    while (k >= 0 && BE_FORMS.has(v.lower[k]!)) k--;
    if (k >= 0 && hunted(v.lower[k]!)) return true;
  }
  // (The direct object's head: up to a preposition, "seeking the extradition of the suspect" asks.)
  for (let k = m.to; k < v.lower.length && k <= m.to + MANHUNT_OBJECT_REACH; k++) {
    const x = v.lower[k]!;
    if (x === ',' || x === '.' || x === 'of' || CLAUSE_BREAKS.has(x) || PLACE_PREPOSITIONS.has(x)) break;
    if (hunted(x)) return true;
  }
  return false;
}

/** Whether the words from `at` refuse only a comment (NO_COMMENT: "comment", "give details" …). */
function refusesComment(v: View, at: number): boolean {
  return NO_COMMENT.some((words) => words.every((w, k) => v.lower[at + k] === w));
}

/**
 * A refusal to comment, seen from either of its triggers: "declined to" / "refused" before a NO_COMMENT
 * phrase, or the phrase's own trigger ("give") after "declined to".
 */
function noComment(v: View, m: TriggerMatch): boolean {
  const verb = v.lower[m.from]!;
  if (verb.startsWith('declin') || verb.startsWith('refus'))
    return refusesComment(v, v.lower[m.to] === 'to' ? m.to + 1 : m.to);
  const before = v.lower[m.from - 2] ?? '';
  return (
    v.lower[m.from - 1] === 'to' &&
    (before.startsWith('declin') || before.startsWith('refus')) &&
    refusesComment(v, m.from)
  );
}

/** Whether the words from `at` ask for the source's anonymity: a description of a source, no request. */
function anonymityRequest(v: View, at: number): boolean {
  return ANONYMITY.some((words) => words.every((w, k) => v.lower[at + k] === w));
}

/**
 * A loose trigger: one after a word that makes it something else (NOT_AFTER), an ignoring verb with
 * no call, demand or warning after it in its clause (REQUIRED_OBJECTS), "stopped short of" with no act
 * after it (SHORT_OF_REACH).
 */
function looseTrigger(v: View, m: TriggerMatch, triggers: readonly TriggerMatch[]): boolean {
  const verb = v.lower[m.from]!;
  if (anonymityRequest(v, m.to)) return true;
  // "The death toll could still rise, officials warned.": a warning that reports a forecast, no threat.
  if (verb.startsWith('warn') && forecastWarning(v, m)) return true;
  // "any sign that they might …": evidence ("will sign that treaty" is signing).
  if (
    verb === 'sign' &&
    m.to - m.from === 1 &&
    v.lower[m.to] === 'that' &&
    SIGN_NOUN_BEFORE.has(v.lower[m.from - 1] ?? '')
  )
    return true;
  // "crews fought the fire": fire fighting ("fought under heavy fire" stays combat).
  if (
    FIRE_FIGHTING_VERBS.some((f) => verb.startsWith(f)) &&
    /^fires?$/.test(v.lower[FIRES_COUNTED_BEFORE.has(v.lower[m.to] ?? '') ? m.to + 1 : m.to] ?? '')
  )
    return true;
  // "declined to comment", "refused to give details": a statement, no rejection, and no giving.
  if (noComment(v, m)) return true;
  // "the fire service", "no sign of sabotage": a noun before the word it modifies.
  if (m.to - m.from === 1 && NOT_BEFORE.get(verb)?.has(v.lower[m.to] ?? '')) return true;
  if (naturalStrike(v, m) || naturalSubject(v, m) || manhunt(v, m) || thingObject(v, m)) return true;
  // "there were no reports of arrests", "no casualties": an event said not to have happened.
  if (nounDenied(v, m)) return true;
  // "thanks to two late goals": because of, no praise.
  if (verb === 'thanks' && v.lower[m.to] === 'to' && m.to - m.from === 1) return true;
  // "hit 14 targets", "a soft target": the noun, no attack; the verb is "targeted", "to target", "will
  // target" (news rarely writes the present "the group targets").
  if (
    (verb === 'target' || verb === 'targets') &&
    m.to - m.from === 1 &&
    !TARGET_VERB_BEFORE.has(v.lower[m.from - 1] ?? '')
  )
    return true;
  // (A one-word trigger after a word that makes it something else: "the question", "before the deadline".)
  const blockers = m.to - m.from === 1 ? NOT_AFTER.get(verb) : undefined;
  if (blockers) {
    const prev = v.lower[m.from - 1] ?? '';
    // (Over a determiner: "before the deadline".)
    if (blockers.has(prev) || (PLACE_DETERMINERS.has(prev) && blockers.has(v.lower[m.from - 2] ?? '')))
      return true;
  }
  if (m.to - m.from === 3 && verb.startsWith('stop') && v.lower[m.to - 1] === 'of') {
    if ((v.lower[m.to] ?? '').endsWith('ing')) return false;
    return !triggers.some((t) => t !== m && t.from >= m.to && t.from < m.to + SHORT_OF_REACH);
  }
  // (A one-word trigger: "struck a deal" is a phrase of its own.)
  for (const [stem, objects] of m.to - m.from === 1 ? REQUIRED_OBJECTS : []) {
    if (!verb.startsWith(stem)) continue;
    for (let k = m.to; k < v.lower.length && k <= m.to + OBJECT_CUE_REACH; k++) {
      const w = v.lower[k]!;
      if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') break;
      if (objects.some((o) => w.startsWith(o))) return false;
    }
    // "French warplanes struck Raqqa", "Israeli jets struck the city": an armed air force strikes any
    // place ("the jet struck a flock of birds", "a medical helicopter struck power lines" do not).
    if (stem === 'struck')
      for (let k = m.from - 1; k >= 0 && k >= m.from - OBJECT_CUE_REACH; k--) {
        const w = v.lower[k]!;
        if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') break;
        if (armedAircraft(v, k)) return false;
      }
    // A passive's object is its subject: "Sanctions on Freedonia were lifted".
    if (isPassive(v, m))
      for (let k = m.from - 1; k >= 0 && k >= m.from - OBJECT_CUE_REACH; k--) {
        const w = v.lower[k]!;
        if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') break;
        if (objects.some((o) => w.startsWith(o))) return false;
      }
    return true;
  }
  return false;
}

/** "the coalition fighting the rebels …", "…, killing 12": an -ing form without be is background. */
function backgroundParticiple(v: View, m: TriggerMatch): boolean {
  if (!v.lower[m.from]!.endsWith('ing') || m.from === 0) return false;
  const prev = v.lower[m.from - 1]!;
  return participleComma(v, m) >= 0 || Boolean(v.ent[m.from - 1]) || SECTOR_NOUNS.has(prev);
}

/**
 * The comma that opens a participle clause holding the trigger (", killing 12", ", killing 14 soldiers
 * and wounding 30"), or -1: the clause's subject is the main clause's.
 */
function participleComma(v: View, m: TriggerMatch): number {
  if (!v.lower[m.from]!.endsWith('ing') || m.from === 0) return -1;
  if (v.lower[m.from - 1] === ',') return m.from - 1;
  if (v.lower[m.from - 1] !== 'and') return -1;
  for (let k = m.from - 2; k > 0 && k >= m.from - 1 - COORDINATED_REACH; k--) {
    const w = v.lower[k]!;
    if (w === ',' || w === '.' || w === ';') return -1;
    if (w.endsWith('ing') && v.lower[k - 1] === ',') return k - 1;
  }
  return -1;
}

/**
 * "The killing of two guards was condemned by …", "Israel's raid on the camp drew criticism": a trigger
 * noun in the sentence's opening noun phrase (only determiners, modifiers, names and times before it,
 * at least one determiner or possessive) is the subject of the main verb, not the reported event.
 */
function subjectNoun(v: View, m: TriggerMatch): boolean {
  // The word right before it is a determiner, possessive or modifier, never a name (a name + verb is a clause).
  const prev = v.lower[m.from - 1] ?? '';
  if (!SUBJECT_DETERMINERS.has(prev) && !SUBJECT_MODIFIERS.has(prev)) return false;
  if (BE_FORMS.has(v.lower[m.from]!) || /ed$/.test(v.lower[m.from]!)) return false;
  let determined = false;
  for (let k = m.from - 1; k >= 0; k--) {
    const w = v.lower[k]!;
    if (SUBJECT_DETERMINERS.has(w)) determined = true;
    else if (!(v.ent[k] || v.time[k] || SUBJECT_MODIFIERS.has(w))) return false;
  }
  return determined;
}

/** "the bombing, which killed nine people, was denounced": a relative clause's verb is background. */
function relativeClause(v: View, m: TriggerMatch): boolean {
  for (let k = m.from - 1; k >= 0 && k >= m.from - 3; k--) {
    const w = v.lower[k]!;
    if (RELATIVE_PRONOUNS.has(w)) return true;
    if (!RELATIVE_FILLERS.has(w)) return false;
  }
  return false;
}

/** "government forces backed by Russian warplanes attacked …": a participle + by after a noun is background. */
function reducedRelative(v: View, m: TriggerMatch): boolean {
  if (m.to - m.from !== 1 || !/ed$/.test(v.lower[m.from]!) || v.lower[m.to] !== 'by' || m.from === 0)
    return false;
  // (After a name or a time it is the main verb: "Bashir on Thursday shortened by one hour …".)
  if (v.ent[m.from - 1] || v.time[m.from - 1] || v.caps[m.from - 1]) return false;
  const prev = v.lower[m.from - 1]!;
  return (
    !BE_FORMS.has(prev) && !['has', 'have', 'had', 'being', 'been'].includes(prev) && !NEGATIONS.has(prev)
  );
}

/** THREATEN's modes in PLOVER 2021 besides violence (CAMEO2PLOVER: 1312 restrict, 132 ban, 136 expel …). */
const THREAT_MODES: ReadonlySet<string> = new Set([
  'relations',
  'restrict',
  'ban',
  'political',
  'expel',
  'territory',
]);

/** Acts of force: a threat of one is a threat of violence. */
const FORCE_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);

/** Heads after "finance" that make it an office's name. */
const FINANCE_OFFICES = new Set(
  'minister ministers ministry ministries chief chiefs committee committees director directors department secretary officials official'.split(
    ' ',
  ),
);

/** "two aid workers", "Riot police …": a one-word trigger noun modifying a sector noun is no trigger. */
function nounModifier(v: View, m: TriggerMatch): boolean {
  const head = v.lower[m.to] ?? '';
  // "finance ministers", "the finance ministry": an office, never funding.
  if (m.to - m.from === 1 && /^financ/.test(v.lower[m.from]!) && FINANCE_OFFICES.has(head)) return true;
  if (m.to - m.from !== 1 || !(SECTOR_NOUNS.has(head) || COMPOUND_HEADS.has(head))) return false;
  const prev = v.lower[m.from - 1] ?? '';
  return (
    m.from === 0 ||
    SUBJECT_DETERMINERS.has(prev) ||
    SUBJECT_MODIFIERS.has(prev) ||
    /^\d|^(two|three|four|five|six|seven|eight|nine|ten|several|many|foreign|international)$/.test(prev)
  );
}

/** A trigger noun inside a prepositional phrase ("an ally in the war against …"): ranked after verbs. */
function inPrepositionalPhrase(v: View, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = v.lower[k]!;
    if (NOMINAL_CUES.has(w)) return true;
    if (
      !/^[a-z-]+$/.test(w) ||
      ![
        'the',
        'a',
        'an',
        'its',
        'their',
        'new',
        'civil',
        'military',
        'possible',
        'recent',
        'latest',
        'major',
      ].includes(w)
    )
      return false;
  }
  return false;
}

/**
 * The category after tense and modality: an action announced in the future or as an intent is AGREE
 * when cooperative and THREATEN when conflictual (or conditioned by "unless"); refused in the future
 * ("will not accept") it is REJECT; under "must"/"should" it is a REQUEST.
 */
/**
 * The category a trigger codes before tense and modality: its own, except that give takes what it
 * gives ("gave Sylvania an ultimatum") and an order the act it orders ("ordered the arrest of …",
 * "ordered troops to withdraw"; the action as its object cue reads it: "ordered newspapers to suspend
 * publication").
 */
function actsAs(v: View, m: TriggerMatch, action: TriggerMatch | null): PloverType {
  // "ordered its troops to the border", "ordered the army into the streets", "ordered police on full
  // alert": an order that moves or alerts a force is a build-up (CAMEO 15); "ordered troops to
  // withdraw" is the act it orders.
  if (m.entry.type === 'REQUEST' && ORDER_VERBS.has(v.lower[m.from]!)) {
    const k = afterForceObject(v, m.to);
    const next = v.lower[k + 1] ?? '';
    if (
      k >= 0 &&
      (v.lower[k] === 'into' ||
        v.lower[k] === 'on' ||
        (v.lower[k] === 'to' && (PLACE_DETERMINERS.has(next) || Boolean(v.ent[k + 1]) || v.caps[k + 1])))
    )
      return 'MOBILIZE';
  }
  // "gave the rebels 48 hours to surrender": a span given to act is an ultimatum (CAMEO 139).
  if (GIVE_VERBS.has(v.lower[m.from]!) && m.to - m.from === 1) {
    const after = v.lower.slice(m.to, m.to + GIVE_REACH);
    const span = after.findIndex((w) => ULTIMATUM_SPANS.has(w));
    if (
      span >= 0 &&
      after[span + 1] === 'to' &&
      !after.slice(0, span).some((w) => w === ',' || CLAUSE_BREAKS.has(w))
    )
      return 'THREATEN';
  }
  if (!action || m.to - m.from !== 1) return m.entry.type;
  // "X was guilty of breaking the truce" states the act; "found guilty" is a verdict (ACCUSE).
  if (v.lower[m.from] === 'guilty' && m.from > 0 && BE_FORMS.has(v.lower[m.from - 1]!))
    return objectCue(v, action)?.type ?? action.entry.type;
  if (GIVE_VERBS.has(v.lower[m.from]!)) return action.entry.type;
  if (m.entry.type === 'REQUEST' && ORDER_VERBS.has(v.lower[m.from]!)) {
    const ordered = objectCue(v, action)?.type ?? action.entry.type;
    if (ORDERED_TYPES.has(ordered)) return ordered;
  }
  return m.entry.type;
}

function modalType(
  v: View,
  m: TriggerMatch,
  action: TriggerMatch | null,
): { type: PloverType; modal: 'intent' | 'obligation' | 'refusal' | null } {
  // (The action and the trigger as their objects read them: "would pull out of the talks" halts talks.)
  const acted = action ? (objectCue(v, action)?.type ?? action.entry.type) : m.entry.type;
  const own = action ? actsAs(v, m, action) : (objectCue(v, m)?.type ?? actsAs(v, m, action));
  const conditioned = v.lower.slice(m.to).some((w) => THREAT_CONDITIONS.has(w));
  if (OBLIGATION_MODALS.has(v.lower[m.from]!)) return { type: 'REQUEST', modal: 'obligation' };
  // "The army prepared to storm …", "troops were preparing to attack": preparation, not a statement.
  const preparing =
    PREPARATION_WORDS.has(v.lower[m.from]!) &&
    (v.lower[m.from] === 'preparing' || m.from === 0 || !BE_FORMS.has(v.lower[m.from - 1]!));
  if (own === 'AGREE' && action && preparing && (acted === 'ASSAULT' || acted === 'COERCE'))
    return { type: 'MOBILIZE', modal: null };
  // Offering troops is an offer (AGREE), not a threat; other conflictual actions offered are threats.
  // …unless the promise is to stop it ("agreed to end the strike", "pledged to halt the raids").
  const stop =
    action === null ? -1 : v.lower.findIndex((w, k) => k >= m.to && k <= action.from && STOP_VERBS.has(w));
  // (Stopping aid or talks is no de-escalation: "agreed to suspend aid" keeps its reading.)
  const stopping = stop >= 0 && !v.lower.slice(stop + 1, stop + 5).some((w) => COOPERATIVE_OBJECTS.has(w));
  if (own === 'AGREE' && stopping) return { type: 'AGREE', modal: 'intent' };
  // "vowed not to return the land" refuses a cooperative act; "pledged not to attack" is a promise.
  if (own === 'AGREE' && action && v.lower[m.to] === 'not')
    return CONFLICT_TYPES.has(acted)
      ? { type: 'AGREE', modal: 'intent' }
      : { type: 'REJECT', modal: 'intent' };
  if (
    own === 'AGREE' &&
    action &&
    !stopping &&
    ((CONFLICT_TYPES.has(acted) && acted !== 'MOBILIZE') || conditioned)
  )
    return { type: 'THREATEN', modal: 'intent' };
  let negated = false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 6; k--) {
    const w = v.lower[k]!;
    if (NEGATIONS.has(w)) negated = true;
    if (OBLIGATION_MODALS.has(w)) return { type: 'REQUEST', modal: 'obligation' };
    if (m.from - k > 4) continue;
    // "cannot accept further asylum seekers": a cooperative act refused.
    if (REFUSAL_MODALS.has(w) && !CONFLICT_TYPES.has(own) && own !== 'REJECT')
      return { type: 'REJECT', modal: 'intent' };
    if (INTENT_AUXILIARIES.has(w)) {
      if (negated) return { type: 'REJECT', modal: 'intent' };
      if (CONFLICT_TYPES.has(own) || conditioned) return { type: 'THREATEN', modal: 'intent' };
      if (own === 'AGREE' || own === 'REQUEST' || own === 'REJECT') return { type: own, modal: null };
      return { type: 'AGREE', modal: 'intent' };
    }
    if (w === ',' || CLAUSE_BREAKS.has(w) || v.ent[k]) break;
  }
  // "has not withdrawn its troops", "never released the prisoners": a yielding act not done is declined.
  if (
    negated &&
    !action &&
    DECLINABLE_TYPES.has(own) &&
    v.lower.slice(Math.max(0, m.from - 3), m.from).some((w) => NEGATIONS.has(w))
  )
    return { type: 'REJECT', modal: 'refusal' };
  // "plans to send aid", "is to provide": a cooperative action announced as an intent is AGREE
  // (CAMEO 03); a conflictual one keeps its category (its status is planned).
  if (
    !CONFLICT_TYPES.has(own) &&
    own !== 'AGREE' &&
    own !== 'REQUEST' &&
    own !== 'REJECT' &&
    intentFrame(v, m)
  )
    return { type: 'AGREE', modal: 'intent' };
  return { type: own, modal: null };
}

/** "X plans to / is expected to / is to <trigger>": an intent frame right before the trigger. */
function intentFrame(v: View, m: TriggerMatch): boolean {
  if (v.lower[m.from - 1] !== 'to') return false;
  const before = v.lower[m.from - 2] ?? '';
  return INTENT_VERBS.has(before) || BE_FORMS.has(before);
}

/** "the detained vessels", "a planned visit": a one-word participle after an article is an adjective. */
function participleAdjective(v: View, m: TriggerMatch): boolean {
  return (
    m.to - m.from === 1 &&
    /ed$/.test(v.lower[m.from]!) &&
    m.from > 0 &&
    ['the', 'a', 'an'].includes(v.lower[m.from - 1]!)
  );
}

/** A trigger word that is part of a name ("Hamas Attack Unit", "Aid Agency") is not a trigger. */
function insideEntity(v: View, m: TriggerMatch): boolean {
  for (let k = m.from; k < m.to; k++) if (v.ent[k]) return true;
  return false;
}

/** Whether governing trigger g reaches action a: only complement words, names and nouns in between. */
function governs(v: View, g: TriggerMatch, a: TriggerMatch): boolean {
  for (let k = g.to; k < a.from; k++) {
    const w = v.lower[k]!;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') return false;
    if (REPORTING_VERBS.has(w)) return false;
  }
  // The action must be introduced like a complement: "to", "for", "of", "that", "on" somewhere between.
  for (let k = g.to; k < a.from; k++) if (COMPLEMENT_WORDS.has(v.lower[k]!)) return true;
  return a.from === g.to || v.lower.slice(g.to, a.from).every((w) => ASPECTUAL_VERBS.has(w));
}

/** Time units that, before "after" or "before", date a clause apart from the sentence's main event. */
const SHIFT_UNITS = new Set([
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
]);
/** How far before a trigger the "<unit> after" of its clause may stand. */
const SHIFT_REACH = 6;

/**
 * Where a clause dated apart from the sentence's main event opens ("struck on Tuesday, a day after a
 * car bomb killed nine soldiers"): the token of its "after" or "before", or -1.
 */
function shiftPoint(v: View): number {
  v.shift ??= findShiftPoint(v);
  return v.shift;
}

function findShiftPoint(v: View): number {
  for (let k = 1; k < v.lower.length; k++) {
    const w = v.lower[k]!;
    // ("for seven years after …" is how long, not when.)
    if (
      (w === 'after' || w === 'before') &&
      SHIFT_UNITS.has(v.lower[k - 1]!) &&
      !v.lower.slice(Math.max(0, k - 4), k).includes('for')
    )
      return k;
  }
  return -1;
}

/** A trigger inside the clause dated apart: another event, even when of the main event's category. */
function shiftedInTime(v: View, m: TriggerMatch): boolean {
  const k = shiftPoint(v);
  if (k < 0 || m.from <= k || m.from - k > SHIFT_REACH) return false;
  for (let j = k + 1; j < m.from; j++) if (v.lower[j] === ',' || v.lower[j] === ';') return false;
  return true;
}

/**
 * The date of an event in a clause dated apart: the main event's full date moved by the clause's days or
 * weeks ("on Tuesday, a day after …" is Monday), or null when it cannot be said.
 */
function shiftedDate(v: View, main: string | null): string | null {
  const k = shiftPoint(v);
  if (k < 0 || main === null || !/^\d{4}-\d\d-\d\d/.test(main)) return null;
  const unit = v.lower[k - 1]!.replace(/s$/, '');
  const count = v.lower[k - 2] ?? '';
  const n = count === 'a' || count === 'an' ? 1 : numberOf(count);
  if (n === null || (unit !== 'day' && unit !== 'week')) return null;
  const days = n * (unit === 'week' ? 7 : 1) * (v.lower[k] === 'after' ? -1 : 1);
  const day = parseIsoDay(main.slice(0, 10));
  return day ? fmtDay(addDays(day, days)) : null;
}

/** Inside an if/unless clause, or right after could/might/may: not coded. */
function hypothetical(v: View, m: TriggerMatch): boolean {
  // ("Theresa May has met …": a name, not the modal.)
  for (let k = m.from - 1; k >= 0 && k >= m.from - 3; k--)
    if (POSSIBILITY_MODALS.has(v.lower[k]!) && !v.ent[k] && !(k > 0 && v.caps[k])) return true;
  // "If the talks fail, the rebels attack": the main clause of a leading condition is hypothetical too,
  // unless announced ("… the rebels will attack" is a threat, coded by modalType).
  if (CONDITIONALS.has(v.lower[0]!) && !INTENT_AUXILIARIES.has(v.lower[m.from - 1] ?? '')) return true;
  for (let k = m.from - 1; k >= 0; k--) {
    const w = v.lower[k]!;
    if (CONDITIONALS.has(w)) return true;
    if (w === ',' || w === ';' || (CLAUSE_BREAKS.has(w) && !CONDITIONALS.has(w))) break;
  }
  return false;
}

/**
 * "X could rise, officials warned.": the warning closes its sentence after a comma, and the clause it
 * reports is a possibility (FORECAST_MODALS: could, may, might, likely …) or a force of nature ("the storm
 * will hit the coast") and holds no word of a threat (THREAT_WORDS: "could be met with force"); a
 * forecast, not a threat. "Those responsible will pay, the president warned" stays a threat.
 */
function forecastWarning(v: View, m: TriggerMatch): boolean {
  let end = m.to;
  while (end < v.lower.length && (v.time[end] || TIME_LEADS.has(v.lower[end]!))) end++;
  if (end < v.lower.length && !SENTENCE_ENDS.has(v.lower[end]!)) return false;
  let comma = m.from - 1;
  while (comma >= 0 && m.from - comma <= TRAILING_WARNER_MAX && v.lower[comma] !== ',') comma--;
  if (comma < 1 || v.lower[comma] !== ',') return false;
  let forecast = false;
  for (let k = 0; k < comma; k++) {
    const w = v.lower[k]!;
    if (THREAT_WORDS.has(w)) return false;
    if (FORECAST_MODALS.has(w) || NATURAL_FORCES.has(w)) forecast = true;
  }
  return forecast;
}

/** Whether a casualty verb stands between a subject (ending at `from`) and a trigger at `to`. */
function sufferedBy(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = v.lower[k]!;
    if (w === ',' || CLAUSE_BREAKS.has(w)) return false;
    if (SUFFERED.has(w) || (SUFFERED_PASSIVE.has(w) && BE_FORMS.has(v.lower[k - 1] ?? ''))) return true;
  }
  return false;
}

/** An air force's aircraft at token k: warplanes, bombers, or aircraft a side or an army word names. */
function armedAircraft(v: View, k: number): boolean {
  const w = v.lower[k]!;
  if (ARMED_AIRCRAFT.some((a) => w.startsWith(a))) return true;
  if (!AIR_SUBJECTS.some((a) => w.startsWith(a))) return false;
  // ("Israeli F-16 jets", "coalition drones": a side or an army word up to two words before; a side
  // alone arms only jets and drones: "a Russian helicopter struck power lines" is an accident.)
  for (let j = k - 1; j >= 0 && j >= k - SIDE_REACH; j--) {
    if (MILITARY_MARKERS.has(v.lower[j]!)) return true;
    const side = v.ent[j];
    if (side && SIDE_TYPES.has(side.type) && SIDE_ARMED.some((a) => w.startsWith(a))) return true;
  }
  return false;
}

/** How many characters may stand between a trigger noun and the verb it is the subject of ("A suicide bombing at a market killed"). */
const SUBJECT_NOUN_REACH = 40;

/** Whether trigger `noun` is the subject of trigger `verb` after it: close, no comma or clause between. */
function subjectNounOf(text: string, noun: Span, verb: Span): boolean {
  if (noun.end > verb.start || verb.start - noun.end > SUBJECT_NOUN_REACH) return false;
  return !/[,;:]|\b(?:while|and|but|as|when|after|before)\b/i.test(text.slice(noun.end, verb.start));
}

/** Step 2 for one trigger. */
function codeTrigger(
  input: CoderInput,
  v: View,
  m: TriggerMatch,
  action: TriggerMatch | null,
  subjectAt = m.from,
): EventItem {
  const passive = isPassive(v, m) || reducedPassive(v, m);
  const cued = objectCue(v, m);
  const modalled = modalType(v, m, action);
  // An object cue re-codes the plain action ("accepted 1,000 refugees" is AID), not a modal reading.
  const { type, modal } = cued && modalled.modal === null ? { type: cued.type, modal: null } : modalled;
  let actors: Arg[];
  let targets: Arg[];
  if (modal === null && action && POSTPOSED_REJECTIONS.has(v.lower[m.from]!)) {
    // "X said that lifting the ban on Y is out of the question": X refuses, Y is refused.
    const r = v.lower.findIndex((w, k) => k < action.from && REPORTING_VERBS.has(w));
    actors = r >= 0 ? subjectOf(input, v, r) : [];
    targets = objectOf(input, v, action.to, false);
  } else if (modal === 'obligation') {
    // "X said (that) Y must …": X asks, Y is asked.
    targets = subjectOf(input, v, m.from);
    const r = v.lower.findIndex((w, k) => k < m.from && REPORTING_VERBS.has(w));
    actors = r >= 0 ? subjectOf(input, v, r) : [];
  } else if (passive) {
    targets = subjectOf(input, v, m.from, true);
    const by = v.lower.indexOf('by', m.to);
    actors = by >= 0 && by - m.to <= 4 ? objectOf(input, v, by + 1, true) : [];
  } else {
    actors = subjectOf(input, v, subjectAt);
    if (actors.length === 0) actors = firstPersonSpeaker(input, v, subjectAt);
    // "X and Y agreed / met": a joint act of the compound subject has no recipient.
    targets = actors.length > 1 && SYMMETRIC_TYPES.has(type) ? [] : objectOf(input, v, m.to, false);
    // "Six soldiers died in the attack", "two children were hurt in the strikes": the subject of a
    // casualty verb before the trigger noun suffered it.
    if (
      type === 'ASSAULT' &&
      actors.length > 0 &&
      !PERPETRATOR_NOUNS.has(v.lower[actors[0]!.to - 1] ?? '') &&
      sufferedBy(v, actors[0]!.to, m.from)
    ) {
      targets = actors;
      actors = [];
    }
  }
  // "Kessel said Sylvania had attacked its border posts": a state's report of another's attack is an
  // accusation by the reporter against the attacker (CAMEO 1123).
  let accusedType: PloverType | null = null;
  if (modal === null && !passive && ACCUSED_TYPES.has(type) && actors.length) {
    const r = v.lower.findIndex((w, k) => k < actors[0]!.from && k > 0 && CLAIM_VERBS.has(w));
    const reporters = r >= 0 ? subjectOf(input, v, r) : [];
    // A named party reports it; a sector source ("police said gunmen killed …") is a reporter, not a side.
    const named = reporters.length > 0 && reporters.every((x) => typeof x.ref === 'string');
    // ("The interior ministry said police had arrested nine": a state organ reporting its own forces,
    // unnamed, accuses nobody; "Hamas said soldiers had killed three" still accuses.)
    const organ = reporters.every(
      (x) =>
        v.ent[x.from]?.type === 'GPE' || v.lower.slice(x.from, x.to).some((w) => STATE_ORGAN_WORDS.has(w)),
    );
    const own =
      organ && actors.every((x) => typeof x.ref !== 'string' && OWN_FORCES.has(x.ref.text.toLowerCase()));
    if (named && !own && reporters.every((x) => refKey(x.ref) !== refKey(actors[0]!.ref))) {
      targets = actors;
      actors = reporters;
      accusedType = 'ACCUSE';
    }
  }
  // No recipient named: the place acted on is the recipient ("a curfew in the capital", "withdraw from Valdoria").
  if (targets.length === 0 && !(actors.length > 1 && SYMMETRIC_TYPES.has(type))) targets = placeTarget(v, m);
  const used = new Set<string>();
  for (const a of [...actors, ...targets]) {
    used.add(refKey(a.ref));
    for (let k = a.from; k < a.to; k++) if (v.ent[k]) used.add(v.ent[k]!.id);
  }
  targets = targets.filter((t) => !actors.some((a) => refKey(a.ref) === refKey(t.ref)));
  const evidence: Span = { start: v.sentence.start, end: v.sentence.end };
  const trigger: Span = { start: v.toks[m.from]!.start, end: v.toks[m.to - 1]!.end };
  // (An object that re-codes the verb takes its mode away too: "will release funds" is no prisoner release.)
  // (A threat takes the mode of what it threatens unless that is force: "threatened to veto" is a
  // threat without force, CAMEO 131, no mode; "threatened to impose sanctions" restricts.)
  const threatened = type === 'THREATEN' && action && !FORCE_TYPES.has(action.entry.type);
  const mode = cued
    ? ((cued.type === type ? cued.mode : undefined) ?? null)
    : threatened
      ? THREAT_MODES.has(action.entry.mode ?? '')
        ? action.entry.mode!
        : null
      : (m.entry.mode ?? action?.entry.mode ?? null);
  const context = [
    cued && cued.type === type ? cued.context : undefined,
    m.entry.context,
    action?.entry.context,
  ].filter((c): c is string => Boolean(c));
  const location = locationOf(v, m, used);
  const item: EventItem = {
    start: evidence.start,
    end: evidence.end,
    id: '',
    type: accusedType ?? type,
    mode: mode || null,
    context: [...new Set(context)],
    actors: dedupe(withCountry(input, v, actors, targets, location)),
    targets: dedupe(withCountry(input, v, targets, actors, location)),
    location,
    date: dateOf(input, v, m),
    quantities: quantitiesOf(input, v, m),
    status:
      type === 'THREATEN'
        ? 'threatened'
        : modal === 'intent'
          ? 'planned'
          : modal === 'refusal'
            ? 'occurred'
            : statusOf(v, m),
    source: sourceOf(input, v, m),
    evidence: [evidence],
    trigger,
  };
  CORE_KEYS.set(item, {
    actors: [...new Set(actors.map((a) => coreKey(v, a)))].sort(),
    targets: [...new Set(targets.map((a) => coreKey(v, a)))].sort(),
  });
  return item;
}

/**
 * Sector participants that name no country get the sentence's country ("Troops fired on protesters in
 * Kabul" → the troops are AFG's): the one country the sentence's names point to, leaving out the
 * countries of the other role's named entities ("Rebels attacked Syria"), else the event location's. A country named by neither is left unset.
 */
function withCountry(
  input: CoderInput,
  v: View,
  args: readonly Arg[],
  others: readonly Arg[],
  location: EntityRef | null,
): EntityRef[] {
  const nameOf = (ref: EntityRef): string => {
    if (typeof ref !== 'string') return ref.text;
    const e = input.entities.find((x) => x.id === ref);
    return e ? e.name : '';
  };
  let sentence: string | null | undefined;
  const found = (): string | null => {
    if (sentence !== undefined) return sentence;
    // Only a named other party is left out: "troops fired on protesters in Kabul" are both Afghan.
    const other = new Set(
      others.filter((o) => typeof o.ref === 'string').map((o) => countryCode(nameOf(o.ref))),
    );
    const named = new Set<string>();
    for (const e of input.entities)
      for (const m of e.mentions) {
        const c = countryCode(input.text.slice(m.start, m.end));
        if (c && !other.has(c)) named.add(c);
      }
    const at = location ? countryCode(nameOf(location)) : null;
    sentence = named.size === 1 ? [...named][0]! : at && !other.has(at) ? at : null;
    return sentence;
  };
  return args.map((a) => {
    if (typeof a.ref === 'string' || countryCode(a.ref.text)) return a.ref;
    // ("Police in Kharkiv": the phrase's own place speaks for it, whatever else the sentence names.)
    for (let k = a.from; k < a.to; k++) if (v.ent[k] && PLACE_TYPES.has(v.ent[k]!.type)) return a.ref;
    const c = found();
    return c ? { text: a.ref.text, country: c } : a.ref;
  });
}

/** The first place entity after the trigger in its clause, after in/into/from/to/on. */
function placeTarget(v: View, m: TriggerMatch): Arg[] {
  for (let k = m.to; k < v.toks.length; k++) {
    const w = v.lower[k]!;
    if (CLAUSE_BREAKS.has(w) || REPORTING_VERBS.has(w) || w === ',' || w === '.') break;
    const e = v.ent[k];
    if (e && e.from === k && PLACE_TYPES.has(e.type) && k > 0) {
      let p = k - 1;
      while (
        p > m.to &&
        ['the', 'capital', 'city', 'town', 'of', 'southern', 'northern', 'eastern', 'western'].includes(
          v.lower[p]!,
        )
      )
        p--;
      if (['in', 'into', 'from', 'to', 'on'].includes(v.lower[p]!))
        return [{ from: e.from, to: e.to, ref: e.id }];
    }
  }
  return [];
}

/** The OBJECT_CUES rows whose verb starts a word, in table order, per word (computed once per word form). */
const CUES_BY_WORD = new Map<string, readonly ObjectCue[]>();

function cuesFor(word: string): readonly ObjectCue[] {
  let list = CUES_BY_WORD.get(word);
  if (!list) {
    list = OBJECT_CUES.filter((cue) => word.startsWith(cue.verb));
    // (Bounded: only trigger words reach here, and the lexicon's forms are finite.)
    if (CUES_BY_WORD.size < 20000) CUES_BY_WORD.set(word, list);
  }
  return list;
}

/** objectCue's answer per trigger match (a match belongs to one sentence's view). */
const CUED = new WeakMap<TriggerMatch, ObjectCue | null>();

function objectCue(v: View, m: TriggerMatch): ObjectCue | null {
  let hit = CUED.get(m);
  if (hit === undefined) {
    hit = findObjectCue(v, m);
    CUED.set(m, hit);
  }
  return hit;
}

/** The OBJECT_CUES row whose verb the trigger is and whose object word follows it in the clause. */
function findObjectCue(v: View, m: TriggerMatch): ObjectCue | null {
  const verb = v.lower[m.from]!;
  let harmed: boolean | null = null;
  for (const cue of cuesFor(verb)) {
    // (A bomber who blew himself up in a mosque attacked people, whatever the sentence counts.)
    if (cue.noCasualties && m.entry.mode === 'suicide-attack') continue;
    if (cue.single && m.to - m.from > 1) continue;
    if (cue.noCasualties && (harmed ??= v.lower.some((w) => CASUALTY_WORDS.test(w)))) continue;
    // (An exact verb allows an inflection, with a doubled consonant: "stopped".)
    if (cue.exact && !/^([a-z]?(ed|ing)|e?s|d)?$/.test(verb.slice(cue.verb.length))) continue;
    for (
      let k = m.to;
      !cue.subjectOnly && k < v.toks.length && k <= m.to + (cue.reach ?? OBJECT_CUE_REACH);
      k++
    ) {
      const w = v.lower[k]!;
      // ("deployed as peacekeepers": an "as" right after the verb names the role, not a new clause.)
      if ((CLAUSE_BREAKS.has(w) && !(w === 'as' && k === m.to)) || w === ',' || w === '.') break;
      if (cue.direct && DIRECT_OBJECT_STOPS.has(w)) break;
      // (A hyphenated word matches by any of its parts: "search-and-rescue teams".)
      if (w.startsWith(cue.object) || (w.includes('-') && w.split('-').some((p) => p.startsWith(cue.object))))
        return cue;
    }
    // A subject cue ("NATO peacekeeping troops have arrived") stands before the verb in its clause.
    for (let k = m.from - 1; cue.subject && k >= 0 && k >= m.from - OBJECT_CUE_REACH; k--) {
      const w = v.lower[k]!;
      if (CLAUSE_BREAKS.has(w) || w === ',' || w === '.') break;
      if (w.startsWith(cue.object)) return cue;
    }
  }
  return null;
}

/** What makes a participle and its complement one passive ("been stabbed to death", "beaten to death"). */
const PASSIVE_PHRASE_TAILS: ReadonlySet<string> = new Set(['death', 'dead']);

function isPassive(v: View, m: TriggerMatch): boolean {
  const w = v.lower[m.from]!;
  // (A phrase is passive only as a participle with its complement: "been stabbed to death".)
  const tail =
    m.to - m.from > 1 ? v.lower[m.to - 1]! : v.lower[m.to] === 'to' ? (v.lower[m.to + 1] ?? '') : '';
  if ((m.to - m.from > 1 || v.lower[m.to] === 'to') && !PASSIVE_PHRASE_TAILS.has(tail)) return false;
  if (!/(ed|en|wn|ot|ept|ught)$/.test(w)) return false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 2; k--) if (BE_FORMS.has(v.lower[k]!)) return true;
  return false;
}

/** Words before a counted noun phrase that make a participle after it a reduced relative. */
const REDUCED_LEADS: ReadonlySet<string> = new Set(['of', 'for', 'including', 'among', 'with', 'against']);
/** Determiners and quantifiers that may open that counted noun phrase. */
const REDUCED_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'some',
  'at',
  'least',
  'about',
  'nearly',
  'more',
  'than',
]);

/**
 * "the release of two French nationals detained in Tehran", "relatives of 12 people killed in the raid":
 * an attack or arrest participle right after a counted noun phrase that follows a preposition is a
 * passive whose subject is that phrase, not its actor.
 */
function reducedPassive(v: View, m: TriggerMatch): boolean {
  if (m.to - m.from !== 1 || !/ed$/.test(v.lower[m.from]!)) return false;
  if (m.entry.type !== 'ASSAULT' && m.entry.type !== 'COERCE') return false;
  let k = m.from - 1;
  // (The noun phrase: capitalised or lower-case words, no more than four.)
  while (
    k >= 0 &&
    m.from - k <= 4 &&
    /^[a-z-]+$/i.test(v.toks[k] ? v.lower[k]! : '') &&
    !numberLike(v.lower[k]!)
  ) {
    if (BE_FORMS.has(v.lower[k]!) || REDUCED_LEADS.has(v.lower[k]!)) return false;
    k--;
  }
  if (k < 1 || k === m.from - 1 || !numberLike(v.lower[k]!)) return false;
  let j = k - 1;
  while (j >= 0 && REDUCED_OPENERS.has(v.lower[j]!)) j--;
  return j >= 0 && REDUCED_LEADS.has(v.lower[j]!);
}

/** A count word: digits or a number word ("two", "12", "1,200"). */
function numberLike(w: string): boolean {
  return /^\d[\d,.]*$/.test(w) || NUMBER_WORDS[w] !== undefined;
}

/** Relative pronouns after a comma whose antecedent is the noun phrase before the comma. */
const ANTECEDENT_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who']);

/**
 * "Moscow denied targeting civilians and accused Kyiv …": a past verb right after "and" shares the
 * subject of its clause's first verb, the participant that opens the clause.
 */
function coordinatedSubject(input: CoderInput, v: View, at: number): Arg[] {
  if (at < 2 || v.lower[at - 1] !== 'and' || !/[a-z]ed$/.test(v.lower[at]!)) return [];
  // (The clause opens after a break, a comma, "that" or a reporting verb: "Officials said the army
  // shelled the town and arrested 12 people" — the army arrests.)
  let from = at - 2;
  while (from > 0) {
    const w = v.lower[from - 1]!;
    if (CLAUSE_BREAKS.has(w) || w === ',' || w === 'that' || REPORTING_VERBS.has(w)) break;
    from--;
  }
  for (let k = from; k < at - 1; k++) {
    if (v.time[k]) continue;
    const arg = argStartingAt(input, v, k);
    // (Only a participant right at the clause's start is its subject: "Police arrested …".)
    if (arg) return inPlacePhrase(v, arg.from) ? [] : [arg];
    if (!OPENING_WORDS.has(v.lower[k]!) && !SUBJECT_MODIFIERS.has(v.lower[k]!)) return [];
  }
  return [];
}

/** The subject on the trigger's left, within its clause: nearest participant, with "and" compounds. */
function subjectOf(input: CoderInput, v: View, at: number, ownClause = false): Arg[] {
  const shared = coordinatedSubject(input, v, at);
  if (shared.length) return shared;
  for (let k = at - 1; k >= 0; k--) {
    const w = v.lower[k]!;
    // (A passive's subject is in its own clause: "the ministry said 14 depots were destroyed" is no
    // attack on the ministry; "the ministry said it was attacked" is, through the pronoun.)
    if (ownClause && REPORTING_VERBS.has(w) && !v.lower.slice(k + 1, at).some((x) => PRONOUNS.has(x))) break;
    // A parenthesis ("the International Labor Office (ILO) said") is skipped whole.
    if (w === ')') {
      const open = v.lower.lastIndexOf('(', k);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    // An appositive or a relative clause before the verb ("Valdoria, a longtime partner of the bloc,
    // refused", "The United States, which imposed sanctions last week, has offered") is skipped whole.
    if (w === ',') {
      const j = v.lower.lastIndexOf(',', k - 1);
      if (j > 0 && k - j <= 14 && ['a', 'an', 'the', ...ANTECEDENT_PRONOUNS].includes(v.lower[j + 1]!)) {
        k = j;
        continue;
      }
    }
    // "The United States, which imposed sanctions …": a relative clause's subject is its antecedent.
    if (ANTECEDENT_PRONOUNS.has(w) && v.lower[k - 1] === ',' && at - k <= 2) {
      const antecedent = k >= 2 ? argEndingAt(input, v, k - 2) : null;
      if (antecedent) return [antecedent];
    }
    if (CLAUSE_BREAKS.has(w) && w !== 'as') break;
    if (v.time[k]) continue;
    const arg = argEndingAt(input, v, k);
    if (!arg) {
      if (PRONOUNS.has(w)) continue;
      continue;
    }
    if (inPlacePhrase(v, arg.from)) {
      k = arg.from;
      continue;
    }
    const out = [arg];
    // Compounds: "X and Y", "X, Y and Z".
    let j = arg.from - 1;
    while (j > 0 && (v.lower[j] === 'and' || v.lower[j] === ',')) {
      const prev = argEndingAt(input, v, j - 1);
      if (!prev) break;
      out.unshift(prev);
      j = prev.from - 1;
    }
    return out;
  }
  return headlineSubject(input, v, at);
}

/**
 * No subject found: one to four capitalised words that open the sentence right before the verb are its
 * subject as written ("Obama criticizes Putin", "Officials met …"), a name the entity tagger missed at
 * the sentence start.
 */
function headlineSubject(input: CoderInput, v: View, at: number): Arg[] {
  if (at < 1 || at > 4) return [];
  for (let k = 0; k < at; k++) {
    const word = input.text.slice(v.toks[k]!.start, v.toks[k]!.end);
    if (!/^[A-Z][\p{L}-]*$/u.test(word) || v.time[k] || OPENING_WORDS.has(v.lower[k]!)) return [];
  }
  return [{ from: 0, to: at, ref: { text: input.text.slice(v.toks[0]!.start, v.toks[at - 1]!.end) } }];
}

/** The first participant after `from` within the clause (and its "and" compounds). */
function objectOf(input: CoderInput, v: View, from: number, afterBy: boolean): Arg[] {
  for (let k = from; k < v.toks.length; k++) {
    const w = v.lower[k]!;
    if (CLAUSE_BREAKS.has(w) || REPORTING_VERBS.has(w) || w === '.') break;
    if (w === ',' && (k > from || reportingClauseAfter(v, k))) break;
    if (!afterBy && PLACE_PREPOSITIONS.has(w)) {
      k = skipPhrase(v, k + 1);
      continue;
    }
    if (v.time[k]) continue;
    let arg = argStartingAt(input, v, k);
    if (!arg) continue;
    // "meet German Chancellor Friedrich Merz": a nationality before a title and a name modifies the person.
    if (typeof arg.ref === 'string' && v.ent[k]?.type === 'NORP') {
      for (let j = arg.to; j < v.toks.length && j <= arg.to + NORP_TITLE_REACH; j++) {
        const e = v.ent[j];
        if (e?.type === 'PERSON') {
          arg = { from: e.from, to: e.to, ref: e.id };
          break;
        }
        if (!v.caps[j]) break;
      }
    }
    const out = [arg];
    let j = arg.to;
    while (j < v.toks.length - 1 && (v.lower[j] === 'and' || v.lower[j] === ',') && out.length < 3) {
      const next = argStartingAt(input, v, j + 1);
      if (!next) break;
      out.push(next);
      j = next.to;
    }
    return out;
  }
  return [];
}

/** How far before a trigger a first-person subject may stand ("we are ready to", "I will not"). */
const FIRST_PERSON_REACH = 4;

/** How many capitalised title words may stand between a nationality and the name it modifies. */
const NORP_TITLE_REACH = 3;

/** Whether the comma at k opens a trailing reporting clause: its words are a source, not an object. */
function reportingClauseAfter(v: View, k: number): boolean {
  for (let j = k + 1; j < v.toks.length && j <= k + REPORTING_CLAUSE_REACH; j++) {
    const w = v.lower[j]!;
    if (REPORTING_VERBS.has(w)) return true;
    if (w === ',' || w === '.' || CLAUSE_BREAKS.has(w)) return false;
  }
  return false;
}

/** Skips a place or time phrase after a preposition: returns the index of its last token. */
function skipPhrase(v: View, k: number): number {
  let j = k;
  while (j < v.toks.length && ['the', 'a', 'an', 'its', 'their'].includes(v.lower[j]!)) j++;
  const e = v.ent[j];
  if (e) return e.to - 1;
  while (j < v.toks.length && /^[a-z-]+$/.test(v.lower[j]!) && !SECTOR_NOUNS.has(v.lower[j]!) && j - k < 3) {
    if (v.toks[j + 1] && v.ent[j + 1]) return v.ent[j + 1]!.to - 1;
    j++;
  }
  return j - 1;
}

/** Whether the token starts a phrase governed by a place/time preposition ("in Kabul", "in the capital X"). */
function inPlacePhrase(v: View, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const w = v.lower[k]!;
    if (PLACE_PREPOSITIONS.has(w)) return !(k > 0 && (SECTOR_NOUNS.has(v.lower[k - 1]!) || v.ent[k - 1]));
    if (w === 'to' && TRAVEL_VERBS.has(v.lower[k - 1] ?? '')) return true;
    if (!/^[a-z-]+$/.test(w) || v.ent[k] || SECTOR_NOUNS.has(w)) return false;
  }
  return false;
}

/** A participant whose last token is k: an entity mention, or a sector phrase headed at k. */
function argEndingAt(input: CoderInput, v: View, k: number): Arg | null {
  if (k < 0) return null;
  const e = v.ent[k];
  if (e && e.to - 1 === k) {
    // "Rwandan rebels": an entity that only modifies a sector noun is part of a sector phrase.
    return sectorOrEntity(input, v, e.from, e.to);
  }
  if (isSectorHead(input, v, k)) return sectorPhrase(input, v, k);
  return null;
}

/** Whether the sector noun at k heads its phrase (not a modifier as in "military aid", "army reservists"). */
function isSectorHead(input: CoderInput, v: View, k: number): boolean {
  if (!SECTOR_NOUNS.has(v.lower[k]!)) return false;
  const next = v.toks[k + 1];
  if (!next) return true;
  const w = v.lower[k + 1]!;
  if (!/^[a-z-]+$/.test(w)) return true;
  if (startsCapital(input.text, next)) {
    // A title before a name: the name is the participant.
    return !TITLES.has(v.lower[k]!);
  }
  return AFTER_HEAD.has(w) || /(ed|ing)$/.test(w) || REPORTING_VERBS.has(w);
}

function argStartingAt(input: CoderInput, v: View, k: number): Arg | null {
  const e = v.ent[k];
  if (e && e.from === k) {
    if (PLACE_TYPES.has(e.type) && k > 0 && v.lower[k - 1] === 'in') return null;
    const head = e.to < v.toks.length && SECTOR_NOUNS.has(v.lower[e.to]!) ? e.to : -1;
    if (head >= 0) return sectorPhrase(input, v, head);
    // "Ruritania's border-guard ally": a possessive entity before a noun names that noun's owner; keep the entity.
    return { from: e.from, to: e.to, ref: e.id };
  }
  if (isSectorHead(input, v, k)) return sectorPhrase(input, v, k);
  return null;
}

function sectorOrEntity(input: CoderInput, v: View, from: number, to: number): Arg {
  const e = v.ent[from]!;
  // "police in Germany" ending at the entity: the sector phrase owns it.
  if (from >= 2 && PLACE_PREPOSITIONS.has(v.lower[from - 1]!) && SECTOR_NOUNS.has(v.lower[from - 2]!))
    return sectorPhrase(input, v, from - 2);
  return { from, to, ref: e.id };
}

/**
 * A sector phrase headed at h: modifiers before it (adjectives, demonyms, possessives, entities) and an
 * "in X" / "of X" place after it → {text: "police in Germany"}.
 */
function sectorPhrase(input: CoderInput, v: View, h: number): Arg {
  let a = h;
  while (a > 0) {
    const w = v.lower[a - 1]!;
    if (v.time[a - 1] || CALENDAR_WORDS.has(w)) break;
    const tok = v.toks[a - 1]!;
    const capital = startsCapital(input.text, tok);
    if (['the', 'a', 'an', 'this', 'these', 'those', 'some'].includes(w)) break;
    if (!(v.ent[a - 1] || capital || SECTOR_MODIFIERS.has(w) || SECTOR_NOUNS.has(w))) break;
    a--;
  }
  let b = h + 1;
  if (b + 1 < v.toks.length && (v.lower[b] === 'in' || v.lower[b] === 'of')) {
    const e = v.lower[b + 1] === 'the' ? b + 2 : b + 1;
    if (v.ent[e]) b = v.ent[e]!.to;
  }
  const text = input.text.slice(v.toks[a]!.start, v.toks[b - 1]!.end);
  return { from: a, to: b, ref: { text } };
}

function locationOf(v: View, m: TriggerMatch, used: ReadonlySet<string>): EntityRef | null {
  let best: { id: string; d: number } | null = null;
  for (let k = 1; k < v.toks.length; k++) {
    const e = v.ent[k];
    if (!e || e.from !== k || !PLACE_TYPES.has(e.type) || used.has(e.id)) continue;
    let p = k - 1;
    while (
      p > 0 &&
      [
        'the',
        'southern',
        'northern',
        'eastern',
        'western',
        'central',
        'capital',
        'city',
        'town',
        'of',
        'village',
        'province',
      ].includes(v.lower[p]!)
    )
      p--;
    if (!['in', 'at', 'near', 'outside'].includes(v.lower[p]!)) continue;
    const d = k >= m.to ? k - m.to : (m.from - k) * 2;
    if (!best || d < best.d) best = { id: e.id, d };
  }
  return best ? best.id : null;
}

function dateOf(input: CoderInput, v: View, m: TriggerMatch): string | null {
  // A clause dated apart: its own date when it names one, else the main event's shifted.
  const at = v.toks[m.from]!.start;
  const ours = clauseTest(v, m);
  // ("Sorel, who won a second term in March, has met Putin twice": a relative clause's date is its own.)
  const relatives = relativeClauses(v);
  const within = (x: number): [number, number] | undefined => relatives.find(([a, b]) => x >= a && x < b);
  const mine = within(at);
  let best: { value: string; d: number } | null = null;
  for (const t of input.times ?? []) {
    if (!ours(t) || within(t.start) !== mine) continue;
    // ("has met Putin twice since 2022": the start of a span of repeated acts, not their date.)
    if (SINCE_BEFORE.test(input.text.slice(Math.max(0, t.start - SINCE_REACH), t.start))) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const d = Math.abs(t.start - at);
    if (!best || d < best.d) best = { value: t.value, d };
  }
  if (best || !shiftedInTime(v, m)) return best?.value ?? null;
  const k = shiftPoint(v);
  return shiftedDate(v, dateOf(input, v, { ...m, from: k - 1, to: k }));
}

/** "since" right before a time expression. */
const SINCE_BEFORE = /\bsince\s+$/i;
/** How many characters before a time expression SINCE_BEFORE looks at. */
const SINCE_REACH = 8;

/** The sentence's relative clauses between commas (", who won a second term in March,"), as characters. */
function relativeClauses(v: View): Array<[number, number]> {
  v.relatives ??= findRelativeClauses(v);
  return v.relatives;
}

function findRelativeClauses(v: View): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k + 1 < v.lower.length; k++) {
    if (v.lower[k] !== ',' || !RELATIVE_PRONOUNS.has(v.lower[k + 1]!)) continue;
    let e = k + 2;
    while (e < v.lower.length && v.lower[e] !== ',' && v.lower[e] !== ';') e++;
    out.push([v.toks[k]!.start, e < v.toks.length ? v.toks[e]!.start : v.sentence.end]);
    k = e - 1;
  }
  return out;
}

/**
 * The clause dated apart in a sentence ("…, a day after a car bomb killed nine soldiers, …"), as
 * characters: from its unit word to the next comma or semicolon (or the sentence's end); null when none.
 */
function shiftedClause(v: View): [number, number] | null {
  const k = shiftPoint(v);
  if (k < 0) return null;
  let e = k + 1;
  for (;;) {
    while (e < v.lower.length && v.lower[e] !== ',' && v.lower[e] !== ';') e++;
    // "two weeks after floods swept the south, killing 63 people": the participle after the comma tells
    // of the clause's event, its counts with it.
    const next = v.lower[e + 1] ?? '';
    if (v.lower[e] !== ',' || !/^\p{Ll}{3,}ing$/u.test(next) || v.toks[e + 1]!.kind !== 'word') break;
    e += 2;
  }
  return [v.toks[k - 1]!.start, e < v.toks.length ? v.toks[e]!.start : v.sentence.end];
}

/**
 * Which times and counts of the sentence are the trigger's: a trigger in a clause dated apart has that
 * clause's, every other trigger the rest of the sentence's (the clause found once per trigger).
 */
function clauseTest(v: View, m: TriggerMatch): (x: Span) => boolean {
  const { start, end } = v.sentence;
  const clause = shiftedClause(v);
  const own = clause !== null && shiftedInTime(v, m);
  return (x) => {
    if (x.start < start || x.end > end) return false;
    if (!clause) return true;
    const inside = x.start >= clause[0] && x.end <= clause[1];
    return own ? inside : !inside;
  };
}

function quantitiesOf(input: CoderInput, v: View, m: TriggerMatch): Record<string, number> {
  const out: Record<string, number> = {};
  if (input.quantities) {
    const ours = clauseTest(v, m);
    for (const q of input.quantities) {
      if (!ours(q)) continue;
      if (q.role && out[q.role] === undefined) out[q.role] = q.value;
      else if (!q.role && COUNTED_UNITS.has(q.unit.toLowerCase())) {
        const unit = q.unit.toLowerCase().replace(/s?$/, 's');
        if (out[unit] === undefined) out[unit] = q.value;
      }
    }
    return out;
  }
  // Fallback without the quantities layer: a number, then a role word within three tokens.
  for (let k = 0; k < v.toks.length; k++) {
    const n = numberOf(v.lower[k]!);
    if (n === null) continue;
    for (let j = k + 1; j < v.toks.length && j <= k + 3; j++) {
      const role = ROLE_WORDS[v.lower[j]!];
      if (role) {
        if (out[role] === undefined) out[role] = n;
        break;
      }
      if (COUNTED_UNITS.has(v.lower[j]!)) {
        const unit = v.lower[j]!.replace(/s?$/, 's');
        if (out[unit] === undefined) out[unit] = n;
        break;
      }
    }
  }
  return out;
}

function numberOf(w: string): number | null {
  if (/^\d{1,3}(,\d{3})*$|^\d+$/.test(w)) {
    const n = Number(w.replace(/,/g, ''));
    return n >= 1900 && n <= 2100 ? null : n;
  }
  return NUMBER_WORDS[w] ?? null;
}

function statusOf(v: View, m: TriggerMatch): EventStatus {
  let negated = false;
  let denied = false;
  let claimed = false;
  let future = false;
  for (let k = m.from - 1; k >= 0 && k >= m.from - 6; k--) {
    const w = v.lower[k]!;
    if (w === ',' || w === ';' || (CLAUSE_BREAKS.has(w) && w !== 'as')) break;
    if (NEGATIONS.has(w) && m.from - k <= 4) negated = true;
    if (DENIALS.has(w)) denied = true;
    if (CLAIMS.has(w)) claimed = true;
    if (FUTURE_CUES.has(w) && m.from - k <= 3 && !(w === 'to' && GOVERNING_TYPES.has(m.entry.type)))
      future = true;
  }
  if (negated || denied) return 'denied';
  if (m.entry.type === 'THREATEN') return 'threatened';
  if (claimed) return 'claimed';
  if (future) return 'planned';
  for (let k = 0; k < v.toks.length; k++) if (CLAIMS.has(v.lower[k]!) && k > m.to) return 'claimed';
  return 'occurred';
}

/** First-person subjects inside a quote: the speaker acts ("We will not negotiate", Araghchi said). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * "We are ready to talk," said the minister: a first-person subject just before the trigger, inside a
 * quote whose speaker is known, is that speaker (named or described).
 */
function firstPersonSpeaker(input: CoderInput, v: View, at: number): Arg[] {
  for (let k = at - 1; k >= 0 && k >= at - FIRST_PERSON_REACH; k--) {
    const w = v.lower[k]!;
    if (CLAUSE_BREAKS.has(w) || w === ',') return [];
    if (!FIRST_PERSON.has(w)) continue;
    const offset = v.toks[k]!.start;
    const q = input.quotes?.find((x) => x.start <= offset && offset < x.end && x.speaker);
    if (!q?.speaker) return [];
    const ref: EntityRef = q.speaker.entity ?? {
      text: q.speaker.description ?? input.text.slice(q.speaker.start, q.speaker.end),
    };
    return [{ from: k, to: k + 1, ref }];
  }
  return [];
}

/** Who reports the event: the quote that contains it, else the sentence's reporting clause. */
function sourceOf(input: CoderInput, v: View, m: TriggerMatch): EntityRef | null {
  const at = v.toks[m.from]!.start;
  for (const q of input.quotes ?? []) {
    if (q.start <= at && at < q.end && q.speaker) {
      if (q.speaker.entity) return q.speaker.entity;
      return { text: q.speaker.description ?? input.text.slice(q.speaker.start, q.speaker.end) };
    }
  }
  if (input.quotes) return null;
  for (let k = 0; k < v.toks.length; k++) {
    const w = v.lower[k]!;
    if (!REPORTING_VERBS.has(w) || (k >= m.from && k < m.to)) continue;
    if (w === 'according' && v.lower[k + 1] === 'to') {
      const a = objectOf(input, v, k + 2, true);
      if (a[0]) return a[0].ref;
      continue;
    }
    const left = subjectOf(input, v, k);
    if (left[0] && (k > m.to || left[0].to <= k)) return left[0].ref;
    const right = objectOf(input, v, k + 1, true);
    if (right[0] && k > m.to) return right[0].ref;
  }
  return null;
}

export function refKey(ref: EntityRef): string {
  return typeof ref === 'string' ? ref : `text:${ref.text.toLowerCase()}`;
}

function dedupe(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = refKey(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Step 4: the same event mentioned twice is one event with two evidence spans. */
export function mergeMentions(events: readonly EventItem[]): EventItem[] {
  const out: EventItem[] = [];
  const seenStarts = new Map<EventItem, Set<number>>();
  const coreOf = (e: EventItem) =>
    CORE_KEYS.get(e) ?? { actors: e.actors.map(refKey).sort(), targets: e.targets.map(refKey).sort() };
  const overlap = (a: string[], b: string[]) => a.some((x) => b.includes(x));
  const compatible = (a: string[], b: string[]) =>
    a.length === 0 || b.length === 0 || (a.length === b.length && a.every((x) => b.includes(x)));
  for (const e of events) {
    const ce = coreOf(e);
    const same =
      ce.actors.length + ce.targets.length > 0 &&
      out.find((o) => {
        const co = coreOf(o);
        return (
          o.type === e.type &&
          o.status === e.status &&
          modesAgree(o.mode, e.mode, true) &&
          (o.date === null || e.date === null || o.date === e.date) &&
          (overlap(co.actors, ce.actors) ||
            (co.actors.length + ce.actors.length === 0 &&
              modesAgree(o.mode, e.mode, false) &&
              overlap(co.targets, ce.targets))) &&
          compatible(co.targets, ce.targets) &&
          !seenStarts.get(o)!.has(e.start)
        );
      });
    if (same) {
      same.evidence.push(...e.evidence);
      for (const ev of e.evidence) seenStarts.get(same)!.add(ev.start);
      if (same.date === null && e.date !== null) same.date = e.date;
      for (const [k, n] of Object.entries(e.quantities))
        if (same.quantities[k] === undefined) same.quantities[k] = n;
      if (same.location === null) same.location = e.location;
      if (same.source === null) same.source = e.source;
    } else {
      const copy = { ...e, evidence: [...e.evidence], quantities: { ...e.quantities } };
      const core = CORE_KEYS.get(e);
      if (core) CORE_KEYS.set(copy, core);
      seenStarts.set(copy, new Set(copy.evidence.map((ev) => ev.start)));
      out.push(copy);
    }
  }
  return out.map((e, k) => ({ ...e, id: `v${k + 1}` }));
}
