import { describe, expect, it } from 'vitest';

import { findShortfalls, parseRequirements, type Requirement } from './requirements';
import { emptyCounts, metricsFromCounts } from './score-counts';

const parse = (text: string): Requirement[] => {
  const r = parseRequirements(text);
  if (!r.ok) throw new Error(r.message);
  return r.requirements;
};

describe('parseRequirements', () => {
  it('reads pooled and per-story terms, with spaces after commas', () => {
    expect(parse('found>=0.9, min:groupP>=.5,leaks<=2')).toEqual([
      { scope: 'total', metric: 'found', op: '>=', threshold: 0.9, text: 'found>=0.9' },
      { scope: 'each-story', metric: 'groupP', op: '>=', threshold: 0.5, text: 'min:groupP>=.5' },
      { scope: 'total', metric: 'leaks', op: '<=', threshold: 2, text: 'leaks<=2' },
    ]);
  });

  it.each(['recall>=0.9', 'found>0.9', 'found>=', 'max:found>=0.9', ''])('rejects "%s"', (text) => {
    expect(parseRequirements(text).ok).toBe(false);
  });
});

describe('findShortfalls', () => {
  const metrics = (found: number, leaks = 0) => ({ ...metricsFromCounts(emptyCounts()), found, leaks });
  const total = { name: 'total', metrics: metrics(0.8, 3) };
  const stories = [{ name: 'river', metrics: metrics(0.9) }, { name: 'storm', metrics: metrics(0.7, 3) }];

  it('holds plain terms to the pooled total only', () => {
    expect(findShortfalls(parse('found>=0.75,leaks<=3'), total, stories)).toEqual([]);
    expect(findShortfalls(parse('found>=0.85,leaks<=2'), total, stories)).toEqual([
      'total: found=0.80 (needs found>=0.85)',
      'total: leaks=3 (needs leaks<=2)',
    ]);
  });

  it('holds min: terms to every story, naming each that falls short', () => {
    expect(findShortfalls(parse('min:found>=0.75'), total, stories)).toEqual(['storm: found=0.70 (needs min:found>=0.75)']);
  });
});
