/**
 * `dateline eval metadata`: the metadata cascade on the project's own fixture pages
 * (fixtures/metadata/<case>.html + expected.json), through the full extract() pipeline. Reports the
 * accuracy of title, authors (exact set after normalisation), published (date part, over pages that state
 * one) and language. Pages named holdout-* are the held-out split, never looked at while tuning.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../extract/index.js';
import type { Suite, SuiteOptions, SuiteResult } from '../types.js';

/** The repository root seen from the compiled file (dist/src/eval/suites → ../../../..). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface MetadataExpectation {
  url?: string;
  title: string | null;
  authors: string[];
  /** The date part is compared; null when the page states none. */
  published: string | null;
  language: string | null;
}

const FIELDS = ['title', 'authors', 'published', 'language'] as const;
type Field = (typeof FIELDS)[number];

export interface MetadataItemResult {
  id: string;
  ok: Record<Field, boolean | null>;
  got: Record<Field, unknown>;
  expected: MetadataExpectation;
}

/** The fixture folder: <data>/metadata or <data> when it holds expected.json, else the repo's fixtures. */
export function metadataFixturesDir(data?: string): string {
  for (const d of data ? [join(data, 'metadata'), data] : []) {
    if (existsSync(join(d, 'expected.json'))) return d;
  }
  return join(REPO_ROOT, 'fixtures', 'metadata');
}

export function isHoldoutCase(id: string): boolean {
  return id.startsWith('holdout-');
}

function inMetadataSplit(id: string, split: SuiteOptions['split']): boolean {
  return split === 'all' || (split === 'holdout') === isHoldoutCase(id);
}

function normText(s: unknown): string {
  return typeof s === 'string' ? s.normalize('NFKC').replace(/\s+/g, ' ').trim() : '';
}

function authorSet(list: readonly unknown[]): string {
  return [...new Set(list.map((a) => normText(a).toLowerCase()).filter(Boolean))].sort().join('\n');
}

/** Scores one record against its expectation; a field is null when it is not scored for the page. */
export function scoreItem(
  id: string,
  expected: MetadataExpectation,
  got: Record<Field, unknown>,
): MetadataItemResult {
  const gotDate = typeof got.published === 'string' ? got.published.slice(0, 10) : null;
  return {
    id,
    expected,
    got,
    ok: {
      title: expected.title === null ? null : normText(got.title) === normText(expected.title),
      authors: authorSet(Array.isArray(got.authors) ? got.authors : []) === authorSet(expected.authors),
      published: expected.published === null ? null : gotDate === expected.published.slice(0, 10),
      language: expected.language === null ? null : got.language === expected.language,
    },
  };
}

export async function predictMetadata(
  dir: string,
  split: SuiteOptions['split'],
  onProgress?: SuiteOptions['onProgress'],
) {
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    MetadataExpectation
  >;
  const ids = Object.keys(expected)
    .filter((id) => inMetadataSplit(id, split))
    .sort();
  const out: MetadataItemResult[] = [];
  let done = 0;
  for (const id of ids) {
    const exp = expected[id]!;
    const html = await readFile(join(dir, `${id}.html`), 'utf8');
    let got: Record<Field, unknown> = { title: null, authors: [], published: null, language: null };
    try {
      const doc = extract({
        input: `${id}.html`,
        url: exp.url ?? null,
        kind: 'html',
        content: html,
        warnings: [],
      });
      got = {
        title: doc.meta.title,
        authors: doc.meta.authors,
        published: doc.meta.published,
        language: doc.meta.language,
      };
    } catch (err) {
      // A page that fails to extract scores zero on every field; the error is shown in the details.
      got = { ...got, title: `(error: ${err instanceof Error ? err.message : String(err)})` };
    }
    out.push(scoreItem(id, exp, got));
    onProgress?.(++done, ids.length);
  }
  return out;
}

function accuracy(items: readonly MetadataItemResult[], field: Field): number {
  const scored = items.filter((i) => i.ok[field] !== null);
  return scored.length ? scored.filter((i) => i.ok[field]).length / scored.length : 0;
}

export const metadataSuite: Suite = {
  name: 'metadata',
  description: 'title, authors, publication date and language on the fixture pages (accuracy)',
  async run(opts): Promise<SuiteResult> {
    const dir = metadataFixturesDir(opts.data);
    if (!existsSync(join(dir, 'expected.json')))
      return { suite: 'metadata', metrics: {}, items: 0, skipped: `no expected.json under ${dir}` };
    const items = await predictMetadata(dir, opts.split, opts.onProgress);
    const metrics: Record<string, number> = {};
    for (const f of FIELDS) metrics[f] = accuracy(items, f);
    // Dates invented for pages that state none: reported, not floored (floors are minimums).
    const spurious = items.filter((i) => i.expected.published === null && i.got.published).map((i) => i.id);
    const failures = items.flatMap((i) =>
      FIELDS.filter((f) => i.ok[f] === false).map((f) => ({
        id: i.id,
        field: f,
        expected: i.expected[f],
        got: i.got[f],
      })),
    );
    return {
      suite: 'metadata',
      metrics,
      items: items.length,
      details: { failures, spuriousDates: spurious },
    };
  },
};
