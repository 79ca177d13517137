import { describe, expect, it } from 'vitest';

import type { Claim, ClaimFrame, Interval } from '../types';

import { ClusterIndex } from './cluster-index';
import { exchangeRates } from './exchange-rates';

let n = 0;
interface Input { value: Interval; asOf?: string; source?: string; sentence?: number; surface?: string; frame?: Partial<ClaimFrame> }
function claim({ value, asOf = '2024-03-10', source = `s${n}`, sentence = n, surface = 'x', frame }: Input): Claim {
  n += 1;
  return {
    id: `c${n}`, sourceId: source, start: 0, end: 1, surface, number: value.low ?? value.high ?? 0, value, qualifier: 'exact', qualifierText: null,
    quantity: 'count', unit: 'person', measure: 'people', subject: null, scope: [], asOf, asOfPrecision: 'day', asOfText: null,
    asOfBasis: 'article-date', sentence: { start: sentence * 100, end: sentence * 100 + 50 }, quote: 'q', change: null, rate: null,
    frame: { family: 'people', event: 'killed', estimate: false, place: null, part: [], attribution: null, otherEvent: null, link: null, cues: [], compareUnit: 'people', compareValue: null, compareTolerance: 0, ...frame },
  } as Claim;
}
const exact = (x: number): Interval => ({ low: x, high: x });

/** A cluster holding one claim; then whether a second claim may join it. */
function fits(member: Input, candidate: Input): boolean {
  const cl = new ClusterIndex(member.frame?.place ?? null, '', null);
  cl.add([claim(member)]);
  return cl.fit([claim(candidate)]) !== null;
}

describe('ClusterIndex.fit: pairs that may share a fact', () => {
  it.each<[string, Input, Input]>([
    ['a toll that rose over a week', { value: exact(1700), asOf: '2023-02-06' }, { value: exact(20318), asOf: '2023-02-13' }],
    ['a vague lower bound and a precise count', { value: { low: 20000, high: null } }, { value: exact(45000) }],
    ['a place and no place', { value: exact(1602), frame: { place: 'Syria' } }, { value: exact(1700) }],
    ['police and organisers on one day', { value: exact(8000) }, { value: exact(30000) }],
    ['a claim of "nearly 1 million" beside the police count of 107,000', { value: exact(107000) }, { value: { low: 900000, high: 1000000 } }],
    ['one purpose\'s amounts eightfold apart a year apart', { value: exact(8e9), asOf: '2023-03-10', frame: { family: 'money', event: 'revenue', compareUnit: 'USD' } }, { value: exact(1e9), asOf: '2024-03-10', frame: { family: 'money', event: 'revenue', compareUnit: 'USD' } }],
    ['the same amount in two currencies (not compared)', { value: exact(3e9), frame: { compareUnit: 'CHF', family: 'money', event: 'price' } }, { value: exact(3.2e9), frame: { compareUnit: 'USD', family: 'money', event: 'price' } }],
    ['durations close together', { value: exact(12 * 365.25), frame: { family: 'duration', event: null, compareUnit: 'day', cues: ['power'] } }, { value: exact(13 * 365.25), frame: { family: 'duration', event: null, compareUnit: 'day', cues: ['power'] } }],
  ])('%s', (_name, member, candidate) => {
    expect(fits(member, candidate)).toBe(true);
  });
});

describe('ClusterIndex.fit: pairs that never share a fact', () => {
  it.each<[string, Input, Input]>([
    ['two places', { value: exact(3549), frame: { place: 'Turkey' } }, { value: exact(1602), frame: { place: 'Syria' } }],
    ['a family of three beside a toll of 40,000 the same day', { value: exact(40689) }, { value: exact(3) }],
    ['twelve times apart the same day', { value: exact(10000) }, { value: exact(120000) }],
    ['a hundredfold apart, whenever', { value: exact(100), asOf: '2020-01-01' }, { value: exact(20000), asOf: '2024-01-01' }],
    ['two figures of one sentence', { value: exact(47000), source: 'a', sentence: 1 }, { value: exact(211000), source: 'a', sentence: 1 }],
    ['"more than four months" beside twelve years', { value: exact(12 * 365.25), frame: { family: 'duration', event: null, compareUnit: 'day', cues: ['power'] } }, { value: { low: 4 * 30.44, high: null }, frame: { family: 'duration', event: null, compareUnit: 'day', cues: ['power'] } }],
    ['one purpose\'s amounts fortyfold apart, months apart: "about $15 billion" and "about $380 million" of revenue', { value: exact(15e9), asOf: '2024-07-30', frame: { family: 'money', event: 'revenue', compareUnit: 'USD' } }, { value: exact(380e6), asOf: '2025-03-01', frame: { family: 'money', event: 'revenue', compareUnit: 'USD' } }],
    ['shares with no word in common', { value: exact(38), frame: { family: 'percent', event: null, compareUnit: 'percent', cues: ['search'] } }, { value: exact(86), frame: { family: 'percent', event: null, compareUnit: 'percent', cues: ['residential'] } }],
  ])('%s', (_name, member, candidate) => {
    expect(fits(member, candidate)).toBe(false);
  });
});

describe('ClusterIndex.fit: a vague member', () => {
  it('does not let "tens of thousands" rule out a count of the same day', () => {
    const cl = new ClusterIndex(null, '', null);
    cl.add([claim({ value: { low: 20000, high: null }, surface: 'tens of thousands of' })]);
    cl.add([claim({ value: exact(107000) })]);
    expect(cl.fit([claim({ value: { low: 900000, high: 1000000 } })])).not.toBeNull();
  });

  it('still rules it out when the member is a precise count', () => {
    const cl = new ClusterIndex(null, '', null);
    cl.add([claim({ value: { low: 20000, high: null }, surface: '20,000' })]);
    expect(cl.fit([claim({ value: { low: 900000, high: 1000000 } })])).toBeNull();
  });
});

describe('ClusterIndex.fit: one article, one value at a time', () => {
  it('keeps "25,000 volunteers" apart from "up to 500,000 visitors" said the same day in the same article', () => {
    const cl = new ClusterIndex(null, '', null);
    cl.add([claim({ value: { low: null, high: 500000 }, source: 'a', sentence: 1 })]);
    expect(cl.fit([claim({ value: exact(25000), source: 'a', sentence: 2 })])).toBeNull();
    // Another article's figure is not held to this one's.
    expect(cl.fit([claim({ value: exact(25000), source: 'b', sentence: 2 })])).not.toBeNull();
  });

  it('keeps two shares of one article and one voice apart when they differ by more than a tenth', () => {
    const share = (x: number, sentence: number): Input => ({ value: exact(x), source: 'a', sentence, frame: { family: 'percent', event: 'vote', compareUnit: 'percent' } });
    const cl = new ClusterIndex(null, '', null);
    cl.add([claim(share(28.6, 1))]);
    expect(cl.fit([claim(share(20.8, 2))])).toBeNull();
    expect(cl.fit([claim(share(28.5, 2))])).not.toBeNull();
  });

  it('keeps two shares apart when only one of them names its source: "according to the final results, 28.5%" and "11.6%"', () => {
    const share = (x: number, sentence: number, attribution: string | null): Input => ({ value: exact(x), source: 'a', sentence, frame: { family: 'percent', event: 'vote', compareUnit: 'percent', attribution } });
    const cl = new ClusterIndex(null, '', null);
    cl.add([claim(share(28.5, 1, 'the final results'))]);
    expect(cl.fit([claim(share(11.6, 2, null))])).toBeNull();
    // Two voices may still give one share two values; a count with one voice named may too.
    expect(cl.fit([claim(share(24, 2, 'the party'))])).not.toBeNull();
    const counts = new ClusterIndex(null, '', null);
    counts.add([claim({ value: exact(8000), source: 'a', sentence: 1, frame: { attribution: 'police' } })]);
    expect(counts.fit([claim({ value: exact(30000), source: 'a', sentence: 2 })])).not.toBeNull();
  });

  it('keeps two counts of one article and one voice apart when one is more than twice the other', () => {
    const cl = new ClusterIndex(null, '', null);
    cl.add([claim({ value: exact(12000), source: 'a', sentence: 1 })]);
    expect(cl.fit([claim({ value: exact(5000), source: 'a', sentence: 2 })])).toBeNull();
    expect(cl.fit([claim({ value: exact(7000), source: 'a', sentence: 2 })])).not.toBeNull();
  });

  it('lets one article give two sources\' counts, or two close estimates', () => {
    const cl = new ClusterIndex(null, '', null);
    cl.add([claim({ value: exact(8000), source: 'a', sentence: 1, frame: { attribution: 'police' } })]);
    expect(cl.fit([claim({ value: exact(30000), source: 'a', sentence: 2, frame: { attribution: 'organisers' } })])).not.toBeNull();
    const estimates = new ClusterIndex(null, '', null);
    estimates.add([claim({ value: exact(10000), source: 'a', sentence: 1 })]);
    expect(estimates.fit([claim({ value: { low: null, high: 6000 }, source: 'a', sentence: 2 })])).not.toBeNull();
  });
});

describe('ClusterIndex.fit: amounts in two currencies', () => {
  const money = (x: number, unit: string, extra: Partial<Input> = {}): Input => ({ value: exact(x), ...extra, frame: { family: 'money', event: 'price', compareUnit: unit } });
  /** The story converts 11.4 billion crowns into 1.03 billion euros: a crown is about 0.09 euro. */
  const crowns = claim(money(11.4e9, 'crown', { source: 'r', sentence: 90 }));
  const euros = claim(money(1.03e9, 'EUR', { source: 'r', sentence: 90 }));
  const rates = exchangeRates([crowns, { ...euros, frame: { ...euros.frame, link: { claimId: crowns.id, kind: 'conversion' } } }]);

  it('compares an amount in euros with amounts in crowns at the rate the story gives', () => {
    const prices = new ClusterIndex(null, '', null, rates);
    prices.add([claim(money(142, 'crown'))]);
    // 22 million euros is some 240 million crowns: no price of a share.
    expect(prices.fit([claim(money(22e6, 'EUR'))])).toBeNull();
    const deal = new ClusterIndex(null, '', null, rates);
    deal.add([claim(money(11.4e9, 'crown'))]);
    expect(deal.fit([claim(money(1.1e9, 'EUR'))])).not.toBeNull();
  });

  it('leaves an amount in a currency the story never converts uncompared, as before', () => {
    const prices = new ClusterIndex(null, '', null, rates);
    prices.add([claim(money(142, 'crown'))]);
    expect(prices.fit([claim(money(22e6, 'USD'))])).not.toBeNull();
  });
});
