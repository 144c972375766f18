/** Annotation: the Annotator interface, the registry and pipeline, and the built-in annotators. */
export {
  type Annotator,
  BUILT_IN_ANNOTATORS,
  buildPipeline,
  createRegistry,
  DEFAULT_REGISTRY,
  isLayerName,
  LAYER_NAMES,
  type Pipeline,
  type PipelineOptions,
  type Registry,
  runPipeline,
} from './annotator.js';
export { type Sentence, sentenceSplitter, splitSentences } from './sentences/index.js';
export { type Token, type TokenKind, tokenize, tokenizer } from './tokens/index.js';
