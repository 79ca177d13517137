import { describe, expect, it } from 'vitest';

import { extractClaims } from '../extract/extract-claims';
import { toSource } from '../pipeline';

/** When the first figure of the article's second paragraph held, for an article dated `published`. */
function asOfIn(lead: string, published = '2025-10-07', title = 'Budget news'): string | null {
  const text = `${lead}\n\nThe deficit would narrow to 24.8 billion euros.\n`;
  const claims = extractClaims(toSource({ file: 't.md', title, outlet: 'o', published, url: null, text }));
  return claims.find((c) => c.surface.startsWith('24.8'))?.asOf ?? null;
}

describe('figures of a story on a plan for a year ahead', () => {
  it.each([
    ['The government on Tuesday presented a 2026 budget.', '2026'],
    ["Parliament approved the government's 2026 budget by 79 votes to 68.", '2026'],
    ['Ministers agreed the budget for 2026 after long talks.', '2026'],
    ['The plan covers the 2026-27 financial year.', '2026'],
    ["The country's budget deficit next year is likely to be larger, a think tank said.", '2026'],
  ])('hold in the plan\'s year: %j', (lead, year) => {
    expect(asOfIn(lead)).toBe(year);
  });

  it.each([
    // A plan of the year already under way, or of one past, says nothing of when the figures held.
    ['The government revised its 2025 budget on Tuesday.'],
    ['Spending in the 2024 budget was higher.'],
    ['The minister spoke about the economy on Tuesday.'],
  ])('keep the article\'s day otherwise: %j', (lead) => {
    expect(asOfIn(lead)).toBe('2025-10-07');
  });

  it('is read from the title too', () => {
    expect(asOfIn('The minister spoke on Tuesday.', '2025-10-07', 'Vestria unveils 2026 budget')).toBe('2026');
  });
});
