import { describe, expect, it } from 'vitest';

import { splitSentences } from './sentences';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith left. Then 3 came.', ['Mr. Smith left.', 'Then 3 came.']],
    ['The town reached 45.9C. In the south it was cooler.', ['The town reached 45.9C.', 'In the south it was cooler.']],
    ['Winds hit 90 mph. Power was cut.', ['Winds hit 90 mph.', 'Power was cut.']],
    ['Headline\nBody text here.', ['Headline', 'Body text here.']],
  ])('splits %j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ['J. R. Smith said 40 came.'],
    ['The U.S. sent 40 troops.'],
    ['It rose 5 p.m. on Monday.'],
    ['Prices rose 3.5 per cent. more than expected.'],
  ])('does not split at an initial, an abbreviation or before lower case: %j', (text) => {
    expect(sentencesOf(text)).toHaveLength(1);
  });
});
