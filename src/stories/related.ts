/**
 * Related articles: for each article, the k most similar others, within its story and across stories
 * (TF-IDF cosine over the clusterer's terms, IDF from the given set). Pure; an inverted index keeps it
 * to the pairs that share a term, so a store page of a few hundred articles costs milliseconds.
 */
import { CLUSTER_DEFAULTS } from './clusterer.js';
import { type FeatureOptions, features } from './features.js';
import type { StoryInput } from './types.js';

export interface RelatedOptions {
  /** Related articles kept per article, in its story and across stories (each). */
  k: number;
  /** Pairs below this cosine are not related (shared boilerplate words only). */
  minScore: number;
  features: FeatureOptions;
}

export const RELATED_DEFAULTS: Readonly<RelatedOptions> = { k: 5, minScore: 0.1, features: CLUSTER_DEFAULTS };

export interface RelatedArticle {
  id: string;
  score: number;
  sameStory: boolean;
}

export interface RelatedResult {
  sameStory: RelatedArticle[];
  otherStories: RelatedArticle[];
}

/** For every article id: its most similar articles in the same story and in other stories, best first. */
export function relatedArticles(
  articles: ReadonlyArray<{ input: StoryInput; story: string | null }>,
  options: Partial<RelatedOptions> = {},
): Map<string, RelatedResult> {
  const o = { ...RELATED_DEFAULTS, ...options };
  const tfs = articles.map((a) => features(a.input, o.features));
  const df = new Map<string, number>();
  for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = articles.length;
  const vecs = tfs.map((tf) => {
    const v = new Map<string, number>();
    let z = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * (Math.log((n + 1) / (df.get(t)! + 1)) + 1);
      v.set(t, w);
      z += w * w;
    }
    z = Math.sqrt(z);
    if (z > 0) for (const [t, w] of v) v.set(t, w / z);
    return v;
  });
  const index = new Map<string, number[]>();
  vecs.forEach((v, i) => {
    for (const t of v.keys()) {
      const list = index.get(t) ?? [];
      list.push(i);
      index.set(t, list);
    }
  });
  const out = new Map<string, RelatedResult>();
  vecs.forEach((v, i) => {
    const dots = new Map<number, number>();
    for (const [t, w] of v)
      for (const j of index.get(t)!) if (j !== i) dots.set(j, (dots.get(j) ?? 0) + w * vecs[j]!.get(t)!);
    const ranked = [...dots]
      .filter(([, s]) => s >= o.minScore)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([j, s]) => {
        const same = articles[i]!.story !== null && articles[i]!.story === articles[j]!.story;
        return { id: articles[j]!.input.id, score: Math.round(s * 10000) / 10000, sameStory: same };
      });
    out.set(articles[i]!.input.id, {
      sameStory: ranked.filter((r) => r.sameStory).slice(0, o.k),
      otherStories: ranked.filter((r) => !r.sameStory).slice(0, o.k),
    });
  });
  return out;
}
