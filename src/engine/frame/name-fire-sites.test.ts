import { describe, expect, it } from 'vitest';

import { analyze } from '../pipeline';

/** The place of the figure written `surface` in an article of our own. */
function placeOf(text: string, surface: string): string | null | undefined {
  const claim = analyze([{ file: 't.md', title: 't', outlet: 'o', published: '2025-01-21', url: null, text }]).claims.find((c) => c.surface === surface);
  return claim?.frame.place;
}

const TWO_FIRES = [
  'Palisades fire',
  'Officials have confirmed that 10 people are dead from the Palisades fire. It has burned more than 23,713 acres.',
  'Eaton fire',
  'The Eaton fire has burned 14,021 acres. Officials have confirmed 9,416 structures have been destroyed.',
  'As of Jan. 17, the Eaton fire was 45% contained, and the Palisades fire was 31% contained.',
  'The fires claimed 29 lives, 17 in the Eaton fire and 12 in the Palisades fire.',
].join('\n\n');

describe('named fires of one story', () => {
  it.each([
    ['10', 'palisades fire'],
    ['23,713', 'palisades fire'],
    ['14,021', 'eaton fire'],
    ['9,416', 'eaton fire'],
    ['45%', 'eaton fire'],
    ['31%', 'palisades fire'],
    ['17', 'eaton fire'],
    ['12', 'palisades fire'],
  ])('gives %s the fire it is of: %s', (surface, place) => {
    expect(placeOf(TWO_FIRES, surface)).toBe(place);
  });

  it.each([
    // The total of both fires names neither.
    [TWO_FIRES, '29'],
    // An article about one fire is left as it is.
    ['The Eaton fire has burned 14,021 acres and killed 17 people.', '17'],
    // An agency is no fire.
    ['The Eaton fire has burned 14,021 acres.\n\nAt least 17 people died, Cal Fire said.\n\nThe Palisades fire is 31% contained.', '17'],
  ])('names no fire: %#', (text, surface) => {
    expect(placeOf(text, surface)).toBeNull();
  });
});
