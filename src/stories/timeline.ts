/**
 * A story's timeline: the events of its articles merged across articles, so that one attack reported by
 * five outlets is one event with five sources; independent sources counted (copies of one wire story
 * folded); numbers the sources disagree on flagged. Pure functions over records.
 *
 * 1. Resolve each event's participants and location to names (and KB ids) through its own article's
 *    entities: entity ids are per article, names and KB ids are not.
 * 2. Walk the articles oldest first; each event joins the first merged event of the same type and mode
 *    (a missing mode fits any when an actor is named) whose date and location are compatible and whose
 *    participants overlap (or, when neither side names any, whose date or location is the same), else
 *    starts a new one.
 * 3. Per merged event: the union of participants, the most specific date, the most reported status and
 *    value of every quantity; a field with several values is a NumberConflict.
 * 4. Count independent sources: sources with the same agency, or near-identical evidence (word
 *    trigram Jaccard), are one source.
 */
import type { ArticleRecord } from '../doc/record.js';
import { modesAgree } from '../annotate/events/modes.js';
import type { EventStatus } from '../annotate/events/types.js';
import type { NumberConflict, TimelineEvent, TimelineParticipant } from './types.js';

/** Tunables of the merge, each with its reason. */
export const TIMELINE_DEFAULTS = {
  /** Word-trigram Jaccard at or above which two evidence texts are copies of one wire story. */
  copyJaccard: 0.6,
};

/** One article of a story, as the store or the cluster command holds it. */
export interface StoryArticle {
  id: string;
  record: Pick<ArticleRecord, 'text' | 'published' | 'dateline'> &
    Partial<Pick<ArticleRecord, 'site' | 'agencies' | 'entities' | 'events' | 'title'>>;
}

export interface Timeline {
  events: TimelineEvent[];
  conflicts: NumberConflict[];
}

type RecordEvent = NonNullable<ArticleRecord['events']>[number];
type RecordEntity = NonNullable<ArticleRecord['entities']>[number];

interface Resolved {
  articleId: string;
  order: number;
  event: RecordEvent;
  actors: TimelineParticipant[];
  targets: TimelineParticipant[];
  location: string | null;
  site: string | null;
  agency: string | null;
  /** What sameEvent compares, computed once per event (not once per pair of events). */
  date: string | null;
  /** The location lower-cased. */
  place: string | null;
  /** key() of the actors then the targets, and the same as a set. */
  keys: string[];
  keySet: ReadonlySet<string>;
}

interface Group {
  members: Resolved[];
}

/** Builds the story's timeline (events oldest first, undated last) and its number conflicts. */
export function buildTimeline(
  articles: readonly StoryArticle[],
  options: Partial<typeof TIMELINE_DEFAULTS> = {},
): Timeline {
  const o = { ...TIMELINE_DEFAULTS, ...options };
  const ordered = [...articles].sort(
    (a, b) => compareNullable(a.record.published, b.record.published) || compare(a.id, b.id),
  );
  const groups: Group[] = [];
  let order = 0;
  for (const a of ordered) {
    const byId = new Map<string, RecordEntity>((a.record.entities ?? []).map((e) => [e.id, e]));
    for (const ev of a.record.events ?? []) {
      const r = resolve(a, byId, ev, order++);
      const g = groups.find((x) => x.members.some((m) => sameEvent(m, r)));
      if (g) g.members.push(r);
      else groups.push({ members: [r] });
    }
  }
  const events: TimelineEvent[] = [];
  const conflicts: NumberConflict[] = [];
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const dated = groups
    .map((g) => ({ g, date: mostSpecific(g.members.map((m) => m.event.date ?? null)) }))
    .sort((a, b) => compareNullable(a.date, b.date) || a.g.members[0]!.order - b.g.members[0]!.order);
  dated.forEach(({ g, date }, k) => {
    const id = `t${k + 1}`;
    const { agreed, disputed } = quantities(g.members);
    for (const [field, values] of disputed) conflicts.push({ eventId: id, field, values });
    const sources = g.members.map((m) => {
      const ev = m.event.evidence;
      const text = articlesById.get(m.articleId)!.record.text;
      return {
        articleId: m.articleId,
        site: m.site,
        agency: m.agency,
        start: ev.start,
        end: ev.end,
        text: ev.text || text.slice(ev.start, ev.end),
      };
    });
    events.push({
      id,
      type: g.members[0]!.event.type,
      mode: g.members.map((m) => m.event.mode ?? null).find((x) => x !== null) ?? null,
      date,
      status: mostCommon(g.members.map((m) => m.event.status)) as EventStatus,
      actors: unionParticipants(g.members.map((m) => m.actors)),
      targets: unionParticipants(g.members.map((m) => m.targets)),
      location: g.members.map((m) => m.location).find((x) => x !== null) ?? null,
      quantities: agreed,
      sources,
      independentSources: independentSources(sources, o.copyJaccard),
    });
  });
  return { events, conflicts };
}

/** An event with its participants resolved through its article's entities (byId: those entities by id). */
function resolve(
  a: StoryArticle,
  byId: ReadonlyMap<string, RecordEntity>,
  event: RecordEvent,
  order: number,
): Resolved {
  const participant = (ref: string | { text: string }): TimelineParticipant => {
    if (typeof ref !== 'string') return { name: ref.text };
    const e = byId.get(ref);
    if (!e) return { name: ref };
    const kb = e.kb?.wikidata ?? e.kb?.geonames ?? e.kb?.iso3166;
    return kb ? { name: e.name, kb } : { name: e.name };
  };
  const loc = event.location ? participant(event.location).name : null;
  const actors = event.actors.map(participant);
  const targets = event.targets.map(participant);
  const keys = [...actors, ...targets].map(key);
  return {
    articleId: a.id,
    order,
    event,
    actors,
    targets,
    location: loc,
    site: a.record.site ?? null,
    agency: a.record.dateline?.agency ?? a.record.agencies?.[0] ?? null,
    date: event.date ?? null,
    place: loc?.toLowerCase() ?? null,
    keys,
    keySet: new Set(keys),
  };
}

/** A participant's identity across articles: its KB id, else its lower-cased name. */
function key(p: TimelineParticipant): string {
  return p.kb ? `kb:${p.kb}` : `n:${p.name.toLowerCase().replace(/\s+/gu, ' ').trim()}`;
}

/** Dates are compatible when one is unknown or one is a prefix of the other (2015-11 ⊇ 2015-11-17). */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

function sameEvent(a: Resolved, b: Resolved): boolean {
  if (a.event.type !== b.event.type) return false;
  if (!modesAgree(a.event.mode, b.event.mode, a.actors.length + b.actors.length > 0)) return false;
  const da = a.date;
  const db = b.date;
  if (!datesCompatible(da, db)) return false;
  const la = a.place;
  const lb = b.place;
  if (la !== null && lb !== null && la !== lb) return false;
  if (a.keySet.size > 0 && b.keys.length > 0) return b.keys.some((k) => a.keySet.has(k));
  return (la !== null && la === lb) || (da !== null && da === db);
}

function unionParticipants(lists: ReadonlyArray<readonly TimelineParticipant[]>): TimelineParticipant[] {
  const seen = new Map<string, TimelineParticipant>();
  for (const list of lists) for (const p of list) if (!seen.has(key(p))) seen.set(key(p), p);
  return [...seen.values()];
}

/** Per field: the value most articles report (ties: the earliest reported) and the disputed fields. */
function quantities(members: readonly Resolved[]): {
  agreed: Record<string, number>;
  disputed: Array<[string, Array<{ value: number; articleIds: string[] }>]>;
} {
  const fields = new Map<string, Map<number, string[]>>();
  for (const m of members)
    for (const [field, value] of Object.entries(m.event.quantities ?? {})) {
      let values = fields.get(field);
      if (!values) fields.set(field, (values = new Map()));
      const ids = values.get(value) ?? [];
      if (!ids.includes(m.articleId)) ids.push(m.articleId);
      values.set(value, ids);
    }
  const agreed: Record<string, number> = {};
  const disputed: Array<[string, Array<{ value: number; articleIds: string[] }>]> = [];
  for (const [field, values] of fields) {
    const list = [...values].map(([value, articleIds]) => ({ value, articleIds }));
    const best = list.reduce((a, b) => (b.articleIds.length > a.articleIds.length ? b : a));
    agreed[field] = best.value;
    if (list.length > 1)
      disputed.push([
        field,
        list.sort((a, b) => b.articleIds.length - a.articleIds.length || a.value - b.value),
      ]);
  }
  return { agreed, disputed };
}

/** Sources left after folding same-agency copies and near-identical evidence (union-find). */
export function independentSources(
  sources: ReadonlyArray<{ articleId: string; agency: string | null; text: string }>,
  copyJaccard = TIMELINE_DEFAULTS.copyJaccard,
): number {
  const parent = sources.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Trigrams only of the texts compared (a single source, or one folded by article or agency, needs none).
  const shingles: Array<Set<string> | undefined> = [];
  const shingle = (i: number): Set<string> => (shingles[i] ??= trigrams(sources[i]!.text));
  for (let i = 0; i < sources.length; i++)
    for (let j = i + 1; j < sources.length; j++) {
      const a = sources[i]!;
      const b = sources[j]!;
      if (find(i) === find(j)) continue; // already one source: the union below would change nothing
      const copy =
        a.articleId === b.articleId ||
        (a.agency !== null && a.agency === b.agency) ||
        jaccard(shingle(i), shingle(j)) >= copyJaccard;
      if (copy) parent[find(j)] = find(i);
    }
  return new Set(sources.map((_, i) => find(i))).size;
}

function trigrams(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (w.length < 3) out.add(w.join(' '));
  for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The longest of the compatible dates (2015-11-17 over 2015-11); null when none is known. */
function mostSpecific(dates: ReadonlyArray<string | null>): string | null {
  let best: string | null = null;
  for (const d of dates) if (d !== null && (best === null || d.length > best.length)) best = d;
  return best;
}

/** The most frequent string; ties go to the first seen. */
function mostCommon(xs: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0] ?? '';
  for (const [x, n] of counts) if (n > (counts.get(best) ?? 0)) best = x;
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nulls last. */
function compareNullable(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null) return b == null ? 0 : 1;
  if (b == null) return -1;
  return compare(a, b);
}
