/** The events layer's items (PLOVER 2021): read by checks, the store, stories and the record. */
import type { Span } from '../../doc/doc.js';

export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

export type EventStatus = 'occurred' | 'planned' | 'claimed' | 'denied' | 'threatened';

/**
 * An entity id of the entities layer, or a non-entity participant as written ("police in Germany"),
 * with the ISO 3166 alpha-3 country the sentence gives it when its words name none ("the troops" in a
 * sentence about Kabul → AFG).
 */
export type EntityRef = string | { text: string; country?: string };

export interface EventItem extends Span {
  id: string;
  type: PloverType;
  mode: string | null;
  /** PLOVER contexts (economic, military, legal …) the trigger and the action it governs name. */
  context: string[];
  actors: EntityRef[];
  targets: EntityRef[];
  location: EntityRef | null;
  date: string | null;
  quantities: Record<string, number>;
  status: EventStatus;
  source: EntityRef | null;
  /** Every place the article reports this event; the item's own span is the first of them. */
  evidence: Span[];
  /** The trigger words of the first mention ("attacked", "called for"). */
  trigger: Span;
}
