import { describe, expect, it } from 'vitest';

import { claimsIn, rounded, valuesIn } from './figure-test-helpers';

describe('fractions and shares', () => {
  it.each([
    ['About a third of those tested were positive.', [1 / 3]],
    ['Half of the tenants moved out.', [0.5]],
    ['One in five adults in the town smokes.', [0.2]],
    ['Nearly a quarter of the budget goes on roads.', [0.25]],
    ['Two-thirds of members backed the motion.', [2 / 3]],
    ['Three quarters of the homes lost water.', [0.75]],
    ['More than half the crew had left.', [0.5]],
    ['The speedway is a 1/4 mile oval.', [0.25]],
    ['Workers laid 10 1/2 miles of new track.', [10.5]],
    ['Stir in ½ teaspoon of salt.', [0.5]],
    ['Output fell by half in a month.', [0.5]],
    ['One out of every four pupils walks to school.', [0.25]],
    ['The pulse lasts a trillionth of a second.', [1e-12]],
    ['Trade with the region is cut in half.', [0.5]],
    ['Interest rates went up by half a percentage point.', [0.5]],
    ['Admissions rose by a fifth in a week.', [0.2]],
    ['A quarter of a million people came to the final.', [250000]],
  ])('%j', (text, values) => {
    expect(valuesIn(text)).toEqual(rounded(values));
  });

  it.each([
    ['The bank raised its key rate by a quarter of a percentage point.', 'a quarter of a percentage point', true],
    ['A quarter of the points went to the home side.', 'A quarter', false],
    ['The Federal Reserve cut interest rates by a quarter point.', 'a quarter point', true],
    ['One member favored a half-point rate cut.', 'a half-point', true],
    // No rate spoken of: a point of a game is no percentage.
    ['They lost a quarter point of their lead.', 'a quarter', false],
  ])('reads a share of a percentage point as points: %j', (text, surface, percent) => {
    const c = claimsIn(text).find((x) => x.surface === surface);
    expect([c?.surface, c?.quantity === 'percent']).toEqual([surface, percent]);
  });

  it('reads "two quarters" as a count of quarters, not three quarters of a whole', () => {
    expect(valuesIn('The bank reported growth in two quarters running.')).toEqual([2]);
  });

  it('keeps the qualifier of a share: "nearly a third" is just below a third', () => {
    const [c] = claimsIn('Nearly a third of the harvest was lost.');
    expect(c?.qualifier).toBe('about');
    expect(c?.value.high).toBeCloseTo(1 / 3, 10);
  });

  it.each([
    'The team won for a third consecutive year.',
    'He scored in the second half of the match.',
    'Profits rose in the first quarter.',
    'The party is seeking a fifth term in office.',
    'The coverage runs 24/7 and recalls 9/11.',
    'It was a half-hearted apology.',
  ])('finds no fraction in %j', (text) => {
    expect(claimsIn(text).map((c) => c.surface)).toEqual([]);
  });
});
