import { describe, expect, it } from 'vitest';

import { isAsOfRight, isValueRight } from './figure-checks';

describe('isValueRight', () => {
  it.each([
    ['an exact figure', 300, { low: 300, high: 300 }, true],
    ['a range that matches a gold range', [180, 200] as [number, number], { low: 180, high: 200 }, true],
    ['a range that holds only one end of the gold range', [180, 200] as [number, number], { low: 180, high: 190 }, false],
    ['"more than" as an interval open above', 4500, { low: 4500, high: null }, true],
    ['"up to" as an interval open below', 60, { low: null, high: 60 }, true],
    ['an "about" interval within half again', 1000, { low: 500, high: 1500 }, true],
    ['an interval looser than half below', 1000, { low: 499, high: 1000 }, false],
    ['an interval looser than half again above', 1000, { low: 1000, high: 1501 }, false],
    ['a value a floating-point hair off', 0.3, { low: 0.1 + 0.2, high: 0.1 + 0.2 }, true],
    ['a different figure', 27, { low: 28, high: 28 }, false],
    ['an interval open on both sides', 5, { low: null, high: null }, false],
    ['no value at all', 5, null, false],
  ])('%s', (_name, gold, value, right) => {
    expect(isValueRight(gold, value)).toBe(right);
  });
});

describe('isAsOfRight', () => {
  it.each([
    ['2024-03', '2024-03-21', true],
    ['2024-03-21', '2024', true],
    ['2024-03-21', '2024-03-21', true],
    ['2024-03', '2024-04', false],
    ['2024-03', null, false],
    ['2024-03', undefined, false],
    ['', '2024', false],
  ])('gold %s against %s -> %s', (gold, asOf, right) => {
    expect(isAsOfRight(gold, asOf)).toBe(right);
  });
});
