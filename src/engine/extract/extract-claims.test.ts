import { describe, expect, it } from 'vitest';

import { toSource } from '../pipeline';
import type { Claim } from '../types';

import { extractClaims } from './extract-claims';

function claimsOf(text: string, published: string | null = '2024-05-10'): Claim[] {
  return extractClaims(toSource({ file: 't.md', title: 't', outlet: 'o', published, url: null, text }));
}
function only(text: string, published?: string | null): Claim {
  const claims = claimsOf(text, published);
  expect(claims, `claims of: ${text}`).toHaveLength(1);
  return claims[0] as Claim;
}

describe('extractClaims: figures and their values', () => {
  it.each([
    ['The mission consists of 4,443 personnel.', '4,443', 4443, 4443, 'exact'],
    ['Some 1.27 million people voted.', '1.27 million', 1_143_000, 1_397_000, 'about'],
    ['The fund holds $2bn in reserves.', '$2bn', 2e9, 2e9, 'exact'],
    ['Officials said 2.8m households lost power.', '2.8m', 2.8e6, 2.8e6, 'exact'],
    ['Turnout rose to 15% in the capital.', '15%', 15, 15, 'exact'],
    ['The floods displaced between 300 and 400 families.', '300 and 400', 300, 400, 'range'],
    ['Rescuers found 30-40 survivors.', '30-40', 30, 40, 'range'],
    ['Police said 180 to 200 protesters were arrested.', '180 to 200', 180, 200, 'range'],
    ['More than 4,500 troops remain.', '4,500', 4500, null, 'more-than'],
    ['At least 45 people died in the storm.', '45', 45, null, 'at-least'],
    ['Up to 2,000 residents were evacuated.', '2,000', null, 2000, 'up-to'],
    ['Fewer than 20 journalists were allowed in.', '20', null, 20, 'less-than'],
    ['Nearly 600 homes were destroyed.', '600', 540, 600, 'about'],
    ['About 1,000 additional troops arrived.', '1,000', 900, 1100, 'about'],
    ['Eleven thousand volunteers signed up.', 'Eleven thousand', 11000, 11000, 'exact'],
    ['Two dozen reporters waited outside.', 'Two dozen', 24, 24, 'exact'],
    ['Half a million doses arrived on time.', 'Half a million', 500000, 500000, 'exact'],
    ['Twenty-five schools closed.', 'Twenty-five', 25, 25, 'exact'],
  ])('reads %j', (text, surface, low, high, qualifier) => {
    const c = only(text);
    expect(c.surface).toBe(surface);
    expect(c.value).toEqual({ low, high });
    expect(c.qualifier).toBe(qualifier);
  });

  it('keeps money, its currency and its rate', () => {
    const [before, after] = claimsOf('The allowance goes from around 60 euros per day to 120 euros per day.');
    expect(before).toMatchObject({ number: 60, qualifier: 'about', quantity: 'money', unit: 'euro per day', measure: 'EUR per day' });
    expect(after).toMatchObject({ number: 120, qualifier: 'exact', quantity: 'money', unit: 'euro per day' });
  });
});

describe('extractClaims: what is counted and whom it is about', () => {
  it.each([
    ['Bulgaria is deploying 120 soldiers to the mission.', 'soldier', 'troops', 'Bulgaria', []],
    ['Norwegian officials sent 80 peacekeepers abroad.', 'peacekeeper', 'troops', 'Norway', []],
    ['The alliance now has troops from 31 countries.', 'country', 'countries', null, []],
    ['Kenya sent 1,000 more police officers to Haiti.', 'police officer', 'police officer', 'Kenya', ['additional']],
    ['The blast left three Syrian civilians dead.', 'civilian', 'people', 'Syria', ['killed']],
    ['The attack caused the deaths of four guards.', 'guard', 'guard', null, ['killed']],
    ['Some 50,000 Serbs live in the region.', 'serb', 'people', 'Serbia', []],
    ['Peru participates in the UN mission with 240 soldiers.', 'soldier', 'troops', 'Peru', []],
    ['The MINUSMA force counted 11,000 personnel in its battalions.', 'personnel', 'troops', 'MINUSMA', []],
  ])('in %j', (text, unit, measure, subject, scope) => {
    const c = only(text);
    expect(c.unit).toBe(unit);
    expect(c.measure).toBe(measure);
    expect(c.subject).toBe(subject);
    expect(c.scope).toEqual(scope);
  });

  it('carries an elided noun along a series: "troop level to 26,000 ..., then to 17,500"', () => {
    const claims = claimsOf('The army cut the UNIFIL troop level to 9,000 in March 2010, then to 7,500 by the end of 2012.');
    expect(claims.map((c) => [c.number, c.unit, c.subject, c.asOf])).toEqual([
      [9000, 'troop', 'UNIFIL', '2010-03'],
      [7500, 'troop', 'UNIFIL', '2012-12'],
    ]);
  });
});

describe('extractClaims: when a figure held', () => {
  it.each([
    ['On 21 March the ministry sent 100 soldiers.', '2024-03', '2024-03-21', 'explicit'],
    ['In September of last year, 40 houses burned.', '2024-03', '2023-09', 'context'],
    ['By early 2002, the force had 39,000 personnel.', '2024-03', '2002', 'context'],
    ['The camp now holds 3,000 refugees.', '2024-03-10', '2024-03-10', 'article-date'],
    ['The camp holds 3,000 refugees.', null, null, 'unknown'],
    ['Protesters numbered 8,000 on 16 December.', '2023-01', '2022-12-16', 'explicit'],
    ['Officials counted 70 boats in late May.', '2023-11', '2023-05', 'explicit'],
  ])('%j (article %s) -> %s', (text, published, asOf, basis) => {
    const c = only(text, published);
    expect(c.asOf).toBe(asOf);
    expect(c.asOfBasis).toBe(basis);
  });
});

describe('extractClaims: negatives (not figures)', () => {
  it.each([
    'Kosovo declared independence in 2008.',
    'The mission has been active since 1999.',
    'The talks were held on 21-22 November.',
    'The decision applies until 31 December 2027.',
    'The banner read Sunday, December 22, 2024.',
    'The report was filed on 2023-11-21.',
    'The meeting starts at 10:30 in the hall.',
    'Doors open at 5 pm on weekdays.',
    'The 18th conference took place in the capital.',
    'It joined the 42nd Mechanised Battalion.',
    'Call the hotline on 555-123-4567 for details.',
    'Update to version 2.1.3 before Friday.',
    'Apple released iOS 17 this week.',
    'This is covered by UN Security Council Resolution 1244.',
    'See page 5 and section 3 of the report.',
    'A Boeing 737 landed safely.',
    'Cases of COVID-19 rose again.',
    'Two F-16 jets flew over the city.',
    'The G20 summit ended.',
    'No one was hurt, officials said.',
    'It is one of the largest missions.',
    'The mission has lasted almost 24 years.',
    'For more than twenty years the force has stayed.',
    'Soldiers rotate every six months.',
    'A 45-year-old man was arrested.',
    'The study[3] was published.',
  ])('finds no figure in %j', (text) => {
    expect(claimsOf(text).map((c) => c.surface)).toEqual([]);
  });
});

describe('extractClaims: ids and spans', () => {
  it('gives the same ids to the same text and covers the figure with its span', () => {
    const text = 'Officials said 1,200 people fled and 35 were injured.';
    const a = claimsOf(text);
    const b = claimsOf(text);
    expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id));
    for (const c of a) expect(text.slice(c.start, c.end)).toBe(c.surface);
    expect(a[0]?.quote).toBe(text);
  });
});
