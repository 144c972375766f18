import { extractionSuite } from './suites/extraction.js';
import { metadataSuite } from './suites/metadata.js';
import type { Suite } from './types.js';

/** Every suite `dateline eval` knows; `eval all` runs each whose data is present. */
export const SUITES: Suite[] = [extractionSuite, metadataSuite];

export type { Suite, SuiteOptions, SuiteResult } from './types.js';
