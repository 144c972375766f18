/** The times layer's items (TIMEX3): written by the times annotator, read by events and the record. */
import type { Span } from '../../doc/doc.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeItem extends Span {
  type: TimexType;
  /** TIMEX3 value: 2015-11-17, 2015-W47, 2015-10, 2015-11-17T09:00, P3D, PAST_REF, XXXX-11-17 … */
  value: string;
  /** TIMEX3 mod when the text carries one ("early", "end", "about"), else absent. */
  mod?: string;
}
