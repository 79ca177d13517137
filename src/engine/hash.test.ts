import { describe, expect, it } from 'vitest';

import { hashString } from './hash';

describe('hashString', () => {
  it('gives the same id for the same text and different ids for different text', () => {
    expect(hashString('a contingent of 100 soldiers')).toBe(hashString('a contingent of 100 soldiers'));
    expect(hashString('a contingent of 100 soldiers')).not.toBe(hashString('a contingent of 120 soldiers'));
    expect(hashString('x')).toMatch(/^[0-9a-z]{11}$/);
  });
});
