import { describe, expect, it } from 'vitest';

import type { Claim, Qualifier, Source } from '../types';

import { groupFacts } from './group-facts';

let n = 0;
function claim(over: Partial<Claim> & { sourceId: string; number: number }): Claim {
  n += 1;
  const qualifier: Qualifier = over.qualifier ?? 'exact';
  return {
    id: `c${n}`, start: n * 10, end: n * 10 + 3, surface: String(over.number), value: { low: over.number, high: over.number },
    qualifier, qualifierText: null, quantity: 'count', unit: 'soldier', measure: 'troops', subject: 'Bulgaria', scope: [],
    asOf: '2024-03', asOfPrecision: 'month', asOfText: null, asOfBasis: 'article-date', sentence: { start: 0, end: 50 }, quote: 'q',
    ...over,
  };
}
function source(id: string, outlet: string, published = '2024-03', text = `Text of ${id}.`): Source {
  return { id, file: `${id}.md`, title: id, outlet, published, url: null, text };
}
const A = source('a', 'Outlet A');
const B = source('b', 'Outlet B');
const C = source('c', 'Outlet C');

describe('groupFacts', () => {
  it.each<[string, Claim[], string[]]>([
    ['same measure, different subjects -> two facts', [claim({ sourceId: 'a', number: 100 }), claim({ sourceId: 'b', number: 90, subject: 'Albania' })], ['single-source', 'single-source']],
    ['additional troops are not total strength', [claim({ sourceId: 'a', number: 1000, scope: ['additional'] }), claim({ sourceId: 'b', number: 4000 })], ['single-source', 'single-source']],
    ['money never joins a count', [claim({ sourceId: 'a', number: 120, quantity: 'money', unit: 'euro per day', measure: 'EUR per day' }), claim({ sourceId: 'b', number: 120 })], ['single-source', 'single-source']],
    ['different values at the same time -> conflict', [claim({ sourceId: 'a', number: 100 }), claim({ sourceId: 'b', number: 120 })], ['conflict']],
    ['different values a year apart -> changed over time', [claim({ sourceId: 'a', number: 100, asOf: '2023-01' }), claim({ sourceId: 'b', number: 120, asOf: '2024-03' })], ['changed-over-time']],
    ['"more than 4,500" and 4,443 in adjacent months -> conflict', [
      claim({ sourceId: 'a', number: 4500, qualifier: 'more-than', value: { low: 4500, high: null }, asOf: '2023-11-21' }),
      claim({ sourceId: 'b', number: 4443, asOf: '2023-12' }),
    ], ['conflict']],
    ['"about 1,000" and "around 1000" agree', [
      claim({ sourceId: 'a', number: 1000, qualifier: 'about', value: { low: 900, high: 1100 } }),
      claim({ sourceId: 'b', number: 1000, qualifier: 'about', value: { low: 900, high: 1100 }, asOf: '2023-11' }),
    ], ['consistent']],
    ['a year-precise date is compared with the months of that year', [claim({ sourceId: 'a', number: 100, asOf: '2024' }), claim({ sourceId: 'b', number: 120, asOf: '2024-06' })], ['conflict']],
    ['an unknown date overlaps every date', [claim({ sourceId: 'a', number: 100, asOf: null }), claim({ sourceId: 'b', number: 120, asOf: '2019-06' })], ['conflict']],
    ['a claim with no subject joins the only subject of its measure', [claim({ sourceId: 'a', number: 3, subject: null, unit: 'attacker', measure: 'attacker', scope: ['killed'] }), claim({ sourceId: 'b', number: 3, subject: 'Serbia', unit: 'attacker', measure: 'attacker', scope: ['killed'] })], ['consistent']],
    ['claims with no counted noun join no fact', [claim({ sourceId: 'a', number: 7, unit: null, measure: null })], []],
  ])('%s', (_name, claims, assessments) => {
    const { facts } = groupFacts([A, B, C], claims);
    expect(facts.map((f) => f.assessment).sort()).toEqual([...assessments].sort());
    const grouped = facts.flatMap((f) => f.claimIds);
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('lines a series up in time and explains it', () => {
    const { facts } = groupFacts([A, B, C], [
      claim({ sourceId: 'c', number: 3800, qualifier: 'about', value: { low: 3420, high: 4180 }, asOf: '2023-01', subject: 'KFOR' }),
      claim({ sourceId: 'a', number: 50000, asOf: '1999', subject: 'KFOR' }),
      claim({ sourceId: 'b', number: 26000, asOf: '2003-06', subject: 'KFOR' }),
    ]);
    expect(facts).toHaveLength(1);
    const fact = facts[0];
    expect(fact?.assessment).toBe('changed-over-time');
    expect(fact?.label).toBe('KFOR: troops');
    expect(fact?.explanation).toBe('Changed over time: 50,000 (Outlet A, 1999) → 26,000 (Outlet B, June 2003) → about 3,800 (Outlet C, January 2023), about 24 years apart.');
  });

  it('names the conflicting values with their outlets and dates', () => {
    const { facts } = groupFacts([A, B], [claim({ sourceId: 'a', number: 100, asOf: '2024-03-21' }), claim({ sourceId: 'b', number: 120, asOf: '2024-03' })]);
    expect(facts[0]?.explanation).toBe('120 (Outlet B, March 2024) vs 100 (Outlet A, 21 March 2024).');
  });

  it('does not count a copy as an independent confirmation', () => {
    const story = 'Bulgaria is deploying one hundred and twenty soldiers to the mission in the north of the country. The ceremony was held at the base outside the capital on a cold morning. Officials said the contingent had completed all of its training in the spring.';
    const original = source('o', 'Agency', '2024-03-01', story);
    const copy = source('k', 'Reprint', '2024-03-02', `${story}\nRead more on our site.`);
    const { facts, copies } = groupFacts([original, copy], [claim({ sourceId: 'o', number: 120 }), claim({ sourceId: 'k', number: 120 })]);
    expect(copies).toEqual([{ sourceId: 'k', copyOfId: 'o', similarity: 1 }]);
    expect(facts[0]).toMatchObject({ independentSourceCount: 1, assessment: 'single-source' });
    expect(facts[0]?.explanation).toContain('1 of the 2 sources copy another');
  });

  it('keeps fact ids stable when another article joins', () => {
    const base = [claim({ sourceId: 'a', number: 100 })];
    const first = groupFacts([A], base).facts[0]?.id;
    const second = groupFacts([A, B], [...base, claim({ sourceId: 'b', number: 100 })]).facts[0]?.id;
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });
});

describe('groupFacts with corrections', () => {
  it('moves a claim into another fact and splits one into a fact of its own', () => {
    const x = claim({ sourceId: 'a', number: 100 });
    const y = claim({ sourceId: 'b', number: 120 });
    const z = claim({ sourceId: 'b', number: 90, subject: 'Albania' });
    const moved = groupFacts([A, B], [x, y, z], new Map([[z.id, 'troops|Bulgaria|']])).facts;
    expect(moved).toHaveLength(1);
    expect(moved[0]?.claimIds).toHaveLength(3);
    const split = groupFacts([A, B], [x, y], new Map([[y.id, `split|${y.id}`]])).facts;
    expect(split.map((f) => f.claimIds.length).sort()).toEqual([1, 1]);
    expect(split.find((f) => f.key === `split|${y.id}`)?.assessment).toBe('single-source');
  });
});
