import type { ClaimDraft, DraftFrame } from '../extract/draft';
import type { MeasureUnit } from '../lexicon/measures';

import type { Counted } from './read-counted';

/** What one figure's sentence says of it, before and while links to the other figures are followed. */
export interface Reading {
  d: ClaimDraft;
  np: Counted;
  start: number;
  frame: DraftFrame;
  unit: string | null;
  measure: MeasureUnit | null;
  currency: string | null;
  bare: boolean;
  /** "…, leaving it with about 12,800": what is left after what the figure before did. */
  remaining: boolean;
  /** "The Alliance won 142 of the 350 seats": the part has a holder of its own, so it is that holder's, not a subset. */
  held: boolean;
  /** The event was not said but assumed ("5,000 soldiers" are deployed): a verb shared in a list says more. */
  assumed?: boolean;
}

export const kindOf = (r: Reading) => (r.frame.family === 'money' ? 'money' : r.frame.family === 'percent' ? 'percent' : r.measure ? `measure:${r.measure.dimension}` : 'count');
