import { describe, expect, it } from 'vitest';

import { claimsIn } from './figure-test-helpers';

const read = (text: string) => claimsIn(text).map((c) => [c.number, c.change, c.rate]);

describe('changes stated as figures, not levels', () => {
  it.each([
    ['Petrol rose 19 cents over the month.', [[19, 'increase', null]]],
    ['Shares were up 20% at noon.', [[20, 'increase', null]]],
    ['Sales fell 3% to $1.2 billion.', [[3, 'decrease', null], [1.2e9, null, null]]],
    ['Exports increased by 4.5 percent.', [[4.5, 'increase', null]]],
    ['The firm cut costs by $3m.', [[3e6, 'decrease', null]]],
    ['The index lost 190 points on Friday.', [[190, 'decrease', null]]],
    ['Spending was down 0.6% on the year before.', [[0.6, 'decrease', null]]],
    ['Officials reported a 12% rise in thefts.', [[12, 'increase', null]]],
    ['There was an increase of 200 in the queue.', [[200, 'increase', null]]],
    ['Turnout grew +5% in the suburbs.', [[5, 'increase', null]]],
    ['Output shrank by an annualised 0.8% in spring.', [[0.8, 'decrease', null]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'The toll rose to 50 on Tuesday.',
    'The army lost 40 soldiers in the raid.',
    'Up to 2,000 residents were evacuated.',
    'The group posted a net loss of $1.1 billion.',
  ])('reads %j as a level', (text) => {
    expect(claimsIn(text).map((c) => c.change)).toEqual([null]);
  });
});

describe('rates: what a figure is per', () => {
  it.each([
    ['Delegates receive €120 per day in expenses.', 'day'],
    ['Brent settled at $58.24 per barrel.', 'barrel'],
    ['The state spends $5,000 per capita on schools.', 'capita'],
    ['The plant draws 2 million litres a day from the river.', 'day'],
    ['The board declared a dividend of 12 cents a share.', 'share'],
    ['Drivers earn 300 pounds a week.', 'week'],
    ['The mine ships 40,000 tonnes annually.', 'year'],
    ['The rooms cost €90/night in August.', 'night'],
  ])('%j -> per %s', (text, rate) => {
    expect(claimsIn(text)[0]?.rate).toBe(rate);
  });

  it('reads a change of a rate: "oil output fell by 500,000 barrels a day"', () => {
    expect(read('Oil output fell by 500,000 barrels a day.')).toEqual([[500000, 'decrease', 'day']]);
  });

  it('drops the "a dozen" that only says what a price is per', () => {
    expect(read('Eggs averaged 64.2 cents a dozen.')).toEqual([[64.2, null, 'dozen']]);
  });

  it.each(['He left 20 years a day ago.', 'She arrived 3 hours a week later.'])('gives no rate in %j', (text) => {
    expect(claimsIn(text).map((c) => c.rate)).not.toContain('day');
  });
});
