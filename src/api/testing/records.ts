/** Invented records for the API and UI tests (no real articles): two stories, entities, events, quotes. */
import type { ArticleRecord } from '../../doc/record.js';

const FLOOD_TEXT =
  'Rivermouth officials said on Tuesday that floods killed 12 people in the port town of Eastbay.\n\n' +
  '"We have never seen water this high," mayor Lena Okafor told reporters.';

export function floodRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const text = overrides.text ?? FLOOD_TEXT;
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  return {
    input: 'flood.html',
    url: 'https://news.example/flood',
    title: 'Floods hit Eastbay',
    authors: ['Ana Reporter'],
    published: '2026-03-04',
    dateline: null,
    language: 'en',
    text,
    warnings: [],
    site: 'news.example',
    entities: [
      { id: 'e1', type: 'GPE', name: 'Eastbay', mentions: [at('Eastbay')] },
      { id: 'e2', type: 'PERSON', name: 'Lena Okafor', mentions: [at('Lena Okafor')] },
    ],
    times: [{ ...at('Tuesday'), type: 'DATE', value: '2026-03-03' }],
    quantities: [{ ...at('12 people'), value: 12, unit: 'people' }],
    quotes: [
      {
        ...at('"We have never seen water this high,"'),
        kind: 'direct',
        speaker: { ...at('Lena Okafor'), entity: 'e2' },
        cue: at('told'),
      },
    ],
    events: [
      {
        id: 'v1',
        type: 'ASSAULT',
        mode: null,
        actors: [{ text: 'floods' }],
        targets: ['e1'],
        location: 'e1',
        date: '2026-03-03',
        quantities: { killed: 12 },
        status: 'occurred',
        source: { text: 'Rivermouth officials' },
        evidence: at('floods killed 12 people'),
      },
    ],
    checks: [],
    ...overrides,
  };
}
