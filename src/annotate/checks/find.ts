/**
 * findChecks: arithmetic and consistency checks over one article's quantities. Conservative by design:
 * a check is made only from counts that the text ties together; unrelated numbers give none.
 *
 * 1. Sums: a count ("killed 353 people") followed, in its sentence or the next, by two or more counts
 *    of the same unit listed with "," / "and" / ";" ("129 in Paris and 224 in Brussels"), each smaller
 *    than it and none qualified ("about", "more than"). holds = the parts add up to the total. A list
 *    introduced by "including", "among" … is a selection, not a breakdown: no check.
 * 2. Same: one count of a role (or of one noun) written once in digits and once in words ("129 people"
 *    … "one hundred and twenty-nine people"): holds true.
 * 3. Conflict: two counts of the same role family (killed/dead, wounded/injured, arrested/detained,
 *    missing) and unit that cannot both be true once their modifiers are read as intervals ("at least
 *    129" agrees with 130; "about 50" with 52): holds false. Parts of a sum and counts tied to a named
 *    place ("224 in Brussels") are left out, since they count something narrower.
 */
import type { Span } from '../../doc/doc.js';
import type { QuantityItem, QuantityRole } from '../quantities/types.js';
import { unitKey } from '../quantities/units.js';
import type { CheckItem } from './types.js';

/** Units that are measures, not counts: never summed or compared here. */
const MEASURES = new Set(['percent', 'percentage points', 'years', 'fraction']);
/** Role families: counts in one family describe the same fact ("killed" and "dead"). */
const ROLE_FAMILY: Readonly<Record<QuantityRole, string>> = {
  killed: 'deaths',
  dead: 'deaths',
  wounded: 'injuries',
  injured: 'injuries',
  arrested: 'arrests',
  detained: 'arrests',
  missing: 'missing',
  kidnapped: 'kidnappings',
};
/**
 * What between a total and its list (or between two parts) makes the list a selection, an alternative
 * or a comparison, not a breakdown: "including", "or", a bracket ("300 kW (402 hp)").
 */
const SELECTION =
  /\b(?:including|included|among|such as|besides|plus|while|whereas|but|compared|versus|vs|against|than|except|total|or|additional|extra|another|further|share|followed by|largest|biggest|top)\b|[()[\]]/i;
/** What between a total and its first part makes them a change over time, not a breakdown ("up from"). */
const CHANGE = /\b(?:from|up|down|rose|fell|ago|last|previous)\b/i;
/**
 * Parts after the first are written as a breakdown writes them: with the noun elided ("129 in Paris and
 * 224 in Brussels"), or, for money, followed by where it comes from or goes ("$50m from the bank").
 */
const PART_QUALIFIER = /^\s+(?:from|in|for|to|on|at|by)\b/i;
const CURRENCY = /^[A-Z]{3}$/;
/** A further list item after the last part, even one the quantities layer left out ("and two more for …"). */
const MORE_ITEMS =
  /(?:,|\band\b)\s+(?:another\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)/i;
/** How far after the last part MORE_ITEMS looks (within the sentence). */
const LIST_LOOKAHEAD = 160;
/** A part counted per item ("110 million dollars each for …") does not add up as written. */
const EACH_AFTER = /^\s+(?:each|apiece|per|a piece)\b/i;
/**
 * A breakdown may start the next sentence only after one of these ("Of those, 129 were …", "Of the
 * dead, 19 were …": the parts then carry the role, which must be the total's).
 */
const NEXT_SENTENCE_BREAKDOWN =
  /[.!?]["'”’)]*\s+of (?:them|those|these|whom|the (?:dead|killed|victims|injured|wounded|missing|arrested|detained)\b)/i;
/**
 * A total whose noun is its role, opening its breakdown ("Of the 42 dead, 30 were in Brel and 12 …"):
 * summed with parts that write no noun either.
 */
const OF_THE_BEFORE = /\bof\s+(?:the|those|these|its|their)\s+$/i;
/** A part tied to a named place: "30 were in Arlow", "12 in Benton", "9 were killed at Tarn". */
const PART_PLACE = /^\s+(?:(?:were|was|are)\s+(?:\w+\s+)?)?(?:in|at|near)\s+(?:the\s+)?\p{Lu}/u;
/** How many characters before a count OF_THE_BEFORE looks at. */
const OF_THE_LOOKBEHIND = 20;
/** A breakdown lists at most this many parts (bounds the work on long lists of numbers). */
const MAX_PARTS = 20;
/** Longest gap (characters) between a total and its first part, and between two parts. */
const MAX_TOTAL_GAP = 120;
const MAX_PART_GAP = 60;
/** A part needs one of these between it and the previous part. */
const LIST_JOINER = /(?:,|;|\band\b)/;
/** A count right before "in"/"at"/"near" and a capitalised word is tied to a place ("224 in Brussels"). */
const PLACE_AFTER =
  /^\s+(?:(?:were|was|are|had been|have been)\s+\w+\s+)?(?:in|at|near)\s+(?:the\s+)?\p{Lu}/u;
/** How many characters after a count PLACE_AFTER looks at. */
const PLACE_LOOKAHEAD = 60;
/** Modifiers read as a lower bound, an upper bound, or an approximation (relative slack). */
const LOWER_BOUND = new Set([
  'at least',
  'more than',
  'over',
  'upwards of',
  'in excess of',
  'no fewer than',
  'no less than',
  'just over',
  'well over',
]);
const UPPER_BOUND = new Set([
  'up to',
  'at most',
  'fewer than',
  'less than',
  'under',
  'no more than',
  'just under',
]);
const APPROXIMATE = new Set([
  'about',
  'around',
  'some',
  'roughly',
  'approximately',
  'close to',
  'an estimated',
  'estimated',
  'as many as',
]);
const BELOW = new Set(['nearly', 'almost']);
/** Strict bounds: "more than 1,000" is not the same number as "1,000". */
const STRICT = new Set([
  'more than',
  'over',
  'fewer than',
  'less than',
  'under',
  'just over',
  'just under',
  'well over',
]);
/** A toll statement: one of these words shortly before the count, with no other number between. */
const TOLL_BEFORE = /\b(?:toll|tally|figure|total)\b[^\d.;]*$/i;
/** How many characters before a count TOLL_BEFORE looks at. */
const TOLL_LOOKBEHIND = 60;
/** A running or regional total, not a rival count ("the toll rose to 544", "so far", "statewide"). */
const RUNNING_TOTAL =
  /\b(?:rose|risen|rising|climbed|mounted|touched|reached|crossed|increased|jumped|grew|revised|updated|now|so far|including|excluding|statewide|nationwide|across)\b/i;
/** Counts further apart than this factor are about different things, not rival reports of one. */
const MAX_CONFLICT_RATIO = 3;
/** At most this many counts per role or value are compared pairwise (bounds the work on huge pages). */
const MAX_GROUP = 50;
/** How far an approximate count may be from the truth ("about 50" agrees with 45–55). */
const APPROXIMATE_SLACK = 0.1;

/** Checks over the quantities (in text order), with evidence spans; pure. */
export function findChecks(
  text: string,
  sentences: readonly Span[],
  quantities: readonly QuantityItem[],
): CheckItem[] {
  const sentenceOf = sentenceIndices(sentences, quantities);
  const { checks: sums, used } = sumChecks(text, quantities, sentenceOf);
  const pairs = pairChecks(text, quantities, used, sentences, sentenceOf);
  return [...sums, ...pairs].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Each quantity's sentence index (-1 when outside every sentence), in one sweep: both are in text order. */
function sentenceIndices(sentences: readonly Span[], quantities: readonly QuantityItem[]): number[] {
  let s = 0;
  return quantities.map((q) => {
    while (s < sentences.length && sentences[s]!.end <= q.start) s++;
    return s < sentences.length && sentences[s]!.start <= q.start ? s : -1;
  });
}

/**
 * Pairs worth comparing (indices into the list, x < y): two headline counts (for a conflict), or one count
 * in digits and one in words with the same value (for "same"). Each group is capped, so a page of numbers
 * costs little.
 */
function candidatePairs(
  items: readonly QuantityItem[],
  isHeadline: (q: QuantityItem) => boolean,
  isDigits: (q: QuantityItem) => boolean,
): Array<[number, number]> {
  const headline: number[] = [];
  const byValue = new Map<number, { digits: number[]; words: number[] }>();
  items.forEach((q, k) => {
    if (isHeadline(q) && headline.length < MAX_GROUP) headline.push(k);
    const g = byValue.get(q.value) ?? { digits: [], words: [] };
    const side = isDigits(q) ? g.digits : g.words;
    if (side.length < MAX_GROUP) side.push(k);
    byValue.set(q.value, g);
  });
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const add = (x: number, y: number): void => {
    const [lo, hi] = x < y ? [x, y] : [y, x];
    const id = lo * items.length + hi;
    if (seen.has(id)) return;
    seen.add(id);
    out.push([lo, hi]);
  };
  for (let x = 0; x < headline.length; x++)
    for (let y = x + 1; y < headline.length; y++) add(headline[x]!, headline[y]!);
  for (const g of byValue.values()) for (const x of g.digits) for (const y of g.words) add(x, y);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function isCount(q: QuantityItem): boolean {
  return !MEASURES.has(q.unit) && q.upper === undefined && Number.isInteger(q.value);
}

function checkOf(
  kind: string,
  holds: boolean,
  evidence: readonly QuantityItem[],
  extra: Partial<CheckItem>,
): CheckItem {
  const spans = evidence.map((q) => ({ start: q.start, end: q.end }));
  return {
    start: Math.min(...spans.map((s) => s.start)),
    end: Math.max(...spans.map((s) => s.end)),
    kind,
    holds,
    ...extra,
    evidence: spans,
  };
}

// 1. Sums

/**
 * Whether the list really ends at its last part: no further count of the unit (or a bare one) follows in
 * the sentence, so a list cut short by a long gap does not become a false "does not add up".
 */
function listEnds(
  text: string,
  qs: readonly QuantityItem[],
  last: number,
  sentenceOf: readonly number[],
): boolean {
  const rest = /^[^.;!?]*/.exec(text.slice(qs[last]!.end, qs[last]!.end + LIST_LOOKAHEAD))![0];
  if (MORE_ITEMS.test(rest)) return false;
  const next = qs[last + 1];
  if (!next || sentenceOf[last + 1] !== sentenceOf[last]) return true;
  return next.unit !== '' && unitKey(next.unit) !== unitKey(qs[last]!.unit);
}

/** Whether the count is itself an item of a list ("58 in Arlow, 31 in Benton, 12 …"), so no total. */
function isListMember(text: string, qs: readonly QuantityItem[], i: number): boolean {
  const prev = qs[i - 1];
  if (!prev || (prev.unit !== '' && unitKey(prev.unit) !== unitKey(qs[i]!.unit))) return false;
  const gap = text.slice(prev.end, qs[i]!.start);
  return gap.length <= MAX_PART_GAP && LIST_JOINER.test(gap) && !/[.!?]/.test(gap);
}

function sumChecks(
  text: string,
  qs: readonly QuantityItem[],
  sentenceOf: readonly number[],
): { checks: CheckItem[]; used: Set<number> } {
  // used: the indices of parts (a part counts something narrower than the article's totals).
  const checks: CheckItem[] = [];
  const used = new Set<number>();
  for (let i = 0; i < qs.length; i++) {
    const total = qs[i]!;
    if (used.has(i) || !isCount(total) || total.modifier !== undefined) continue;
    if (
      total.unit === '' &&
      !(
        total.role &&
        OF_THE_BEFORE.test(text.slice(Math.max(0, total.start - OF_THE_LOOKBEHIND), total.start))
      )
    )
      continue;
    if (isListMember(text, qs, i)) continue;
    const parts: number[] = [];
    for (let j = i + 1; j < qs.length; j++) {
      const p = qs[j]!;
      const prev = qs[parts.length ? parts[parts.length - 1]! : i]!;
      const gap = text.slice(prev.end, p.start);
      // (A part without a noun counts what the total counts when both carry one role family: "43
      // people killed. Of the dead, 19 were …".)
      const sameRole =
        p.unit === '' && p.role && total.role && ROLE_FAMILY[p.role] === ROLE_FAMILY[total.role];
      if (!isCount(p) || p.modifier !== undefined || (unitKey(p.unit) !== unitKey(total.unit) && !sameRole))
        break;
      if (p.value >= total.value || SELECTION.test(gap.replace(NEXT_SENTENCE_BREAKDOWN, ' '))) break;
      if (parts.length > 0 && !breakdownPart(text, p, qs[parts[0]!]!)) break;
      if (EACH_AFTER.test(text.slice(p.end, p.end + PLACE_LOOKAHEAD))) break;
      if (p.role && total.role && ROLE_FAMILY[p.role] !== ROLE_FAMILY[total.role]) break;
      if (parts.length === 0) {
        if (gap.length > MAX_TOTAL_GAP || CHANGE.test(gap)) break;
        if (/[.!?]["'”’)]*\s/.test(gap) && !NEXT_SENTENCE_BREAKDOWN.test(gap)) break;
        const sameSentence = sentenceOf[j] === sentenceOf[i];
        if (!sameSentence && (sentenceOf[j] !== sentenceOf[i]! + 1 || !NEXT_SENTENCE_BREAKDOWN.test(gap)))
          break;
      } else {
        if (gap.length > MAX_PART_GAP || !LIST_JOINER.test(gap) || sentenceOf[j] !== sentenceOf[parts[0]!])
          break;
      }
      parts.push(j);
      if (parts.length >= MAX_PARTS) break;
    }
    if (parts.length < 2) continue;
    if (!listEnds(text, qs, parts[parts.length - 1]!, sentenceOf)) continue;
    const values = parts.map((k) => qs[k]!.value);
    const sum = values.reduce((a, b) => a + b, 0);
    // A breakdown of a total named by its role ("Of the 60 wounded, 25 … and 10 …") may be partial or
    // by condition rather than by place: it is said not to add up only when every part names a place.
    const placed = (k: number): boolean =>
      PART_PLACE.test(text.slice(qs[k]!.end, qs[k]!.end + PLACE_LOOKAHEAD));
    const roleOnly = total.unit === '' || parts.some((k) => qs[k]!.unit === '');
    if (roleOnly && sum !== total.value && !parts.every(placed)) continue;
    checks.push(
      checkOf('sum', sum === total.value, [total, ...parts.map((k) => qs[k]!)], {
        total: total.value,
        parts: values,
      }),
    );
    for (const k of parts) used.add(k);
  }
  return { checks, used };
}

// 2–3. Same and conflict

function interval(q: QuantityItem): [number, number] {
  const v = q.value;
  const m = q.modifier;
  if (m === undefined) return [v, v];
  if (LOWER_BOUND.has(m)) return [v, Infinity];
  if (UPPER_BOUND.has(m)) return [0, v];
  if (BELOW.has(m)) return [v * (1 - APPROXIMATE_SLACK), v];
  if (APPROXIMATE.has(m)) return [v * (1 - APPROXIMATE_SLACK), v * (1 + APPROXIMATE_SLACK)];
  return [0, Infinity]; // a vague count ("dozens of") agrees with anything
}

/** Units two counts may share: equal, or one unwritten (a toll: "the death toll was 70"). */
function compatibleUnits(a: QuantityItem, b: QuantityItem): boolean {
  const ka = unitKey(a.unit);
  const kb = unitKey(b.unit);
  return ka === kb || ka === '' || kb === '';
}

/** Whether a part reads as one item of a breakdown, by how it is written (see sumChecks). */
function breakdownPart(text: string, q: QuantityItem, first: QuantityItem): boolean {
  // No noun at all, a part of a total named by its role: written as a breakdown writes it, with the verb
  // elided ("Of the 42 dead, 30 were in Brel and 12 in …") or the first part's two words repeated ("30
  // were in Brel and 12 were in Arlow"); "99 were in critical condition and 20 were children" overlap.
  if (q.unit === '') {
    const after = text.slice(q.end, q.end + PLACE_LOOKAHEAD);
    if (PART_QUALIFIER.test(after)) return true;
    const words = (at: string): string => (/^\s+(\S+\s+\S+)/.exec(at)?.[1] ?? '').toLowerCase();
    const mine = words(after);
    return mine !== '' && mine === words(text.slice(first.end, first.end + PLACE_LOOKAHEAD));
  }
  if (CURRENCY.test(q.unit)) return PART_QUALIFIER.test(text.slice(q.end, q.end + PLACE_LOOKAHEAD));
  const last = q.unit.split(' ').pop() ?? '';
  return !text.slice(q.start, q.end).toLowerCase().endsWith(last);
}

/**
 * Counts that speak for the whole story, the only ones compared for a conflict: the article's first count
 * of each role family (the lede), and toll statements ("the death toll was 70", "put the figure at 12")
 * that are not running totals ("rose to", "so far").
 */
function headlineCounts(
  text: string,
  qs: readonly QuantityItem[],
  sentences: readonly Span[],
  sentenceOf: readonly number[],
): Set<QuantityItem> {
  const out = new Set<QuantityItem>();
  const firstOfFamily = new Set<string>();
  qs.forEach((q, k) => {
    if (!q.role) return;
    const family = ROLE_FAMILY[q.role];
    if (!firstOfFamily.has(family)) {
      firstOfFamily.add(family);
      out.add(q);
      return;
    }
    const s = sentences[sentenceOf[k]!];
    const sentence = s ? text.slice(s.start, s.end) : '';
    const before = text.slice(Math.max(s?.start ?? 0, q.start - TOLL_LOOKBEHIND), q.start);
    if (TOLL_BEFORE.test(before) && !RUNNING_TOTAL.test(sentence)) out.add(q);
  });
  return out;
}

/** Whether the number itself is written in digits (after its modifier and any currency sign). */
function inDigits(text: string, q: QuantityItem): boolean {
  const skip =
    q.modifier && text.slice(q.start, q.end).toLowerCase().startsWith(q.modifier) ? q.modifier.length : 0;
  return /^[^\p{L}\d]*\d/u.test(text.slice(q.start + skip, q.end));
}

/** A modifier these checks can read as an interval; vague counts ("dozens of", "several") are left out. */
function readable(q: QuantityItem): boolean {
  const m = q.modifier;
  return m === undefined || LOWER_BOUND.has(m) || UPPER_BOUND.has(m) || APPROXIMATE.has(m) || BELOW.has(m);
}

function pairChecks(
  text: string,
  qs: readonly QuantityItem[],
  used: ReadonlySet<number>,
  sentences: readonly Span[],
  sentenceOf: readonly number[],
): CheckItem[] {
  const out: CheckItem[] = [];
  const seen = new Set<string>();
  const headline = headlineCounts(text, qs, sentences, sentenceOf);
  const eligible = qs
    .map((q, k) => ({ q, k }))
    .filter(
      ({ q, k }) =>
        !used.has(k) &&
        isCount(q) &&
        readable(q) &&
        q.value >= 2 &&
        !PLACE_AFTER.test(text.slice(q.end, q.end + PLACE_LOOKAHEAD)),
    );
  const items = eligible.map((e) => e.q);
  const digits = new Set(items.filter((q) => inDigits(text, q)));
  for (const [x, y] of candidatePairs(
    items,
    (q) => headline.has(q),
    (q) => digits.has(q),
  )) {
    const a = eligible[x]!.q;
    const b = eligible[y]!.q;
    if (!compatibleUnits(a, b)) continue;
    const family =
      a.role && b.role && ROLE_FAMILY[a.role] === ROLE_FAMILY[b.role] ? ROLE_FAMILY[a.role] : null;
    const role = family ? a.role : undefined;
    if (a.value === b.value) {
      // Same number in two forms: a role family in common, or one counted noun (not bare numbers).
      if (digits.has(a) === digits.has(b)) continue;
      if (STRICT.has(a.modifier ?? '') || STRICT.has(b.modifier ?? '')) continue; // "more than 1,000" ≠ "1,000"
      if (!family && (unitKey(a.unit) === '' || unitKey(a.unit) !== unitKey(b.unit))) continue;
      const key = `same:${family ?? unitKey(a.unit)}:${a.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(checkOf('same', true, [a, b], { values: [a.value, b.value], ...(role ? { role } : {}) }));
      continue;
    }
    if (!family || !headline.has(a) || !headline.has(b)) continue;
    if (Math.max(a.value, b.value) > MAX_CONFLICT_RATIO * Math.min(a.value, b.value)) continue;
    const [alo, ahi] = interval(a);
    const [blo, bhi] = interval(b);
    if (alo <= bhi && blo <= ahi) continue;
    const key = `conflict:${family}:${Math.min(a.value, b.value)}:${Math.max(a.value, b.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(checkOf('conflict', false, [a, b], { values: [a.value, b.value], ...(role ? { role } : {}) }));
  }
  return out;
}
