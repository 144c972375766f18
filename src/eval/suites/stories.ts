/**
 * `dateline eval stories`: the UCI News Aggregator headlines (../shared/data/clustering/
 * uci-news-aggregator-subset), clustered online by StoryClusterer from what a real ingest also has —
 * title, URL, publication time — and scored with item-wise BCubed P/R/F1 against the STORY ids.
 *
 * 1. Read the CSV; split by story id with the project's hash holdout, so no story straddles dev and
 *    held-out (--split dev|holdout|all keeps that part's headlines only).
 * 2. Feed the headlines in time order (the way an ingest meets them) and score each by the story it ends
 *    up in (a merge relabels the headlines of the stories it folds: StoryClusterer.resolve).
 * 3. Feed them again in an order shuffled by a hash of the row id and without times, and score:
 *    the aggregator crawled one story at a time, so its timestamps (and the time order) group the
 *    gold stories; the shuffled, time-free run is the score that cannot lean on that artefact.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed } from '../../stories/bcubed.js';
import { type ClusterOptions, StoryClusterer } from '../../stories/clusterer.js';
import type { StoryInput } from '../../stories/types.js';
import { inSplit } from '../split.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

const FILE = 'uci-news-aggregator.part1.csv';

export interface HeadlineRow {
  id: string;
  title: string;
  url: string;
  publisher: string;
  story: string;
  timestamp: number;
}

/** The data file under a data root (or the folder itself), or null. */
export function uciFile(data: string): string | null {
  for (const d of [
    data,
    join(data, 'uci-news-aggregator-subset'),
    join(data, 'clustering', 'uci-news-aggregator-subset'),
  ]) {
    if (existsSync(join(d, FILE))) return join(d, FILE);
  }
  return null;
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readHeadlines(file: string): HeadlineRow[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string) => {
    const k = header?.indexOf(name) ?? -1;
    if (k < 0) throw new Error(`${file}: no ${name} column`);
    return k;
  };
  const [id, title, url, publisher, story, ts] = [
    'ID',
    'TITLE',
    'URL',
    'PUBLISHER',
    'STORY',
    'TIMESTAMP',
  ].map(col);
  return rows
    .filter((r) => r.length >= header!.length)
    .map((r) => ({
      id: r[id!]!,
      title: r[title!]!,
      url: r[url!]!,
      publisher: r[publisher!]!,
      story: r[story!]!,
      timestamp: Number(r[ts!]),
    }));
}

/** What the clusterer sees of a row: never the story id, the category or anything derived from them. */
export function toInput(row: HeadlineRow, withTime: boolean): StoryInput {
  return {
    id: row.id,
    title: row.title,
    text: '',
    url: row.url,
    source: row.publisher,
    published: withTime && Number.isFinite(row.timestamp) ? new Date(row.timestamp).toISOString() : null,
  };
}

export interface StoriesRun {
  precision: number;
  recall: number;
  f1: number;
  stories: number;
}

/** Clusters the rows in the given order and scores them. */
export function clusterRows(
  rows: readonly HeadlineRow[],
  withTime: boolean,
  options: Partial<ClusterOptions> = {},
): StoriesRun {
  const c = new StoryClusterer(options);
  const assigned = rows.map((r) => c.add(toInput(r, withTime)).story);
  // Merges relabel earlier articles: score each article by the story it ends up in.
  const pred = assigned.map((id) => c.resolve(id));
  const s = bcubed(
    pred,
    rows.map((r) => r.story),
  );
  return { precision: s.precision, recall: s.recall, f1: s.f1, stories: c.storyCount };
}

export function timeOrder(rows: readonly HeadlineRow[]): HeadlineRow[] {
  return [...rows].sort((a, b) => a.timestamp - b.timestamp || Number(a.id) - Number(b.id));
}

export function shuffledOrder(rows: readonly HeadlineRow[]): HeadlineRow[] {
  const key = (r: HeadlineRow) => createHash('sha1').update(`dateline-shuffle:${r.id}`).digest('hex');
  return rows
    .map((r) => [key(r), r] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([, r]) => r);
}

export const storiesSuite: Suite = {
  name: 'stories',
  description: 'UCI News Aggregator headlines: online story clustering, item-wise BCubed P/R/F1',
  async run(opts: SuiteOptions): Promise<SuiteResult> {
    const file = uciFile(opts.data);
    if (!file) return { suite: 'stories', metrics: {}, items: 0, skipped: `no ${FILE} under ${opts.data}` };
    const rows = readHeadlines(file).filter((r) => inSplit(r.story, opts.split));
    const timed = clusterRows(timeOrder(rows), true);
    opts.onProgress?.(1, 2);
    const shuffled = clusterRows(shuffledOrder(rows), false);
    opts.onProgress?.(2, 2);
    return {
      suite: 'stories',
      metrics: {
        f1: round(timed.f1),
        precision: round(timed.precision),
        recall: round(timed.recall),
        f1_shuffled: round(shuffled.f1),
        precision_shuffled: round(shuffled.precision),
        recall_shuffled: round(shuffled.recall),
      },
      items: rows.length,
      details: {
        split: opts.split,
        goldStories: new Set(rows.map((r) => r.story)).size,
        predictedStories: timed.stories,
        predictedStoriesShuffled: shuffled.stories,
        note: 'split by story id (no story straddles dev and held-out); f1 = time order with timestamps, f1_shuffled = hash order without times',
      },
    };
  },
};

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
