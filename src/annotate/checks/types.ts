/** The checks layer's items: arithmetic and consistency checks over the quantities of one article. */
import type { Span } from '../../doc/doc.js';
import type { QuantityRole } from '../quantities/types.js';

export interface CheckItem extends Span {
  /** "sum" (a total that should be the sum of parts), "same" (one number reported two ways) … */
  kind: string;
  holds: boolean;
  total?: number;
  parts?: number[];
  evidence: Span[];
  /** The role the compared counts share ("same", "conflict"). */
  role?: QuantityRole;
  /** The values compared ("same", "conflict"), in text order. */
  values?: number[];
}
