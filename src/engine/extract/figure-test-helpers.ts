import { toSource } from '../pipeline';
import type { Claim } from '../types';

import { extractClaims } from './extract-claims';

/** The claims of one sentence, as the tests of each written form read them. */
export function claimsIn(text: string, published: string | null = '2024-05-10'): Claim[] {
  return extractClaims(toSource({ file: 't.md', title: 't', outlet: 'o', published, url: null, text }));
}

/** A figure's value the way a value scorer reads it: a range as its two ends, anything else as its number. */
export type Read = number | [number | null, number | null];

/** Ten significant digits: a third is a third whether stored as 0.333333333333 or 0.3333333333333333. */
const round = (x: number | null) => (x === null ? null : Number(x.toPrecision(10)));

/** e.g. "between 5 and 10 people, about 40 more" -> [[5, 10], 40], to ten significant digits. */
export function valuesIn(text: string): Read[] {
  return claimsIn(text).map((c) => (c.qualifier === 'range' ? [round(c.value.low), round(c.value.high)] : (round(c.number) as number)));
}

/** Expected values to the precision `valuesIn` reads them. */
export const rounded = (values: Read[]): Read[] => values.map((v) => (Array.isArray(v) ? [round(v[0]), round(v[1])] : (round(v) as number)));
