import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { analyze } from '../pipeline';
import { toSource } from '../pipeline';

import { extractClaims } from './extract-claims';

const NUMBER_WORD = /\d|[\u00bc-\u00be\u2150-\u215e]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|halv|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|twelfth|doubl|tripl|trebl|quadrupl|fold|decade|century|scores/i;

/** Text that looks like news: words, numbers, qualifiers, dates, punctuation and arbitrary Unicode. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('more than', 'about', 'up to', 'troops', 'soldiers', 'in June 2003', 'Bulgaria', 'three', 'half a million', ',', '.', '\n', '–', '$', '%', 'between'),
      fc.integer({ min: 0, max: 5_000_000 }).map((n) => n.toLocaleString('en-US')),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

const source = (text: string, published: string | null = '2024-03') => toSource({ file: 'p.md', title: 'p', outlet: 'o', published, url: null, text });

describe('extractClaims properties', () => {
  it('never throws on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      extractClaims(source(text));
    }), { numRuns: 300 });
  });

  it('gives spans inside the text that cover a number', () => {
    fc.assert(fc.property(newsish, (text) => {
      for (const c of extractClaims(source(text))) {
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeLessThanOrEqual(text.length);
        expect(c.start).toBeLessThan(c.end);
        expect(text.slice(c.start, c.end)).toBe(c.surface);
        expect(c.surface).toMatch(NUMBER_WORD);
        expect(c.sentence.start).toBeLessThanOrEqual(c.start);
        expect(c.sentence.end).toBeGreaterThanOrEqual(Math.min(c.end, c.sentence.start + 400));
      }
    }), { numRuns: 300 });
  });

  it('is deterministic: the same articles give the same analysis', () => {
    fc.assert(fc.property(fc.array(newsish, { minLength: 1, maxLength: 4 }), (texts) => {
      const articles = texts.map((text, i) => ({ file: `${i}.md`, title: `t${i}`, outlet: `o${i % 2}`, published: '2024-01', url: null, text }));
      expect(analyze(articles)).toEqual(analyze(articles));
    }), { numRuns: 100 });
  });
});
