import { describe, expect, it } from 'vitest';

import type { Claim, ClaimFrame, Qualifier, Source } from '../types';

import { groupFacts } from './group-facts';

let n = 0;
type ClaimInput = Partial<Omit<Claim, 'frame'>> & { sourceId: string; number: number; frame?: Partial<ClaimFrame> };
function claim(over: ClaimInput): Claim {
  n += 1;
  const qualifier: Qualifier = over.qualifier ?? 'exact';
  const { frame, ...rest } = over;
  return {
    id: `c${n}`, start: n * 10, end: n * 10 + 3, surface: String(over.number), value: { low: over.number, high: over.number },
    qualifier, qualifierText: null, quantity: 'count', unit: 'soldier', measure: 'troops', subject: null, change: null, rate: null, scope: [],
    asOf: '2024-03', asOfPrecision: 'month', asOfText: null, asOfBasis: 'article-date', sentence: { start: n * 100, end: n * 100 + 50 }, quote: 'q',
    ...rest,
    frame: {
      family: 'troops', event: 'deployed', estimate: false, place: null, part: [], attribution: null, otherEvent: null, link: null,
      cues: [], compareUnit: 'troops', compareValue: null, compareTolerance: 0, ...frame,
    },
  };
}
function source(id: string, outlet: string, published = '2024-03', text = `Text of ${id}.`): Source {
  return { id, file: `${id}.md`, title: id, outlet, published, url: null, text };
}
const A = source('a', 'Outlet A');
const B = source('b', 'Outlet B');
const C = source('c', 'Outlet C');
const killed = (over: ClaimInput) => claim({ ...over, unit: 'person', frame: { family: 'people', event: 'killed', compareUnit: 'people', ...over.frame } });

describe('groupFacts: what joins and what stays apart', () => {
  it.each<[string, Claim[], string[]]>([
    ['a part is not the whole: Albanian soldiers vs all soldiers', [claim({ sourceId: 'a', number: 100 }), claim({ sourceId: 'b', number: 90, frame: { part: ['Albania'] } })], ['single-source', 'single-source']],
    ['additional troops are not total strength', [claim({ sourceId: 'a', number: 1000, frame: { part: ['additional'] } }), claim({ sourceId: 'b', number: 4000 })], ['single-source', 'single-source']],
    ['money never joins a count', [claim({ sourceId: 'a', number: 120, quantity: 'money', frame: { family: 'money', event: null, compareUnit: 'EUR' } }), claim({ sourceId: 'b', number: 120 })], ['single-source', 'single-source']],
    ['two places never meet: deaths in Turkey vs deaths in Syria', [killed({ sourceId: 'a', number: 3549, frame: { place: 'Turkey' } }), killed({ sourceId: 'b', number: 1602, frame: { place: 'Syria' } })], ['single-source', 'single-source']],
    ['a toll of another event stays apart', [killed({ sourceId: 'a', number: 17000, frame: { otherEvent: '1999' } }), killed({ sourceId: 'b', number: 20000 })], ['single-source', 'single-source']],
    ['a value far out of line at the same time stays apart (a family of three vs the toll)', [killed({ sourceId: 'a', number: 40689, asOf: '2023-02-19' }), killed({ sourceId: 'b', number: 3, asOf: '2023-02-19' })], ['single-source', 'single-source']],
    ['a crowd on another day is another occasion', [
      claim({ sourceId: 'a', number: 100000, asOf: '2025-03-15', asOfPrecision: 'day', frame: { family: 'people', event: 'took part', compareUnit: 'people' } }),
      claim({ sourceId: 'b', number: 140000, asOf: '2025-06-28', asOfPrecision: 'day', frame: { family: 'people', event: 'took part', compareUnit: 'people' } }),
    ], ['single-source', 'single-source']],
    ['two figures of one sentence are two quantities', [
      claim({ sourceId: 'a', number: 47000, sentence: { start: 0, end: 40 }, frame: { family: 'buildings', event: 'destroyed', compareUnit: 'buildings' } }),
      claim({ sourceId: 'a', number: 211000, sentence: { start: 0, end: 40 }, frame: { family: 'buildings', event: 'destroyed', compareUnit: 'buildings' } }),
    ], ['single-source', 'single-source']],
    ['percentages about different things stay apart', [
      claim({ sourceId: 'a', number: 38, quantity: 'percent', frame: { family: 'percent', event: null, compareUnit: 'percent', cues: ['search'] } }),
      claim({ sourceId: 'b', number: 86, quantity: 'percent', frame: { family: 'percent', event: null, compareUnit: 'percent', cues: ['residential'] } }),
    ], ['single-source', 'single-source']],
    ['claims that say nothing of what they count join no fact', [claim({ sourceId: 'a', number: 7, frame: { family: null } })], []],
    ['a count per day is not the count', [
      claim({ sourceId: 'a', number: 400, rate: 'day', frame: { family: 'case', event: null, compareUnit: 'case' } }),
      claim({ sourceId: 'b', number: 8000, frame: { family: 'case', event: null, compareUnit: 'case' } }),
    ], ['single-source', 'single-source']],
    ['amounts of unsaid purpose do not meet by the same figure alone', [
      claim({ sourceId: 'a', number: 1e9, quantity: 'money', frame: { family: 'money', event: null, compareUnit: 'USD' } }),
      claim({ sourceId: 'b', number: 1e9, quantity: 'money', frame: { family: 'money', event: null, compareUnit: 'USD' } }),
    ], ['single-source', 'single-source']],
  ])('%s', (_name, claims, assessments) => {
    const { facts } = groupFacts([A, B, C], claims);
    expect(facts.map((f) => f.assessment).sort()).toEqual([...assessments].sort());
    const grouped = facts.flatMap((f) => f.claimIds);
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it.each<[string, Claim[], string]>([
    ['different values at the same time -> conflict', [claim({ sourceId: 'a', number: 100 }), claim({ sourceId: 'b', number: 120 })], 'conflict'],
    ['different values a year apart -> changed over time', [claim({ sourceId: 'a', number: 100, asOf: '2023-01' }), claim({ sourceId: 'b', number: 120, asOf: '2024-03' })], 'changed-over-time'],
    ['"more than 4,500" and 4,443 in adjacent months -> conflict', [
      claim({ sourceId: 'a', number: 4500, qualifier: 'more-than', value: { low: 4500, high: null }, asOf: '2023-11-21' }),
      claim({ sourceId: 'b', number: 4443, asOf: '2023-12' }),
    ], 'conflict'],
    ['"about 1,000" and "around 1000" agree', [
      claim({ sourceId: 'a', number: 1000, qualifier: 'about', value: { low: 900, high: 1100 } }),
      claim({ sourceId: 'b', number: 1000, qualifier: 'about', value: { low: 900, high: 1100 }, asOf: '2023-11' }),
    ], 'consistent'],
    ['"at least 138" then 236 six days later: the count moved', [
      killed({ sourceId: 'a', number: 138, qualifier: 'at-least', value: { low: 138, high: null }, asOf: '2024-06-18' }),
      killed({ sourceId: 'b', number: 236, asOf: '2024-06-24' }),
    ], 'changed-over-time'],
    ['a rising toll on different days is a change, not a conflict', [killed({ sourceId: 'a', number: 3549, asOf: '2023-02-07' }), killed({ sourceId: 'b', number: 20318, asOf: '2023-02-10' })], 'changed-over-time'],
    ['a fire\'s containment three days apart moved: 45% then 87%', [
      claim({ sourceId: 'a', number: 45, quantity: 'percent', asOf: '2025-01-17', frame: { family: 'percent', event: 'containment', compareUnit: 'percent' } }),
      claim({ sourceId: 'b', number: 87, quantity: 'percent', asOf: '2025-01-20', frame: { family: 'percent', event: 'containment', compareUnit: 'percent' } }),
    ], 'changed-over-time'],
    ['bodies handed over to families three days apart: 35 then 170', [
      claim({ sourceId: 'a', number: 35, asOf: '2025-06-15', frame: { family: 'people', event: 'handed over', compareUnit: 'people' } }),
      claim({ sourceId: 'b', number: 170, asOf: '2025-06-18', frame: { family: 'people', event: 'handed over', compareUnit: 'people' } }),
    ], 'changed-over-time'],
    ['customers without power two days apart: the outage shrinks as it is mended', [
      claim({ sourceId: 'a', number: 2.6e6, asOf: '2024-10-10', frame: { family: 'customers', event: 'without power', compareUnit: 'customers' } }),
      claim({ sourceId: 'b', number: 1.1e6, asOf: '2024-10-12', frame: { family: 'customers', event: 'without power', compareUnit: 'customers' } }),
    ], 'changed-over-time'],
    ['a rate of unsaid topic on two days of one month still disagrees', [
      claim({ sourceId: 'a', number: 45, quantity: 'percent', asOf: '2025-01-17', frame: { family: 'percent', event: 'turnout', compareUnit: 'percent' } }),
      claim({ sourceId: 'b', number: 87, quantity: 'percent', asOf: '2025-01-20', frame: { family: 'percent', event: 'turnout', compareUnit: 'percent' } }),
    ], 'conflict'],
    ['one crowd counted 15,000 one day and 80,000 the next is a conflict, not a change', [
      claim({ sourceId: 'a', number: 15000, asOf: '2024-07-02', asOfPrecision: 'day', frame: { family: 'people', event: 'took part', compareUnit: 'people' } }),
      claim({ sourceId: 'b', number: 80000, asOf: '2024-07-03', asOfPrecision: 'day', frame: { family: 'people', event: 'took part', compareUnit: 'people' } }),
    ], 'conflict'],
    ['"4.2% in August" and "4.1% in September": two named months are two periods', [
      claim({ sourceId: 'a', number: 4.2, quantity: 'percent', asOf: '2024-08', asOfBasis: 'explicit', frame: { family: 'percent', event: 'unemployment', compareUnit: 'percent' } }),
      claim({ sourceId: 'b', number: 4.1, quantity: 'percent', asOf: '2024-09', asOfBasis: 'explicit', frame: { family: 'percent', event: 'unemployment', compareUnit: 'percent' } }),
    ], 'changed-over-time'],
    ['a month read off an article\'s date may be the month before a named one', [
      claim({ sourceId: 'a', number: 4.2, quantity: 'percent', asOf: '2024-08', asOfBasis: 'explicit', frame: { family: 'percent', event: 'unemployment', compareUnit: 'percent' } }),
      claim({ sourceId: 'b', number: 4.1, quantity: 'percent', asOf: '2024-09', asOfBasis: 'article-date', frame: { family: 'percent', event: 'unemployment', compareUnit: 'percent' } }),
    ], 'conflict'],
    ['a year-precise date is compared with the months of that year', [claim({ sourceId: 'a', number: 100, asOf: '2024' }), claim({ sourceId: 'b', number: 120, asOf: '2024-06' })], 'conflict'],
    ['an unknown date overlaps every date', [claim({ sourceId: 'a', number: 100, asOf: null }), claim({ sourceId: 'b', number: 120, asOf: '2019-06' })], 'conflict'],
    ['a claim that names no place joins the fact of its kind', [killed({ sourceId: 'a', number: 11300, frame: { place: 'derna' } }), killed({ sourceId: 'b', number: 11300 })], 'consistent'],
    ['"three Serbian attackers" and "three attackers" are the same three', [
      killed({ sourceId: 'a', number: 3, unit: 'attacker', frame: { family: 'attacker' } }),
      killed({ sourceId: 'b', number: 3, unit: 'attacker', frame: { family: 'attacker', part: ['Serbia'] } }),
    ], 'consistent'],
    ['two close lower bounds say nothing moved: "more than 200" and "at least 230"', [
      killed({ sourceId: 'a', number: 200, qualifier: 'more-than', value: { low: 200, high: null }, asOf: '2024-10-11' }),
      killed({ sourceId: 'b', number: 230, qualifier: 'at-least', value: { low: 230, high: null }, asOf: '2024-10-12' }),
    ], 'consistent'],
    ['a value inside a range of another source agrees: €740 and "between €700 and €1,000"', [
      claim({ sourceId: 'a', number: 740 }),
      claim({ sourceId: 'b', number: 700, qualifier: 'range', value: { low: 700, high: 1000 } }),
    ], 'consistent'],
    ['bounds far apart did move: "at least 38%" then "more than 95%"', [
      claim({ sourceId: 'a', number: 38, qualifier: 'at-least', value: { low: 38, high: null }, asOf: '2023-08-16' }),
      claim({ sourceId: 'b', number: 95, qualifier: 'more-than', value: { low: 95, high: null }, asOf: '2023-08-25' }),
    ], 'changed-over-time'],
  ])('%s', (_name, claims, assessment) => {
    const { facts } = groupFacts([A, B, C], claims);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.assessment).toBe(assessment);
  });

  it('joins an amount of unsaid purpose repeated with its very conversion: "20 million pesos ($1.1 million)" twice', () => {
    const money = (sourceId: string, number: number, compareUnit: string, link: Claim['frame']['link'] = null) =>
      claim({ sourceId, number, quantity: 'money', frame: { family: 'money', event: null, compareUnit, link } });
    const a = money('a', 2e7, 'MXN');
    const b = money('b', 2e7, 'MXN');
    const claims = [a, money('a', 1.1e6, 'USD', { claimId: a.id, kind: 'conversion' }), b, money('b', 1.1e6, 'USD', { claimId: b.id, kind: 'conversion' })];
    const { facts } = groupFacts([A, B, C], claims);
    expect(facts.map((f) => f.claimIds.length)).toEqual([4]);
  });

  it('sends a claim with no place to the place whose value is nearest at the nearest time', () => {
    const turkey = killed({ sourceId: 'a', number: 35000, asOf: '2023-02-14', frame: { place: 'Turkey' } });
    const syria = killed({ sourceId: 'b', number: 3700, asOf: '2023-02-14', frame: { place: 'Syria' } });
    const unplaced = killed({ sourceId: 'c', number: 31643, asOf: '2023-02-13' });
    const { facts } = groupFacts([A, B, C], [turkey, syria, unplaced]);
    expect(facts.find((f) => f.claimIds.includes(turkey.id))?.claimIds).toContain(unplaced.id);
  });

  it('keeps a conversion with its amount and compares amounts only in the same currency', () => {
    const chf = claim({ sourceId: 'a', number: 3e9, quantity: 'money', frame: { family: 'money', event: 'price', compareUnit: 'CHF' } });
    const usd = claim({ sourceId: 'a', number: 3.24e9, quantity: 'money', frame: { family: 'money', event: 'price', compareUnit: 'USD', link: { claimId: chf.id, kind: 'conversion' } } });
    const other = claim({ sourceId: 'b', number: 3e9, quantity: 'money', frame: { family: 'money', event: 'price', compareUnit: 'CHF' } });
    const { facts } = groupFacts([A, B], [chf, usd, other]);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.assessment).toBe('consistent');
  });

  it.each<[string, string, number, number, number]>([
    ['"cost £1bn" and "a price of £1bn": one amount seen from two sides', 'price', 1e9, 1e9, 1],
    ['"valued at $3bn" and "paid $3bn"', 'value', 3e9, 3e9, 1],
    ['cost and price of different figures stay apart', 'price', 1e9, 4e8, 2],
  ])('%s', (_name, otherEvent, costValue, otherValue, facts) => {
    const money = (sourceId: string, number: number, event: string) =>
      claim({ sourceId, number, quantity: 'money', frame: { family: 'money', event, compareUnit: 'GBP' } });
    const claims = [money('a', costValue, 'cost'), money('b', costValue, 'cost'), money('c', otherValue, otherEvent)];
    expect(groupFacts([A, B, C], claims).facts).toHaveLength(facts);
  });

  it.each<[string, string, ClaimInput['change'], number]>([
    ['"grew by 5%" and "growth of 5%" are one rise', 'increase', 'increase', 1],
    ['a fall is not growth', 'decrease', 'decrease', 2],
    ['a rise of unemployment is not growth', 'unemployment', 'increase', 2],
  ])('%s', (_name, event, change, facts) => {
    const percent = (sourceId: string, ev: string, ch: ClaimInput['change']) =>
      claim({ sourceId, number: 5, quantity: 'percent', unit: 'percent', change: ch, frame: { family: 'percent', event: ev, compareUnit: 'percent' } });
    expect(groupFacts([A, B], [percent('a', 'growth', null), percent('b', event, change)]).facts).toHaveLength(facts);
  });

  it('counts one holder named by its initials and in full as one: "the NLA 78" and "the National Labour Alliance 77"', () => {
    const seats = (sourceId: string, number: number, part: string) =>
      claim({ sourceId, number, unit: 'seat', frame: { family: 'seat', event: null, compareUnit: 'seat', part: [part] } });
    const { facts } = groupFacts([A, B, C], [seats('a', 78, 'nla'), seats('b', 77, 'national labour alliance'), seats('c', 104, 'civic renewal')]);
    expect(facts.map((f) => f.claimIds.length).sort()).toEqual([1, 2]);
  });

  it.each<[string, string, number, number, number]>([
    ['"1,200 flights" joins "1,100 flights cancelled", the one named count of flights near it', 'flight', 1200, 1100, 1],
    ['a count far from the named one stays apart', 'flight', 3000, 1100, 2],
    ['"21 countries" does not join "troops from 27 countries"', 'countries', 21, 27, 2],
  ])('%s', (_name, family, unnamedValue, namedValue, facts) => {
    const count = (sourceId: string, number: number, event: string | null) =>
      claim({ sourceId, number, unit: family, frame: { family, event, compareUnit: family } });
    const event = family === 'countries' ? 'contributing' : 'cancelled';
    expect(groupFacts([A, B], [count('a', unnamedValue, null), count('b', namedValue, event)]).facts).toHaveLength(facts);
  });

  it('keeps an unnamed duration apart from a named one near it: "over eight years" is not "asked for nine years"', () => {
    const years = (sourceId: string, number: number, event: string | null) =>
      claim({ sourceId, number, unit: 'year', quantity: 'measure', frame: { family: 'duration', event, compareUnit: 'day' } });
    expect(groupFacts([A, B], [years('a', 8, null), years('b', 9, 'sentence sought')]).facts).toHaveLength(2);
  });

  it('counts the trapped and the missing of one accident as one quantity', () => {
    const miners = (sourceId: string, number: number, event: string) => killed({ sourceId, number, frame: { event } });
    expect(groupFacts([A, B], [miners('a', 23, 'trapped'), miners('b', 23, 'missing')]).facts).toHaveLength(1);
  });

  it('keeps a national toll apart from the provinces of a breakdown: "1,293 in Al Haouz, 452 in Taroudant"', () => {
    const haouz = killed({ sourceId: 'a', number: 1293, sentence: { start: 0, end: 90 }, frame: { place: 'al haouz' } });
    const taroudant = killed({ sourceId: 'a', number: 452, sentence: { start: 0, end: 90 }, frame: { place: 'taroudant' } });
    const national = killed({ sourceId: 'b', number: 1037 });
    const { facts } = groupFacts([A, B], [haouz, taroudant, national]);
    expect(facts.find((f) => f.claimIds.includes(national.id))?.claimIds).toEqual([national.id]);
  });

  it('still lets a toll without a place join the one place a story names alone ("11,300 in Derna")', () => {
    const derna = killed({ sourceId: 'a', number: 11300, frame: { place: 'derna' } });
    const unplaced = killed({ sourceId: 'b', number: 11300 });
    expect(groupFacts([A, B], [derna, unplaced]).facts).toHaveLength(1);
  });

  it('keeps a crowd apart from the crowd of another day it is compared with: "735,000, against 650,000 on January 19"', () => {
    const crowd = (number: number, asOf: string, link: Claim['frame']['link'] = null) =>
      claim({ sourceId: 'a', number, asOf, asOfPrecision: 'day', unit: 'demonstrator', frame: { family: 'people', event: 'took part', compareUnit: 'people', link } });
    const today = crowd(735000, '2023-01-31');
    const before = crowd(650000, '2023-01-19', { claimId: today.id, kind: 'earlier' });
    expect(groupFacts([A], [today, before]).facts).toHaveLength(2);
  });

  it.each<[string, string, string, number]>([
    ['the ages of a boy and of a woman are two people\'s', 'year-old boy', 'year-old woman', 2],
    ['the age of a bank is one, called a lender or an institution', 'year-old lender', 'year-old institution', 1],
  ])('%s', (_name, unitA, unitB, facts) => {
    const age = (sourceId: string, number: number, unit: string) => claim({ sourceId, number, unit, quantity: 'measure', frame: { family: 'age', event: null, compareUnit: 'year' } });
    expect(groupFacts([A, B], [age('a', 33, unitA), age('b', 25, unitB)]).facts).toHaveLength(facts);
  });

  it('keeps a fine apart from a cost of the very same figure: not words for one amount', () => {
    const money = (sourceId: string, event: string) => claim({ sourceId, number: 5e6, quantity: 'money', frame: { family: 'money', event, compareUnit: 'USD' } });
    expect(groupFacts([A, B], [money('a', 'cost'), money('b', 'fine')]).facts).toHaveLength(2);
  });

  it('joins an amount whose purpose is unsaid to the one fact that reports the very same figure', () => {
    const money = (sourceId: string, number: number, event: string | null, cues: string[] = []) =>
      claim({ sourceId, number, quantity: 'money', frame: { family: 'money', event, compareUnit: 'CHF', cues } });
    const guarantee = money('a', 9e9, 'guarantee');
    const loss = money('a', 5e9, 'loss');
    const unsaid = money('b', 9e9, null, ['next', 'federal']);
    const { facts } = groupFacts([A, B], [guarantee, loss, unsaid]);
    expect(facts.find((f) => f.claimIds.includes(guarantee.id))?.claimIds).toContain(unsaid.id);
  });

  it('reads "nationwide" as the one country a story names, and as all of them when it names several', () => {
    const crowd = (sourceId: string, number: number, place: string) => claim({ sourceId, number, unit: 'person', asOf: '2023-03-07', frame: { family: 'people', event: 'took part', compareUnit: 'people', place } });
    expect(groupFacts([A, B], [crowd('a', 1_280_000, 'France'), crowd('b', 1_280_000, 'all')]).facts).toHaveLength(1);
    expect(groupFacts([A, B, C], [crowd('a', 1_280_000, 'France'), crowd('c', 30_000, 'Belgium'), crowd('b', 1_280_000, 'all')]).facts).toHaveLength(3);
  });

  it('takes Georgia for a US state, not the story\'s one country, when the story names other states', () => {
    const dead = (sourceId: string, number: number, place: string) => killed({ sourceId, number, asOf: '2024-09-28', frame: { place } });
    const story = [dead('a', 15, 'Georgia'), dead('b', 84, 'all'), dead('a', 19, 'south carolina')];
    expect(groupFacts([A, B], story).facts).toHaveLength(3);
    // Without another state, Georgia is the one country and "nationwide" is Georgia.
    expect(groupFacts([A, B], [dead('a', 84, 'Georgia'), dead('b', 84, 'all')]).facts).toHaveLength(1);
  });

  it('does not take "thousands of" for the very same figure as 2,000', () => {
    const people = (sourceId: string, number: number, event: string | null, surface: string) =>
      claim({ sourceId, number, surface, unit: 'person', frame: { family: 'people', event, compareUnit: 'people' } });
    const { facts } = groupFacts([A, B], [people('a', 2000, 'evacuated', 'thousands of'), people('b', 2000, null, '2,000')]);
    expect(facts).toHaveLength(2);
  });

  it('keeps a count that says nothing of what happened apart from one that does ("in 21 countries" vs "from 27 countries")', () => {
    const from = claim({ sourceId: 'a', number: 27, unit: 'country', frame: { family: 'countries', event: 'contributing', compareUnit: 'countries' } });
    const other = claim({ sourceId: 'b', number: 21, unit: 'country', frame: { family: 'countries', event: null, compareUnit: 'countries' } });
    expect(groupFacts([A, B], [from, other]).facts).toHaveLength(2);
  });

  it('keeps two places apart even when one figure restates the other ("1,500 in Paris while unions counted 400,000 nationwide")', () => {
    const paris = claim({ sourceId: 'a', number: 1500, sentence: { start: 0, end: 80 }, frame: { family: 'people', event: 'took part', compareUnit: 'people', place: 'paris' } });
    const all = claim({ sourceId: 'a', number: 400000, sentence: { start: 0, end: 80 }, frame: { family: 'people', event: 'took part', compareUnit: 'people', place: 'all', link: { claimId: paris.id, kind: 'restated' } } });
    expect(groupFacts([A], [paris, all]).facts).toHaveLength(2);
  });

  it('joins people evacuated and people forced from their homes: one quantity said two ways', () => {
    const moved = (sourceId: string, number: number, event: string, asOf: string) => claim({ sourceId, number, asOf, unit: 'person', frame: { family: 'people', event, compareUnit: 'people' } });
    const { facts } = groupFacts([A, B], [moved('a', 2800, 'evacuated', '2025-03-03'), moved('b', 5000, 'displaced', '2025-03-06')]);
    expect(facts).toHaveLength(1);
  });

  it('keeps an earlier value restated beside the new one in the same fact ("36, up from six")', () => {
    const now = killed({ sourceId: 'a', number: 36, asOf: '2023-08-09', sentence: { start: 0, end: 60 } });
    const earlier = killed({ sourceId: 'a', number: 6, asOf: '2023-08-09', sentence: { start: 0, end: 60 }, frame: { link: { claimId: now.id, kind: 'restated' } } });
    const later = killed({ sourceId: 'b', number: 80, asOf: '2023-08-10' });
    const { facts } = groupFacts([A, B], [now, earlier, later]);
    expect(facts).toHaveLength(1);
  });

  it('lists, within one day, the earlier value a figure came from before it ("fell to 4.7% from 5%")', () => {
    const share = (number: number, frame: Partial<ClaimFrame>) => claim({ sourceId: 'a', number, quantity: 'percent', unit: 'percent', asOf: '2025-04-16', frame: { family: 'percent', event: 'inflation', compareUnit: 'percent', ...frame } });
    const now = share(4.7, {});
    const before = share(5, { link: { claimId: now.id, kind: 'earlier' } });
    const [fact] = groupFacts([A], [now, before]).facts;
    expect(fact?.claimIds).toEqual([before.id, now.id]);
  });

  it('keeps a forecast or a target a value is compared with apart from it ("fell to 4.7%, below the forecast of 4.9%")', () => {
    const share = (number: number, frame: Partial<ClaimFrame>) => claim({ sourceId: 'a', number, quantity: 'percent', unit: 'percent', asOf: '2025-04-16', sentence: { start: 0, end: 60 }, frame: { family: 'percent', event: 'inflation', compareUnit: 'percent', ...frame } });
    const reading = share(4.7, {});
    const forecast = share(4.9, { part: ['forecast'], link: { claimId: reading.id, kind: 'restated' } });
    const { facts } = groupFacts([A], [reading, forecast]);
    expect(facts.map((f) => f.claimIds.length)).toEqual([1, 1]);
  });
});

describe('groupFacts: series, copies and ids', () => {
  it('lines a series up in time and explains it', () => {
    const { facts } = groupFacts([A, B, C], [
      claim({ sourceId: 'c', number: 3800, qualifier: 'about', value: { low: 3420, high: 4180 }, asOf: '2023-01' }),
      claim({ sourceId: 'a', number: 50000, asOf: '1999' }),
      claim({ sourceId: 'b', number: 26000, asOf: '2003-06' }),
    ]);
    expect(facts).toHaveLength(1);
    const fact = facts[0];
    expect(fact?.assessment).toBe('changed-over-time');
    expect(fact?.label).toBe('Soldiers deployed');
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
    const z = claim({ sourceId: 'b', number: 90, frame: { part: ['Albania'] } });
    const target = groupFacts([A, B], [x, y]).facts[0]?.key ?? '';
    const moved = groupFacts([A, B], [x, y, z], new Map([[z.id, target]])).facts;
    expect(moved).toHaveLength(1);
    expect(moved[0]?.claimIds).toHaveLength(3);
    const split = groupFacts([A, B], [x, y], new Map([[y.id, `split|${y.id}`]])).facts;
    expect(split.map((f) => f.claimIds.length).sort()).toEqual([1, 1]);
    expect(split.find((f) => f.key === `split|${y.id}`)?.assessment).toBe('single-source');
  });
});
