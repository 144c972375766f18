import { eventsSuite } from './suites/events.js';
import { extractionSuite } from './suites/extraction.js';
import { linkingSuite } from './suites/linking.js';
import { metadataSuite } from './suites/metadata.js';
import { nerSuite } from './suites/ner.js';
import { quantitiesSuite } from './suites/quantities.js';
import { quotesSuite } from './suites/quotes.js';
import { storiesSuite } from './suites/stories.js';
import { timesSilverSuite, timesSuite } from './suites/times.js';
import type { Suite } from './types.js';

/** Every suite `dateline eval` knows; `eval all` runs each whose data is present. */
// prettier-ignore
export const SUITES: Suite[] = [
  extractionSuite,
  metadataSuite,
  nerSuite,
  linkingSuite,
  timesSuite,
  timesSilverSuite,
  quantitiesSuite,
  quotesSuite,
  eventsSuite,
  storiesSuite,
];

export type { Suite, SuiteOptions, SuiteResult } from './types.js';
