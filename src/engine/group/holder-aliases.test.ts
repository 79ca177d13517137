import { describe, expect, it } from 'vitest';

import { sameHolder } from './holder-aliases';

describe('sameHolder', () => {
  it.each([
    ['nla', 'national labour alliance'],
    ['crp', 'civic renewal'],
    ['civic renewal', 'civic renewal party'],
    ['greens', 'green union'],
  ])('%s and %s name one holder', (a, b) => {
    expect(sameHolder(a, b)).toBe(true);
    expect(sameHolder(b, a)).toBe(true);
  });

  it.each([
    ['nla', 'civic renewal party'],
    ['labour', 'labour'],
    ['national unity', 'national labour alliance'],
    ['greens', 'farmers'],
    ['passenger', 'crew member'],
  ])('%s and %s are two holders', (a, b) => {
    expect(sameHolder(a, b)).toBe(false);
  });
});
