/**
 * The entities layer: the CoNLL-trained perceptron tagger (tagger.ts) over the tokens of each sentence,
 * its PER/ORG/LOC/MISC chunks mapped to the record's types, and mentions grouped into entities.
 *
 * Type mapping: PER → PERSON, ORG → ORG, LOC → GPE when the name is a country, state or city in the
 * gazetteer (else LOC), MISC → NORP when it is a demonym ("French", "Russians"), else MISC.
 * Grouping and linking (grouping.ts): titles stripped, surnames and acronyms joined to their full names,
 * entities linked to the KB (src/link) with the article's date and countries as context, titles such as
 * "the Russian president" resolved through office terms; ids e1, e2, … in order of first mention.
 */
import type { Doc, DocMeta, Span } from '../../doc/doc.js';
import { loadKb, type Kb, type KbRefs } from '../../link/kb.js';
import { CURATED_ORG_PRIOR } from '../../link/kb-types.js';
import { countryOfPlace } from '../../link/linker.js';
import { normName } from '../../link/normalize.js';
import type { Annotator } from '../annotator.js';
import type { Sentence } from '../sentences/splitter.js';
import type { Token } from '../tokens/tokenizer.js';
import { chunks } from './conll.js';
import { GAZ_KINDS, gazKey, gazLookup } from './features.js';
import { loadModel } from './model.js';
import { groupMentions, type RawMention } from './grouping.js';
import { isGroupName, kindFromWords, withEventHead } from './kinds.js';
import { tagDocument, type TaggerModel } from './tagger.js';
import { resolveAnchor } from '../times/anchor.js';
import { initialSurname } from './rescue.js';

export { groupMentions, type RawMention } from './grouping.js';

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC';

export interface Mention extends Span {
  text: string;
}

/** One entity of the layer; its own span is that of its first mention (so the layer is ordered by it). */
export interface EntityItem extends Span {
  id: string;
  type: EntityType;
  name: string;
  /** KB references when linked (absent otherwise). */
  kb?: KbRefs;
  /** The link's margin over the runner-up (1 when alone); internal, not in the record. */
  linkConfidence?: number;
  mentions: Mention[];
}

const GEO_MASK =
  (1 << GAZ_KINDS.indexOf('country')) | (1 << GAZ_KINDS.indexOf('state')) | (1 << GAZ_KINDS.indexOf('city'));
const DEMONYM_MASK = 1 << GAZ_KINDS.indexOf('demonym');

/** The record type of a CoNLL chunk type, given the chunk's words. */
export function mapType(model: TaggerModel, conllType: string, words: readonly string[]): EntityType {
  const kind = kindFromWords(conllType, words);
  if (kind) return kind;
  switch (conllType) {
    case 'PER':
      return 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      return gazLookup(model.gazetteer, gazKey(words)) & GEO_MASK ? 'GPE' : 'LOC';
    default:
      return gazLookup(model.gazetteer, gazKey(words)) & DEMONYM_MASK || isGroupName(words) ? 'NORP' : 'MISC';
  }
}

/** What linking needs to know about the document. */
export interface LinkOptions {
  /** The KB (default: the committed one); null turns linking off. */
  kb?: Kb | null;
  /** ISO date of the article (doc.meta.published or its dateline's date). */
  date?: string | null;
  /** The dateline's place ("PARIS"), whose country is context for linking. */
  place?: string | null;
}

/** The article's date for office terms: published, else the dateline's date (YYYY-MM-DD), else null. */
export function articleDate(meta: Pick<DocMeta, 'published' | 'dateline'> | undefined): string | null {
  const d = meta?.published ?? meta?.dateline?.date ?? null;
  const m = d ? /^\d{4}-\d{2}-\d{2}/.exec(d) : null;
  return m ? m[0] : null;
}

/** How many untagged capitalised words a chunk may take to become a curated organisation's name. */
const MAX_ORG_EXTENSION = 2;

/**
 * The end of a chunk [s, e) extended over up to MAX_ORG_EXTENSION following capitalised words the tagger
 * left untagged (before the next chunk at `limit`), when together they name a curated organisation the
 * chunk alone does not ("Islamic" + "State"); else e.
 */
function knownOrgExtension(kb: Kb, words: readonly string[], s: number, e: number, limit: number): number {
  // (Most chunks have no capitalised word after them: no KB lookup at all.)
  if (e >= limit || !/^\p{Lu}/u.test(words[e]!)) return e;
  const isCurated = (key: string): boolean =>
    kb.byAlias(key).some((x) => kb.kind[x] === 'org' && kb.prior[x]! >= CURATED_ORG_PRIOR);
  if (isCurated(normName(words.slice(s, e).join(' ')))) return e;
  for (let j = e; j < Math.min(limit, e + MAX_ORG_EXTENSION); j++) {
    if (!/^\p{Lu}/u.test(words[j]!)) break;
    if (isCurated(normName(words.slice(s, j + 1).join(' ')))) return j + 1;
  }
  return e;
}

/**
 * The dateline's day when its year is not stated but a weekday or the office holders named leave one
 * year only (times/anchor.ts; a year merely named in the text is not enough); null otherwise. Office
 * terms of titles ("the French president") are then read at that day.
 */
function inferredDate(doc: Doc): string | null {
  if (!doc.meta.dateline) return null;
  const anchor = resolveAnchor(doc);
  return anchor.candidates.length === 1 && anchor.narrowed === true ? anchor.date : null;
}

/** Finds and groups the entities of a text, given its tokens and sentences, and links them. */
export function findEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  model: TaggerModel = loadModel(),
  link: LinkOptions = {},
): EntityItem[] {
  if (tokens.length === 0) return [];
  const spans: Array<[number, number]> =
    sentences.length > 0 ? sentences.map((s) => [s.tokenStart, s.tokenEnd]) : [[0, tokens.length]];
  const words = spans.map(([a, b]) => {
    const out = new Array<string>(b - a);
    for (let i = a; i < b; i++) out[i - a] = text.slice(tokens[i]!.start, tokens[i]!.end);
    return out;
  });
  const tags = tagDocument(model, words);
  const kb = link.kb === undefined ? loadKb() : link.kb;
  const mentions: RawMention[] = [];
  spans.forEach(([a], k) => {
    const found = chunks(tags[k]!);
    // A surname opening the sentence that the tagger missed ("Macron flew to the border"): rescue.ts.
    const lone = kb ? initialSurname(words[k]!, found[0]?.[0] ?? words[k]!.length, model.gazetteer, kb) : -1;
    if (lone >= 0) found.unshift([lone, lone + 1, 'PER']);
    for (let c = 0; c < found.length; c++) {
      const [s0, e0, type] = found[c]!;
      // A name never starts or ends with punctuation ("New York ." tagged as one chunk).
      let s = s0;
      let e = e0;
      while (s < e && tokens[a + s]!.kind === 'punct') s++;
      while (e > s && tokens[a + e - 1]!.kind === 'punct') e--;
      if (s === e) continue;
      let kind = type;
      const longer = kb ? knownOrgExtension(kb, words[k]!, s, e, found[c + 1]?.[0] ?? words[k]!.length) : e;
      if (longer > e) {
        e = longer;
        kind = 'ORG';
      }
      s = withEventHead(words[k]!, s);
      const start = tokens[a + s]!.start;
      const end = tokens[a + e - 1]!.end;
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        type: mapType(model, kind, words[k]!.slice(s, e)),
      });
    }
  });
  const home = kb ? countryOfPlace(kb, link.place) : null;
  return groupMentions(mentions, { text, kb, date: link.date ?? null, countries: home ? [home] : [] });
}

export const entityTagger: Annotator = {
  name: 'entity-tagger',
  requires: ['tokens', 'sentences'],
  assigns: ['entities'],
  annotate(doc: Doc): void {
    doc.setLayer<EntityItem>(
      'entities',
      findEntities(
        doc.text,
        doc.getLayer<Token>('tokens'),
        doc.getLayer<Sentence>('sentences'),
        loadModel(),
        {
          date: articleDate(doc.meta) ?? inferredDate(doc),
        },
      ),
    );
  },
};
