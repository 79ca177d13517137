import { describe, expect, it } from 'vitest';

import { claimsIn } from '../extract/figure-test-helpers';

const asOfOf = (text: string, surface: string, published: string) => claimsIn(text, published).find((c) => c.surface.startsWith(surface))?.asOf;

describe('a monthly figure dated by the month it is compared with', () => {
  it.each([
    ['The consumer price index fell to 2.6% from 2.8% in February.', '2.6%', '2025-04-16', '2025-03'],
    ['Unemployment rose to 4.4% from 4.2% in August.', '4.4%', '2025-10-03', '2025-09'],
  ])('takes the next month in the rhythm of a monthly release: %j', (text, surface, published, month) => {
    expect(asOfOf(text, surface, published)).toBe(month);
  });

  it.each([
    // Said in June of a value of January: today's rate, not February's.
    ['The average two-year fixed rate has fallen to 5.65 percent, down from 6.14 percent at the end of January.', '5.65', '2026-06-24', '2026-06-24'],
    // A month of its own wins.
    ['Inflation fell to 2.6% in March from 2.8% in February.', '2.6%', '2025-04-16', '2025-03'],
  ])('leaves other figures as they were: %j', (text, surface, published, month) => {
    expect(asOfOf(text, surface, published)).toBe(month);
  });
});
