/**
 * The default story timeline: every event of every article in the story, one entry each, by date.
 * The clusterer (src/stories) replaces it with events merged across articles and number conflicts;
 * the store only needs a TimelineBuilder.
 */
import type { EntityRef, EventStatus } from '../annotate/events/types.js';
import type { ArticleRecord } from '../doc/record.js';
import type { TimelineEvent, TimelineParticipant } from '../stories/types.js';
import type { TimelineBuilder } from './types.js';

export const listEventsTimeline: TimelineBuilder = (articles) => {
  const timeline: TimelineEvent[] = [];
  for (const a of articles) {
    const rec = a.record;
    const byId = new Map((rec.entities ?? []).map((e) => [e.id, e]));
    const who = (ref: string | { text: string }): TimelineParticipant | EntityRef => {
      if (typeof ref !== 'string') return ref;
      const e = byId.get(ref);
      if (!e) return { text: ref };
      return e.kb?.wikidata ? { name: e.name, kb: e.kb.wikidata } : { name: e.name };
    };
    const place = (ref: ArticleEvent['location']): string | null => {
      if (ref === null || ref === undefined) return null;
      if (typeof ref !== 'string') return ref.text;
      return byId.get(ref)?.name ?? null;
    };
    for (const ev of rec.events ?? []) {
      timeline.push({
        id: `${a.id}:${ev.id}`,
        type: ev.type,
        mode: ev.mode ?? null,
        date: ev.date ?? null,
        status: ev.status as EventStatus,
        actors: ev.actors.map(who),
        targets: ev.targets.map(who),
        location: place(ev.location),
        quantities: ev.quantities ?? {},
        sources: [
          {
            articleId: a.id,
            site: a.site,
            agency: rec.dateline?.agency ?? rec.agencies?.[0] ?? null,
            start: ev.evidence.start,
            end: ev.evidence.end,
            text: ev.evidence.text,
          },
        ],
        independentSources: 1,
      });
    }
  }
  timeline.sort((x, y) => (x.date ?? '\uffff').localeCompare(y.date ?? '\uffff'));
  return { timeline, conflicts: [] };
};

type ArticleEvent = NonNullable<ArticleRecord['events']>[number];
