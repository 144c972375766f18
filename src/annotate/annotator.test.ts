import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../doc/doc.js';
import { DatelineError } from '../doc/errors.js';
import {
  type Annotator,
  BUILT_IN_ANNOTATORS,
  buildPipeline,
  createRegistry,
  LAYER_NAMES,
  runPipeline,
} from './annotator.js';
import { docOf } from './contract.js';

/** A stand-in annotator that writes one whole-text span in each of its layers. */
function fake(name: string, requires: Annotator['requires'], assigns: Annotator['assigns']): Annotator {
  return {
    name,
    requires,
    assigns,
    annotate(doc: Doc) {
      for (const l of assigns) doc.setLayer(l, doc.text ? [{ start: 0, end: doc.text.length }] : []);
    },
  };
}

function names(p: { annotators: readonly Annotator[] }): string[] {
  return p.annotators.map((a) => a.name);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof DatelineError, `expected a DatelineError, got ${String(err)}`);
    return err.code;
  }
  assert.fail('expected a throw');
}

// A registry listed in the wrong order on purpose: building must still sort it.
const tok = fake('tok', [], ['tokens']);
const sent = fake('sent', ['tokens'], ['sentences']);
const ent = fake('ent', ['tokens', 'sentences'], ['entities']);
const time = fake('time', ['tokens'], ['times']);
const quote = fake('quote', ['sentences', 'entities'], ['quotes']);
const registry = createRegistry([quote, ent, time, sent, tok]);

describe('buildPipeline', () => {
  it('orders every annotator after the providers of what it requires', () => {
    const p = buildPipeline('all', { registry });
    // Ties go in registry order (quote, ent, time, sent, tok) among those whose needs are met.
    assert.deepEqual(names(p), ['tok', 'time', 'sent', 'ent', 'quote']);
    const seen = new Set<string>();
    for (const a of p.annotators) {
      for (const r of a.requires) assert.ok(seen.has(r), `${a.name} runs before '${r}' exists`);
      for (const l of a.assigns) seen.add(l);
    }
    assert.equal(p.annotators.length, 5);
  });

  it('--layers: only the requested layers and what they need', () => {
    assert.deepEqual(names(buildPipeline('all', { layers: ['entities'], registry })), ['tok', 'sent', 'ent']);
    assert.deepEqual(names(buildPipeline('all', { layers: ['times'], registry })), ['tok', 'time']);
    assert.deepEqual(buildPipeline('all', { layers: ['times', 'quotes'], registry }).layers, [
      'tokens',
      'times',
      'sentences',
      'entities',
      'quotes',
    ]);
  });

  it('names: the named annotators and their providers; layer names are trimmed', () => {
    assert.deepEqual(names(buildPipeline(['sent'], { registry })), ['tok', 'sent']);
    assert.deepEqual(names(buildPipeline(['ent'], { layers: [' entities '], registry })), [
      'tok',
      'sent',
      'ent',
    ]);
    assert.deepEqual(names(buildPipeline([], { registry })), []);
  });

  it("throws 'usage' for an unknown layer or annotator, or a layer outside the named annotators", () => {
    assert.equal(
      codeOf(() => buildPipeline('all', { layers: ['entitys'], registry })),
      'usage',
    );
    assert.equal(
      codeOf(() => buildPipeline(['nope'], { registry })),
      'usage',
    );
    assert.equal(
      codeOf(() => buildPipeline(['tok'], { layers: ['entities'], registry })),
      'usage',
    );
  });

  it("throws 'not-available' for a known layer nobody provides yet", () => {
    assert.equal(
      codeOf(() => buildPipeline('all', { layers: ['events'], registry })),
      'not-available',
    );
  });

  it("throws 'internal' for a cycle or a requirement nobody provides", () => {
    const a = fake('a', ['times'], ['tokens']);
    const b = fake('b', ['tokens'], ['times']);
    assert.equal(
      codeOf(() => buildPipeline('all', { registry: createRegistry([a, b]) })),
      'internal',
    );
    const self = fake('self', ['tokens'], ['tokens']);
    assert.equal(
      codeOf(() => buildPipeline('all', { registry: createRegistry([self]) })),
      'internal',
    );
    const orphan = fake('orphan', ['checks'], ['events']);
    assert.equal(
      codeOf(() => buildPipeline('all', { registry: createRegistry([orphan]) })),
      'internal',
    );
  });

  it("createRegistry throws 'internal' for duplicate names, shared layers, or no layers", () => {
    assert.equal(
      codeOf(() => createRegistry([tok, fake('tok', [], ['times'])])),
      'internal',
    );
    assert.equal(
      codeOf(() => createRegistry([tok, fake('tok2', [], ['tokens'])])),
      'internal',
    );
    assert.equal(
      codeOf(() => createRegistry([fake('none', [], [])])),
      'internal',
    );
  });

  it('the built-in registry builds every annotator in dependency order', () => {
    assert.deepEqual(names(buildPipeline('all')), [
      'tokenizer',
      'sentence-splitter',
      'entity-tagger',
      'time-tagger',
      'quantity-finder',
      'checker',
      'quote-finder',
      'event-coder',
    ]);
    assert.deepEqual(names(buildPipeline('all', { layers: ['checks'] })), [
      'tokenizer',
      'sentence-splitter',
      'quantity-finder',
      'checker',
    ]);
    assert.deepEqual(names(buildPipeline('all', { layers: ['entities'] })), [
      'tokenizer',
      'sentence-splitter',
      'entity-tagger',
    ]);
    assert.deepEqual(names(buildPipeline('all', { layers: ['sentences'] })), [
      'tokenizer',
      'sentence-splitter',
    ]);
    assert.deepEqual(names(buildPipeline('all', { layers: ['tokens'] })), ['tokenizer']);
    assert.equal(BUILT_IN_ANNOTATORS.length, 8);
    assert.equal(LAYER_NAMES.length, 8);
  });
});

describe('runPipeline', () => {
  it('runs the built-in pipeline and fills its layers', () => {
    const doc = runPipeline(docOf('One sentence. Another one.'), buildPipeline('all'));
    assert.equal(doc.getLayer('tokens').length, 6);
    assert.equal(doc.getLayer('sentences').length, 2);
  });

  it("throws 'internal' when an annotator writes a layer it does not assign", () => {
    const rogue: Annotator = {
      ...fake('rogue', [], ['tokens']),
      annotate(doc) {
        doc.setLayer('tokens', []);
        doc.setLayer('entities', []);
      },
    };
    const p = buildPipeline('all', { registry: createRegistry([rogue]) });
    assert.equal(
      codeOf(() => runPipeline(docOf('x'), p)),
      'internal',
    );
  });

  it("throws 'internal' when an annotator leaves its layer unwritten", () => {
    const idle: Annotator = { ...fake('idle', [], ['tokens']), annotate() {} };
    const p = buildPipeline('all', { registry: createRegistry([idle]) });
    assert.equal(
      codeOf(() => runPipeline(docOf('x'), p)),
      'internal',
    );
  });

  it("wraps an annotator's own throw as 'internal', keeping the cause", () => {
    const boom = new RangeError('boom');
    const failing: Annotator = {
      ...fake('failing', [], ['tokens']),
      annotate() {
        throw boom;
      },
    };
    const p = buildPipeline('all', { registry: createRegistry([failing]) });
    try {
      runPipeline(docOf('x'), p);
      assert.fail('expected a throw');
    } catch (err) {
      assert.ok(err instanceof DatelineError);
      assert.equal(err.code, 'internal');
      assert.equal(err.cause, boom);
      assert.match(err.message, /failing/);
    }
  });

  it("throws 'internal' for a hand-made pipeline in the wrong order", () => {
    assert.equal(
      codeOf(() => runPipeline(docOf('x'), { annotators: [sent, tok], layers: [] })),
      'internal',
    );
  });
});
