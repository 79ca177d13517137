import { describe, expect, it } from 'vitest';

import type { Claim } from '../types';

import { LOCAL_DOLLAR, withLocalDollar } from './local-dollar';

let n = 0;
function money(surface: string, number: number, compareUnit: string, convertsId?: string): Claim {
  n += 1;
  return {
    id: `c${n}`, sourceId: 'a', start: 0, end: 1, surface, number, value: { low: number, high: number }, qualifier: 'exact', qualifierText: null,
    quantity: 'money', unit: 'US dollar', measure: compareUnit, subject: null, scope: [], asOf: '2026-05', asOfPrecision: 'month', asOfText: null,
    asOfBasis: 'article-date', sentence: { start: 0, end: 10 }, quote: 'q', change: null, rate: null,
    frame: {
      family: 'money', event: 'price', estimate: false, place: null, part: [], attribution: null, otherEvent: null,
      link: convertsId ? { claimId: convertsId, kind: 'conversion' } : null, cues: [], compareUnit, compareValue: null, compareTolerance: 0,
    },
  } as Claim;
}

const unitsOf = (claims: Claim[]) => withLocalDollar(claims).map((c) => c.frame.compareUnit);

describe('withLocalDollar', () => {
  it('reads a story\'s bare "$" as its own dollar once it converts "$744,200 (US$432,000)"', () => {
    const local = money('$744,200', 744200, 'USD');
    expect(unitsOf([money('$806,500', 806500, 'USD'), local, money('US$432,000', 432000, 'USD', local.id)])).toEqual([LOCAL_DOLLAR, LOCAL_DOLLAR, 'USD']);
  });

  it.each<[string, () => Claim[]]>([
    ['no conversion into US$: "$" is the US dollar', () => [money('$806,500', 806500, 'USD'), money('US$432,000', 432000, 'USD')]],
    ['a dollar converted into euros: "$2bn (€1.8bn)"', () => {
      const usd = money('$2bn', 2e9, 'USD');
      return [usd, money('€1.8bn', 1.8e9, 'EUR', usd.id)];
    }],
  ])('leaves "$" alone: %s', (_name, claims) => {
    const input = claims();
    expect(unitsOf(input)).toEqual(input.map((c) => c.frame.compareUnit));
  });
});
