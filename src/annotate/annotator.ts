/**
 * Annotators, the registry that knows them, and the pipeline built from it.
 *
 * An annotator reads the Doc's text and the layers it `requires`, and writes exactly the layers it
 * `assigns` (through doc.setLayer). The pipeline is checked when it is built, never while it runs:
 *
 * 1. Validate the request: annotator names and layer names must exist ('usage' otherwise).
 * 2. Goal layers: the requested `layers`, or everything the named annotators assign.
 * 3. Resolve: each goal layer's provider, then each provider's `requires`, transitively
 *    (a layer nobody provides: 'not-available' when requested, 'internal' when required).
 * 4. Order: topologically, ties in registry order; a cycle is an 'internal' error.
 *
 * runPipeline then runs the annotators in that order and checks that each wrote its own layers and
 * no other ('internal' otherwise: a bug in the annotator, not in the input).
 */
import type { Doc, LayerName } from '../doc/doc.js';
import { DatelineError } from '../doc/errors.js';
import { checker } from './checks/index.js';
import { entityTagger } from './entities/index.js';
import { quantityFinder } from './quantities/index.js';
import { eventCoder } from './events/index.js';
import { quoteFinder } from './quotes/index.js';
import { sentenceSplitter } from './sentences/index.js';
import { timeTagger } from './times/index.js';
import { tokenizer } from './tokens/index.js';

export interface Annotator {
  /** Unique, kebab-case ("tokenizer", "sentence-splitter"). */
  readonly name: string;
  /** Layers that must be present before annotate() runs. */
  readonly requires: readonly LayerName[];
  /** The layers annotate() writes, and the only ones. */
  readonly assigns: readonly LayerName[];
  annotate(doc: Doc): void;
}

/** Every layer name, checked against the LayerName union by the compiler (a missing key fails the build). */
const LAYER_SET: Record<LayerName, true> = {
  tokens: true,
  sentences: true,
  entities: true,
  times: true,
  quantities: true,
  quotes: true,
  events: true,
  checks: true,
};
export const LAYER_NAMES: readonly LayerName[] = Object.keys(LAYER_SET) as LayerName[];

export function isLayerName(name: string): name is LayerName {
  return Object.hasOwn(LAYER_SET, name);
}

/** The annotators that ship with Dateline, in registry order (the order ties are broken in). */
export const BUILT_IN_ANNOTATORS: readonly Annotator[] = [
  tokenizer,
  sentenceSplitter,
  entityTagger,
  timeTagger,
  quantityFinder,
  checker,
  quoteFinder,
  eventCoder,
];

export interface Registry {
  /** In registration order. */
  readonly annotators: readonly Annotator[];
  readonly byName: ReadonlyMap<string, Annotator>;
  /** Each layer's one provider. */
  readonly providers: ReadonlyMap<LayerName, Annotator>;
}

/**
 * A registry over the given annotators. Throws 'internal' for a duplicate name, an unknown layer in
 * requires/assigns, an annotator that assigns nothing, or two annotators assigning the same layer.
 */
export function createRegistry(annotators: readonly Annotator[]): Registry {
  const byName = new Map<string, Annotator>();
  const providers = new Map<LayerName, Annotator>();
  for (const a of annotators) {
    if (byName.has(a.name)) throw new DatelineError('internal', `two annotators are named '${a.name}'`);
    if (a.assigns.length === 0) throw new DatelineError('internal', `annotator '${a.name}' assigns no layer`);
    for (const layer of [...a.requires, ...a.assigns]) {
      if (!isLayerName(layer))
        throw new DatelineError('internal', `annotator '${a.name}' names an unknown layer '${layer}'`);
    }
    for (const layer of a.assigns) {
      const other = providers.get(layer);
      if (other)
        throw new DatelineError(
          'internal',
          `layer '${layer}' is assigned by both '${other.name}' and '${a.name}'`,
        );
      providers.set(layer, a);
    }
    byName.set(a.name, a);
  }
  return Object.freeze({ annotators: Object.freeze([...annotators]), byName, providers });
}

export const DEFAULT_REGISTRY: Registry = createRegistry(BUILT_IN_ANNOTATORS);

export interface Pipeline {
  /** In run order: every annotator after the providers of what it requires. */
  readonly annotators: readonly Annotator[];
  /** Every layer the pipeline writes, in run order. */
  readonly layers: readonly LayerName[];
}

export interface PipelineOptions {
  /** Only these layers and what they need (`--layers a,b`); names as typed by the user. */
  layers?: readonly string[];
  registry?: Registry;
}

/** Builds a checked, ordered pipeline. `'all'` means every registered annotator. */
export function buildPipeline(request: readonly string[] | 'all', options: PipelineOptions = {}): Pipeline {
  const registry = options.registry ?? DEFAULT_REGISTRY;
  // 1. Validate the request.
  const named =
    request === 'all' ? registry.annotators : request.map((name) => annotatorNamed(registry, name));
  const requestedLayers = options.layers?.map(layerNamed);
  // 2. Goal layers.
  const goals: LayerName[] = requestedLayers ?? named.flatMap((a) => a.assigns);
  const allowed = new Set(named);
  // 3. Resolve providers, transitively.
  const needed = new Set<Annotator>();
  const queue: Array<{ layer: LayerName; by: Annotator | null }> = goals.map((layer) => ({
    layer,
    by: null,
  }));
  for (let q = 0; q < queue.length; q++) {
    const { layer, by } = queue[q]!;
    const provider = registry.providers.get(layer);
    if (!provider) {
      if (by)
        throw new DatelineError(
          'internal',
          `'${by.name}' requires layer '${layer}', which no annotator assigns`,
        );
      throw new DatelineError('not-available', `layer '${layer}' is not available yet`);
    }
    if (!by && !allowed.has(provider))
      throw new DatelineError(
        'usage',
        `layer '${layer}' is written by '${provider.name}', which was not among the annotators asked for`,
      );
    if (needed.has(provider)) continue;
    needed.add(provider);
    for (const r of provider.requires) queue.push({ layer: r, by: provider });
  }
  // 4. Order.
  const annotators = topologicalOrder(registry, needed);
  return Object.freeze({
    annotators: Object.freeze(annotators),
    layers: Object.freeze(annotators.flatMap((a) => a.assigns)),
  });
}

function annotatorNamed(registry: Registry, name: string): Annotator {
  const a = registry.byName.get(name);
  if (!a)
    throw new DatelineError(
      'usage',
      `unknown annotator '${name}' (known: ${[...registry.byName.keys()].join(', ')})`,
    );
  return a;
}

function layerNamed(name: string): LayerName {
  const trimmed = name.trim();
  if (!isLayerName(trimmed))
    throw new DatelineError('usage', `unknown layer '${name}' (known: ${LAYER_NAMES.join(', ')})`);
  return trimmed;
}

/** Kahn's algorithm over the needed annotators; ties in registry order so the result is stable. */
function topologicalOrder(registry: Registry, needed: ReadonlySet<Annotator>): Annotator[] {
  const pending = registry.annotators.filter((a) => needed.has(a));
  const done = new Set<LayerName>();
  const order: Annotator[] = [];
  while (pending.length > 0) {
    const next = pending.findIndex((a) => a.requires.every((r) => done.has(r)));
    if (next < 0)
      throw new DatelineError(
        'internal',
        `annotators ${pending.map((a) => `'${a.name}'`).join(', ')} require each other's layers (a cycle)`,
      );
    const [a] = pending.splice(next, 1);
    order.push(a!);
    for (const layer of a!.assigns) done.add(layer);
  }
  return order;
}

/**
 * Runs the pipeline over the doc, in order, and returns it. Each annotator's contract is enforced:
 * what it requires is present, it writes every layer it assigns and leaves every other layer as it was.
 */
export function runPipeline(doc: Doc, pipeline: Pipeline): Doc {
  for (const a of pipeline.annotators) {
    for (const r of a.requires) {
      if (!doc.hasLayer(r))
        throw new DatelineError('internal', `annotator '${a.name}' runs before its required layer '${r}'`);
    }
    const before = snapshotLayers(doc);
    try {
      a.annotate(doc);
    } catch (err) {
      if (err instanceof DatelineError) throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw new DatelineError('internal', `annotator '${a.name}' failed: ${message}`, { cause: err });
    }
    const problem = layerViolation(a, before, snapshotLayers(doc));
    if (problem) throw new DatelineError('internal', problem);
  }
  return doc;
}

/** For each layer: the stored array (compared by identity), or null when the layer is absent. */
export type LayerSnapshot = ReadonlyMap<LayerName, readonly unknown[] | null>;

export function snapshotLayers(doc: Doc): LayerSnapshot {
  const snap = new Map<LayerName, readonly unknown[] | null>();
  for (const name of LAYER_NAMES) snap.set(name, doc.hasLayer(name) ? doc.getLayer<unknown>(name) : null);
  return snap;
}

/** Why the annotator broke the layer rule between two snapshots, or null when it kept it. */
export function layerViolation(a: Annotator, before: LayerSnapshot, after: LayerSnapshot): string | null {
  for (const name of LAYER_NAMES) {
    const assigned = a.assigns.includes(name);
    if (assigned && after.get(name) === null)
      return `annotator '${a.name}' did not write its layer '${name}'`;
    if (!assigned && before.get(name) !== after.get(name))
      return `annotator '${a.name}' wrote layer '${name}', which it does not assign`;
  }
  return null;
}
