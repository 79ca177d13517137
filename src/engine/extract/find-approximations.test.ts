import { describe, expect, it } from 'vitest';

import { claimsIn } from './figure-test-helpers';

describe('approximations as the bound they assert, multiples as changes', () => {
  it.each([
    ['Dozens of people were treated for smoke.', 24],
    ['Hundreds of homes were left without heating.', 200],
    ['Tens of thousands marched through the capital.', 20000],
    ['Thousands of fans queued for tickets.', 2000],
    ['Hundreds of thousands of refugees crossed the border.', 200000],
    ['The scheme cost millions of dollars.', 2e6],
    ['Rescuers pulled dozens from the rubble.', 24],
    ['Several thousand workers joined the strike.', 3000],
    ['A few hundred residents stayed behind.', 200],
    ['Scores of villages were cut off.', 40],
  ])('%j -> at least %d', (text, low) => {
    const [c] = claimsIn(text);
    expect(c?.value).toEqual({ low, high: null });
    expect(c?.qualifier).toBe('at-least');
  });

  it.each([
    ['The population of the town doubled.', 2, 'increase'],
    ['The firm is tripling its workforce.', 3, 'increase'],
    ['The council halved the grant.', 0.5, 'decrease'],
    ['Cases saw a tenfold rise in a year.', 10, 'increase'],
    ['Fares went up 3-fold after the merger.', 3, 'increase'],
  ])('%j -> %d, a change', (text, value, change) => {
    const [c] = claimsIn(text);
    expect(c?.number).toBe(value);
    expect(c?.change).toBe(change);
  });

  it('reads "doubling it to 256GB" as a change and a level', () => {
    const claims = claimsIn('The maker is doubling the memory to 256GB.');
    expect(claims.map((c) => [c.number, c.change])).toEqual([[2, 'increase'], [256, null]]);
  });
});
