/** The quantities layer's items: numbers with what they count; read by events, checks and the record. */
import type { Span } from '../../doc/doc.js';

/** The role a count plays when it is tied to one of these words in its clause. */
export type QuantityRole =
  'killed' | 'dead' | 'wounded' | 'injured' | 'arrested' | 'detained' | 'missing' | 'kidnapped';

export interface QuantityItem extends Span {
  value: number;
  /** The counted noun or the unit: "people", "raids", "USD", "percent", "years" (an age) … */
  unit: string;
  /** "at least", "around", "more than", "up to" … as written, lower-cased. */
  modifier?: string;
  /** The upper value of a range ("between 20 and 30": value 20, upper 30). */
  upper?: number;
  role?: QuantityRole;
  /** For an amount of money, what it is: "a $5 million reward" → "reward", "$3 billion in aid" → "aid". */
  noun?: string;
}
