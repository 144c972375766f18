/**
 * The contract every annotator keeps, as one shared suite (like Hono's common router tests):
 *
 * 1. It runs on empty and blank text and still writes its layers (empty for empty text).
 * 2. It writes every layer it assigns and no other.
 * 3. Every span in its layers is in bounds (0 ≤ start < end ≤ text length), does not cut a surrogate
 *    pair, and the spans of a layer are ordered by start, then end.
 * 4. It is deterministic: two runs on equal docs give deeply equal layers.
 *
 * checkAnnotatorContract returns the violations (so the contract itself can be tested);
 * annotatorContract registers one node:test case per rule, for an annotator's own test file.
 */
import { it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { Doc, type DocMeta } from '../doc/doc.js';
import {
  type Annotator,
  buildPipeline,
  DEFAULT_REGISTRY,
  layerViolation,
  type Registry,
  runPipeline,
  snapshotLayers,
} from './annotator.js';

export interface ContractOptions {
  /** Where the providers of the annotator's `requires` come from (default: the built-in registry). */
  registry?: Registry;
}

export type ContractRule = 'empty-text' | 'own-layers' | 'spans' | 'deterministic';

export interface ContractViolation {
  rule: ContractRule;
  message: string;
}

/** Texts every annotator must survive, whatever samples its tests add. */
const BLANK_TEXTS: readonly string[] = ['', ' ', '\n\n\n', '\t \u00a0 \n'];

const META: DocMeta = {
  input: 'contract',
  url: null,
  title: null,
  authors: [],
  published: null,
  dateline: null,
  language: 'en',
};

/** A Doc over the text with neutral metadata, for tests. */
export function docOf(text: string): Doc {
  return new Doc(text, { ...META, authors: [] });
}

/** A Doc with the layers the annotator requires already written by their providers. */
export function preparedDoc(annotator: Annotator, text: string, options: ContractOptions = {}): Doc {
  const doc = docOf(text);
  if (annotator.requires.length > 0) {
    const registry = options.registry ?? DEFAULT_REGISTRY;
    runPipeline(doc, buildPipeline('all', { layers: annotator.requires, registry }));
  }
  return doc;
}

/** All violations of the contract on the given samples (and the blank texts); empty when it holds. */
export function checkAnnotatorContract(
  annotator: Annotator,
  samples: readonly string[],
  options: ContractOptions = {},
): ContractViolation[] {
  const out: ContractViolation[] = [];
  for (const text of [...BLANK_TEXTS, ...samples]) {
    const label = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
    const rule: ContractRule = text.trim() === '' ? 'empty-text' : 'own-layers';
    const first = runOnce(annotator, text, options);
    if (typeof first === 'string') {
      out.push({ rule, message: `${label}: ${first}` });
      continue;
    }
    if (text === '') {
      for (const layer of annotator.assigns) {
        if (first.getLayer(layer).length > 0)
          out.push({ rule: 'empty-text', message: `layer '${layer}' is not empty on empty text` });
      }
    }
    for (const layer of annotator.assigns) {
      for (const problem of spanProblems(first.text, first.getLayer<unknown>(layer)))
        out.push({ rule: 'spans', message: `${label}: layer '${layer}': ${problem}` });
    }
    const second = runOnce(annotator, text, options);
    if (typeof second === 'string') {
      out.push({ rule: 'deterministic', message: `${label}: second run: ${second}` });
      continue;
    }
    for (const layer of annotator.assigns) {
      if (!isDeepStrictEqual(first.getLayer(layer), second.getLayer(layer)))
        out.push({ rule: 'deterministic', message: `${label}: layer '${layer}' differs between two runs` });
    }
  }
  return out;
}

/** Runs the annotator on a prepared doc; the doc, or why the run broke the contract. */
function runOnce(annotator: Annotator, text: string, options: ContractOptions): Doc | string {
  const doc = preparedDoc(annotator, text, options);
  const before = snapshotLayers(doc);
  try {
    annotator.annotate(doc);
  } catch (err) {
    return `threw: ${err instanceof Error ? err.message : String(err)}`;
  }
  return layerViolation(annotator, before, snapshotLayers(doc)) ?? doc;
}

/** What is wrong with the spans of one layer: bounds, surrogate pairs, order. */
export function spanProblems(text: string, items: readonly unknown[]): string[] {
  const out: string[] = [];
  let prevStart = -1;
  let prevEnd = -1;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (typeof item !== 'object' || item === null || !('start' in item) || !('end' in item)) {
      out.push(`item ${k} is not a span`);
      continue;
    }
    const { start, end } = item;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      out.push(`item ${k} has non-integer offsets`);
      continue;
    }
    const s = start as number;
    const e = end as number;
    if (s < 0 || e > text.length || s >= e) out.push(`item ${k} [${s}, ${e}) is out of bounds or empty`);
    if (cutsSurrogatePair(text, s) || cutsSurrogatePair(text, e))
      out.push(`item ${k} [${s}, ${e}) cuts a surrogate pair`);
    if (s < prevStart || (s === prevStart && e < prevEnd)) out.push(`item ${k} [${s}, ${e}) is out of order`);
    prevStart = s;
    prevEnd = e;
  }
  return out;
}

function cutsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

/** Registers the contract as node:test cases; call it inside an annotator's describe(). */
export function annotatorContract(
  annotator: Annotator,
  samples: readonly string[],
  options: ContractOptions = {},
): void {
  const rules: Array<[ContractRule, string]> = [
    ['empty-text', 'handles empty and blank text'],
    ['own-layers', 'writes every layer it assigns and no other'],
    ['spans', 'keeps every span in bounds, whole code points, in order'],
    ['deterministic', 'gives equal layers on two runs'],
  ];
  let violations: ContractViolation[] | null = null;
  const all = (): ContractViolation[] => {
    violations ??= checkAnnotatorContract(annotator, samples, options);
    return violations;
  };
  for (const [rule, title] of rules) {
    it(`contract: ${annotator.name} ${title}`, () => {
      const broken = all().filter((v) => v.rule === rule);
      if (broken.length > 0)
        throw new Error(
          `${broken.length} violation(s): ${broken
            .slice(0, 5)
            .map((v) => v.message)
            .join('; ')}`,
        );
    });
  }
}
