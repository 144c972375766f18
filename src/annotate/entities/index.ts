/**
 * The entities layer: the CoNLL-trained perceptron tagger (tagger.ts) over the tokens of each sentence,
 * its PER/ORG/LOC/MISC chunks mapped to the record's types, and mentions grouped into entities.
 *
 * Type mapping: PER → PERSON, ORG → ORG, LOC → GPE when the name is a country, state or city in the
 * gazetteer (else LOC), MISC → NORP when it is a demonym ("French", "Russians"), else MISC.
 * Grouping (minimal, within one document): mentions with the same surface text and type are one entity,
 * and a one-word PERSON mention that is the last word of a longer PERSON name ("Putin" after "Vladimir
 * Putin") joins that name's entity. An entity is named by its longest mention; ids e1, e2, … in order
 * of first mention.
 */
import type { Doc, Span } from '../../doc/doc.js';
import type { Annotator } from '../annotator.js';
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';
import { chunks } from './conll.js';
import { GAZ_KINDS, gazKey, gazLookup } from './features.js';
import { loadModel } from './model.js';
import { tagDocument, type TaggerModel } from './tagger.js';

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

export interface Mention extends Span {
  text: string;
}

/** One entity of the layer; its own span is that of its first mention (so the layer is ordered by it). */
export interface EntityItem extends Span {
  id: string;
  type: EntityType;
  name: string;
  mentions: Mention[];
}

const GEO_MASK =
  (1 << GAZ_KINDS.indexOf('country')) | (1 << GAZ_KINDS.indexOf('state')) | (1 << GAZ_KINDS.indexOf('city'));
const DEMONYM_MASK = 1 << GAZ_KINDS.indexOf('demonym');

/** The record type of a CoNLL chunk type, given the chunk's words. */
export function mapType(model: TaggerModel, conllType: string, words: readonly string[]): EntityType {
  switch (conllType) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      return gazLookup(model.gazetteer, gazKey(words)) & GEO_MASK ? 'GPE' : 'LOC';
    default:
      return gazLookup(model.gazetteer, gazKey(words)) & DEMONYM_MASK ? 'NORP' : 'MISC';
  }
}

interface RawMention extends Mention {
  type: EntityType;
}

/** Groups mentions (in text order) into entities. */
export function groupMentions(mentions: readonly RawMention[]): EntityItem[] {
  const groups: RawMention[][] = [];
  const bySurface = new Map<string, RawMention[]>();
  const fullNamesByLast = new Map<string, RawMention[]>();
  for (const m of mentions) {
    const key = `${m.type}\u0000${m.text}`;
    let group = bySurface.get(key);
    if (!group && m.type === 'PERSON' && !/\s/.test(m.text)) group = fullNamesByLast.get(m.text);
    if (!group) {
      group = [];
      groups.push(group);
    }
    group.push(m);
    bySurface.set(key, group);
    if (m.type === 'PERSON') {
      const words = m.text.split(/\s+/);
      const last = words[words.length - 1]!;
      if (words.length > 1 && !fullNamesByLast.has(last)) fullNamesByLast.set(last, group);
    }
  }
  // A surname seen before its full name: join the first full name that ends with it.
  const merged = new Set<RawMention[]>();
  for (const g of groups) {
    if (g[0]!.type !== 'PERSON' || /\s/.test(g[0]!.text)) continue;
    const full = fullNamesByLast.get(g[0]!.text);
    if (full && full !== g) {
      full.push(...g);
      merged.add(g);
    }
  }
  const out = groups
    .filter((g) => !merged.has(g))
    .map((g) => g.sort((a, b) => a.start - b.start || a.end - b.end))
    .sort((a, b) => a[0]!.start - b[0]!.start || a[0]!.end - b[0]!.end);
  return out.map((g, k) => {
    const name = g.reduce((best, m) => (m.text.length > best.length ? m.text : best), g[0]!.text);
    return {
      start: g[0]!.start,
      end: g[0]!.end,
      id: `e${k + 1}`,
      type: g[0]!.type,
      name,
      mentions: g.map(({ start, end, text }) => ({ start, end, text })),
    };
  });
}

/** Finds and groups the entities of a text, given its tokens and sentences. */
export function findEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  model: TaggerModel = loadModel(),
): EntityItem[] {
  if (tokens.length === 0) return [];
  const spans: Array<[number, number]> =
    sentences.length > 0 ? sentences.map((s) => [s.tokenStart, s.tokenEnd]) : [[0, tokens.length]];
  const words = spans.map(([a, b]) => tokens.slice(a, b).map((t) => text.slice(t.start, t.end)));
  const tags = tagDocument(model, words);
  const mentions: RawMention[] = [];
  spans.forEach(([a], k) => {
    for (const [s, e, type] of chunks(tags[k]!)) {
      const start = tokens[a + s]!.start;
      const end = tokens[a + e - 1]!.end;
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        type: mapType(model, type, words[k]!.slice(s, e)),
      });
    }
  });
  return groupMentions(mentions);
}

export const entityTagger: Annotator = {
  name: 'entity-tagger',
  requires: ['tokens', 'sentences'],
  assigns: ['entities'],
  annotate(doc: Doc): void {
    doc.setLayer<EntityItem>(
      'entities',
      findEntities(doc.text, doc.getLayer<Token>('tokens'), doc.getLayer<Sentence>('sentences')),
    );
  },
};
