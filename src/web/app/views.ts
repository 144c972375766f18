/** The UI's pages: search, article (annotations in place), story (timeline), entity. */
import { getJson } from './api.js';
import { h, s, safeHref } from './dom.js';
import { type Annotation, segment } from './segments.js';
import type {
  ArticleRecord,
  ArticleSummary,
  EntityDetail,
  EntitySummary,
  Ref,
  StoredArticle,
  StoryDetail,
  StorySummary,
  TimelineEvent,
} from './types.js';

/** A CSS class token from untrusted text: letters, digits and dashes only. */
function cls(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

function dateOf(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'undated';
}

function articleItem(a: ArticleSummary): HTMLElement {
  return h(
    'li',
    { class: 'article-item' },
    h('a', { href: `#/article/${encodeURIComponent(a.id)}`, class: 'article-link' }, a.title ?? '(untitled)'),
    h('div', { class: 'meta' }, [a.site, dateOf(a.published)].filter(Boolean).join(' · ')),
    h('p', { class: 'snippet' }, a.snippet),
  );
}

export async function searchView(q: string): Promise<HTMLElement> {
  const input = h('input', {
    type: 'search',
    name: 'q',
    value: q,
    placeholder: 'Search articles',
    'aria-label': 'Search articles',
    id: 'search-input',
  }) as HTMLInputElement;
  const form = h(
    'form',
    { class: 'search', role: 'search' },
    input,
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = `#/?q=${encodeURIComponent(input.value)}`;
  });
  const [{ articles }, { stories }] = await Promise.all([
    getJson<{ articles: ArticleSummary[] }>(
      `/api/articles?limit=50${q ? `&q=${encodeURIComponent(q)}` : ''}`,
    ),
    getJson<{ stories: StorySummary[] }>('/api/stories?limit=20'),
  ]);
  return h(
    'div',
    { class: 'home' },
    form,
    h(
      'section',
      { class: 'results' },
      h('h2', {}, q ? `Articles matching “${q}”` : 'Latest articles'),
      articles.length
        ? h('ul', { class: 'articles', id: 'article-list' }, ...articles.map(articleItem))
        : h('p', { class: 'empty' }, 'No articles.'),
    ),
    q
      ? null
      : h(
          'aside',
          { class: 'stories' },
          h('h2', {}, 'Stories'),
          h(
            'ul',
            { id: 'story-list' },
            ...stories.map((st) =>
              h(
                'li',
                {},
                h('a', { href: `#/story/${encodeURIComponent(st.id)}` }, st.title),
                h('span', { class: 'meta' }, ` ${st.articles} articles · ${st.events} events`),
              ),
            ),
          ),
        ),
  );
}

function refName(r: Ref | { name: string } | null | undefined, rec?: ArticleRecord): string {
  if (!r) return '';
  if (typeof r === 'string') return rec?.entities?.find((e) => e.id === r)?.name ?? r;
  return 'name' in r ? r.name : r.text;
}

/** Every layer of the record as annotations over its text. */
export function annotationsOf(rec: ArticleRecord): Annotation[] {
  const out: Annotation[] = [];
  for (const e of rec.entities ?? [])
    for (const m of e.mentions)
      out.push({ start: m.start, end: m.end, layer: 'entity', kind: e.type, label: `${e.type}: ${e.name}` });
  for (const t of rec.times ?? [])
    out.push({ start: t.start, end: t.end, layer: 'time', kind: t.type, label: `${t.type} ${t.value}` });
  for (const q of rec.quantities ?? [])
    out.push({
      start: q.start,
      end: q.end,
      layer: 'quantity',
      kind: 'QUANTITY',
      label: `${q.modifier ? `${q.modifier} ` : ''}${q.value} ${q.unit}`,
    });
  for (const q of rec.quotes ?? []) {
    const who = q.speaker
      ? (q.speaker.description ?? refName(q.speaker.entity ?? q.speaker.text, rec)) || q.speaker.text
      : 'unknown speaker';
    out.push({ start: q.start, end: q.end, layer: 'quote', kind: q.kind, label: `${q.kind} quote — ${who}` });
  }
  for (const ev of rec.events ?? [])
    out.push({
      start: ev.evidence.start,
      end: ev.evidence.end,
      layer: 'event',
      kind: ev.type,
      label: `${ev.type}${ev.mode ? `/${ev.mode}` : ''} (${ev.status}): ${ev.actors.map((a) => refName(a, rec)).join(', ') || '?'} → ${ev.targets.map((a) => refName(a, rec)).join(', ') || '?'}`,
    });
  return out;
}

/** The article text with its annotations highlighted in place; paragraphs kept. */
export function highlighted(rec: ArticleRecord): HTMLElement {
  const body = h('div', { class: 'article-text', id: 'article-text' });
  let para = h('p');
  body.append(para);
  for (const seg of segment(rec.text, annotationsOf(rec))) {
    const pieces = seg.text.split(/\n\s*\n/);
    pieces.forEach((piece, i) => {
      if (i > 0) {
        para = h('p');
        body.append(para);
      }
      if (!piece) return;
      if (!seg.covers.length) {
        para.append(piece);
        return;
      }
      const classes = seg.covers.map((a) => `hl-${a.layer} hl-${a.layer}-${cls(a.kind)}`).join(' ');
      const mark = h(
        'mark',
        {
          class: classes,
          title: seg.covers.map((a) => a.label).join('\n'),
          'data-layers': seg.covers.map((a) => a.layer).join(' '),
        },
        piece,
      );
      const inner = seg.covers.find(
        (a) => a.layer === 'entity' || a.layer === 'time' || a.layer === 'quantity',
      );
      if (inner && seg.end === inner.end && i === pieces.length - 1)
        mark.append(h('span', { class: 'tag' }, inner.kind));
      para.append(mark);
    });
  }
  return body;
}

function legend(): HTMLElement {
  const items: Array<[string, string]> = [
    ['hl-entity hl-entity-person', 'person'],
    ['hl-entity hl-entity-org', 'organisation'],
    ['hl-entity hl-entity-gpe', 'place'],
    ['hl-entity hl-entity-norp', 'nationality'],
    ['hl-time', 'date/time'],
    ['hl-quantity', 'quantity'],
    ['hl-quote', 'quote'],
    ['hl-event', 'event'],
  ];
  return h('div', { class: 'legend' }, ...items.map(([c, label]) => h('mark', { class: c }, label)));
}

export async function articleView(id: string): Promise<HTMLElement> {
  const a = await getJson<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`);
  const rec = a.record;
  const byline = [rec.authors.join(', '), rec.site ?? a.site, dateOf(rec.published)]
    .filter(Boolean)
    .join(' · ');
  return h(
    'article',
    { class: 'article-view' },
    h('h1', { id: 'article-title' }, rec.title ?? '(untitled)'),
    h(
      'div',
      { class: 'meta' },
      byline,
      ' · ',
      h('span', { class: 'reads', id: 'read-count' }, `Read ${a.reads} ${a.reads === 1 ? 'time' : 'times'}`),
    ),
    rec.dateline ? h('div', { class: 'dateline' }, rec.dateline.text) : null,
    rec.url
      ? h(
          'div',
          { class: 'source' },
          'Source: ',
          safeHref(rec.url)
            ? h('a', { href: rec.url, rel: 'noopener noreferrer nofollow' }, rec.url)
            : rec.url,
        )
      : null,
    a.storyId
      ? h(
          'div',
          { class: 'story-link' },
          h('a', { href: `#/story/${encodeURIComponent(a.storyId)}` }, 'The whole story →'),
        )
      : null,
    legend(),
    highlighted(rec),
    eventsTable(rec),
    entitiesList(rec, a.entityIds ?? {}),
    a.related.length
      ? h(
          'section',
          { class: 'related' },
          h('h2', {}, 'Related articles'),
          h('ul', {}, ...a.related.map(articleItem)),
        )
      : null,
  );
}

function eventsTable(rec: ArticleRecord): HTMLElement | null {
  const events = rec.events ?? [];
  if (!events.length) return null;
  return h(
    'section',
    { class: 'events' },
    h('h2', {}, 'Events'),
    h(
      'table',
      { id: 'events-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Type', 'Who', 'To whom', 'Where', 'When', 'Counts', 'Status', 'Source'].map((t) =>
            h('th', {}, t),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...events.map((ev) =>
          h(
            'tr',
            {},
            h('td', {}, ev.type + (ev.mode ? ` (${ev.mode})` : '')),
            h('td', {}, ev.actors.map((r) => refName(r, rec)).join(', ')),
            h('td', {}, ev.targets.map((r) => refName(r, rec)).join(', ')),
            h('td', {}, refName(ev.location, rec)),
            h('td', {}, ev.date ?? ''),
            h(
              'td',
              {},
              Object.entries(ev.quantities ?? {})
                .map(([k, v]) => `${k} ${v}`)
                .join(', '),
            ),
            h('td', {}, ev.status),
            h('td', {}, refName(ev.source, rec)),
          ),
        ),
      ),
    ),
  );
}

function entitiesList(rec: ArticleRecord, ids: Record<string, string>): HTMLElement | null {
  const ents = rec.entities ?? [];
  if (!ents.length) return null;
  return h(
    'section',
    { class: 'entities' },
    h('h2', {}, 'Who and where'),
    h(
      'ul',
      {},
      ...ents.map((e) =>
        h(
          'li',
          {},
          ids[e.id]
            ? h(
                'a',
                { href: `#/entity/${encodeURIComponent(ids[e.id]!)}`, class: 'entity-link' },
                h('mark', { class: `hl-entity hl-entity-${cls(e.type)}` }, e.name),
              )
            : h('mark', { class: `hl-entity hl-entity-${cls(e.type)}` }, e.name),
          ` ${e.type} · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`,
          e.kb?.wikidata ? ` · ${e.kb.wikidata}` : '',
        ),
      ),
    ),
  );
}

/** The story's events on a time axis: one dot per event, colour by type, size by sources. */
export function timelineChart(events: readonly TimelineEvent[]): SVGElement {
  const dated = events.filter((e) => e.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const width = 760;
  const rowH = 26;
  const height = Math.max(60, 40 + dated.length * rowH);
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'timeline-chart',
    role: 'img',
    'aria-label': 'Timeline of events',
    id: 'timeline-chart',
  });
  if (!dated.length) {
    svg.append(s('text', { x: 10, y: 30 }, 'No dated events.'));
    return svg;
  }
  const t0 = Date.parse(dated[0]!.date!.slice(0, 10));
  const t1 = Date.parse(dated[dated.length - 1]!.date!.slice(0, 10));
  const span = Math.max(1, t1 - t0);
  const x = (d: string) => 180 + ((Date.parse(d.slice(0, 10)) - t0) / span) * (width - 220);
  svg.append(s('line', { x1: 180, y1: 20, x2: width - 40, y2: 20, class: 'axis' }));
  svg.append(s('text', { x: 180, y: 14, class: 'axis-label' }, dated[0]!.date!.slice(0, 10)));
  svg.append(
    s(
      'text',
      { x: width - 40, y: 14, class: 'axis-label', 'text-anchor': 'end' },
      dated[dated.length - 1]!.date!.slice(0, 10),
    ),
  );
  dated.forEach((e, i) => {
    const y = 40 + i * rowH;
    const label = `${e.type} · ${e.date} · ${e.independentSources} source${e.independentSources === 1 ? '' : 's'}`;
    svg.append(
      s('text', { x: 10, y: y + 4, class: 'row-label' }, e.type),
      s(
        'circle',
        { cx: x(e.date!), cy: y, r: 5 + Math.min(6, e.independentSources), class: `dot dot-${cls(e.type)}` },
        s('title', {}, label),
      ),
    );
  });
  return svg;
}

export async function storyView(id: string): Promise<HTMLElement> {
  const st = await getJson<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`);
  const conflicts = st.conflicts.length
    ? h(
        'section',
        { class: 'conflicts', id: 'conflicts' },
        h('h2', {}, 'Numbers that disagree'),
        h(
          'ul',
          {},
          ...st.conflicts.map((c) =>
            h(
              'li',
              {},
              `${c.field}: `,
              c.values
                .map(
                  (v) => `${v.value} (${v.articleIds.length} source${v.articleIds.length === 1 ? '' : 's'})`,
                )
                .join(' vs '),
            ),
          ),
        ),
      )
    : null;
  return h(
    'div',
    { class: 'story-view' },
    h('h1', { id: 'story-title' }, st.title),
    h(
      'div',
      { class: 'meta' },
      `${st.articles} articles · ${st.events} events · ${dateOf(st.firstPublished)} – ${dateOf(st.lastPublished)}`,
    ),
    h('section', { class: 'timeline' }, h('h2', {}, 'Timeline'), timelineChart(st.timeline)),
    conflicts,
    h(
      'section',
      { class: 'sources' },
      h('h2', {}, 'Events and their sources'),
      h(
        'ul',
        { id: 'story-events' },
        ...st.timeline.map((e) =>
          h(
            'li',
            {},
            h('strong', {}, `${e.type} `),
            `${e.date ?? 'undated'} — ${e.actors.map((r) => refName(r)).join(', ') || '?'} → ${e.targets.map((r) => refName(r)).join(', ') || '?'}`,
            Object.keys(e.quantities).length
              ? ` (${Object.entries(e.quantities)
                  .map(([k, v]) => `${k} ${v}`)
                  .join(', ')})`
              : '',
            h(
              'div',
              { class: 'meta' },
              `${e.independentSources} independent source${e.independentSources === 1 ? '' : 's'}: `,
              ...e.sources.map((src, k) =>
                h(
                  'span',
                  {},
                  k ? ', ' : '',
                  h(
                    'a',
                    { href: `#/article/${encodeURIComponent(src.articleId)}` },
                    src.site ?? src.agency ?? src.articleId,
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'story-articles' },
      h('h2', {}, 'Articles'),
      h('ul', {}, ...st.articleList.map(articleItem)),
    ),
  );
}

export async function entityView(id: string): Promise<HTMLElement> {
  const e = await getJson<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`);
  return h(
    'div',
    { class: 'entity-view' },
    h('h1', { id: 'entity-name' }, e.name),
    h(
      'div',
      { class: 'meta' },
      `${e.type} · ${e.mentions} mentions in ${e.articles} articles`,
      e.kb?.wikidata ? ` · Wikidata ${e.kb.wikidata}` : '',
    ),
    h(
      'section',
      {},
      h('h2', {}, 'Mentions'),
      h(
        'ul',
        {},
        ...e.appearances.map((ap) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: `#/article/${encodeURIComponent(ap.article.id)}` },
              ap.article.title ?? '(untitled)',
            ),
            ` ${dateOf(ap.article.published)} · ${ap.mentions.length}×`,
          ),
        ),
      ),
    ),
    e.events.length
      ? h(
          'section',
          {},
          h('h2', {}, 'Events'),
          h(
            'ul',
            {},
            ...e.events.map((ev) =>
              h(
                'li',
                {},
                `${ev.date ?? 'undated'} ${ev.type} (${ev.role}) `,
                h('a', { href: `#/article/${encodeURIComponent(ev.articleId)}` }, 'article'),
              ),
            ),
          ),
        )
      : null,
    e.quotes.length
      ? h(
          'section',
          {},
          h('h2', {}, 'Quotes'),
          h(
            'ul',
            {},
            ...e.quotes.map((q) =>
              h(
                'li',
                {},
                h('q', {}, q.text),
                ` ${dateOf(q.published)} `,
                h('a', { href: `#/article/${encodeURIComponent(q.articleId)}` }, 'article'),
              ),
            ),
          ),
        )
      : null,
  );
}

export async function entitiesView(q: string): Promise<HTMLElement> {
  const { entities } = await getJson<{ entities: EntitySummary[] }>(
    `/api/entities?limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}`,
  );
  return h(
    'div',
    {},
    h('h1', {}, 'Entities'),
    h(
      'ul',
      { id: 'entity-list' },
      ...entities.map((e) =>
        h(
          'li',
          {},
          h('a', { href: `#/entity/${encodeURIComponent(e.id)}` }, e.name),
          ` ${e.type} · ${e.articles} articles`,
        ),
      ),
    ),
  );
}
