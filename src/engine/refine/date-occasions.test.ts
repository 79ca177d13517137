import { describe, expect, it } from 'vitest';

import { analyze } from '../pipeline';

/** The as-of date of the figure written `surface` in an article of our own. */
function asOfOf(text: string, surface: string, published: string): string | null {
  const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published, url: null, text }]).claims.find((c) => c.surface.includes(surface));
  if (!claim) throw new Error(`no claim "${surface}" in: ${text}`);
  return claim.asOf;
}

describe('dateOccasions: a crowd is counted on the day it gathered', () => {
  it.each([
    // Wednesday 5 March 2025: "Tuesday's" is 4 March, whatever day the count was revised.
    ['Police revised their count of Tuesday\'s marchers up to 52,000 on Wednesday.', '52,000', '2025-03-05', '2025-03-04'],
    // A report of Monday 10 March on "last Saturday's rally" (8 March).
    ['Unions said on Monday they would strike again after last Saturday\'s rally.\n\nSome 40,000 people took part, police said.', '40,000', '2025-03-10', '2025-03-08'],
    // The day named in another sentence of the article that speaks of the gathering.
    ['Large crowds of protesters filled the square on Saturday.\n\nAt least 30,000 people took part, organisers said.', '30,000', '2025-03-10', '2025-03-08'],
  ])('%j: %s -> %s', (text, surface, published, asOf) => {
    expect(asOfOf(text, surface, published)).toBe(asOf);
  });

  it.each([
    // A count with a time of its own keeps it.
    ['Unions said on Monday they would strike again after last Saturday\'s rally.\n\nThe first rally, on 3 February, drew 25,000 people.', '25,000', '2025-03-10', '2025-02-03'],
    // Not a crowd: arrests are counted up to when they were reported.
    ['Large crowds of protesters filled the square on Saturday.\n\nPolice have now made 64 arrests.', '64', '2025-03-10', '2025-03-10'],
    // A gathering more than a week before the article dates nothing by itself.
    ['Crowds of protesters filled the square on 12 February.\n\nSome 40,000 people took part in Monday\'s vigil, police said today.', '40,000', '2025-03-11', '2025-03-10'],
  ])('leaves other figures alone: %j', (text, surface, published, asOf) => {
    expect(asOfOf(text, surface, published)).toBe(asOf);
  });
});
