import { extractionSuite } from './suites/extraction.js';
import { metadataSuite } from './suites/metadata.js';
import { nerSuite } from './suites/ner.js';
import { quotesSuite } from './suites/quotes.js';
import type { Suite } from './types.js';

/** Every suite `dateline eval` knows; `eval all` runs each whose data is present. */
export const SUITES: Suite[] = [extractionSuite, metadataSuite, nerSuite, quotesSuite];

export type { Suite, SuiteOptions, SuiteResult } from './types.js';
