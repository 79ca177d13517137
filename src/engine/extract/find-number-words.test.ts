import { describe, expect, it } from 'vitest';

import { claimsIn, rounded, valuesIn } from './figure-test-helpers';

describe('number words: spelled-out and mixed numbers', () => {
  it.each([
    ['The court sentenced him to three years in prison.', [3]],
    ['Two dozen volunteers cleared the beach.', [24]],
    ['The old hall seats three hundred and two people.', [302]],
    ['She served two and a half years as mayor.', [2.5]],
    ['The fund is one and a half million short.', [1.5e6]],
    ['A million and a half visitors came that summer.', [1.5e6]],
    ['Forty-five minutes later the lights came back.', [45]],
    ['One thousand two hundred runners started the race.', [1200]],
    ['Prices climbed twenty percent over the winter.', [20]],
    ['Forecasters now expect minus five percent growth.', [-5]],
    ['Negotiations dragged on for a decade.', [10]],
    ['The refit will take half a year.', [0.5]],
    ['Passengers waited half an hour on the runway.', [0.5]],
    ['The talks had taken a year and a half already.', [1.5]],
    ['The flight lasted two hours and a half.', [2.5]],
    ['He served 3 years and a half in prison.', [3.5]],
    ['The bridge was closed for a century.', [100]],
    ['A six-mile detour added to the commute.', [6]],
    ['The three-day festival drew big crowds.', [3]],
    ['Ninety nine people signed.', [99]],
    // Two numbers side by side, or either side of a line break, are two numbers.
    ['Between five six people waited.', [5, 6]],
    ['Thirty forty people waited.', [30, 40]],
    ['three \n three', [3, 3]],
  ])('%j', (text, values) => {
    expect(valuesIn(text)).toEqual(rounded(values));
  });

  it.each([
    ['A 45-year-old man was arrested at the scene.', 45],
    ['The victim, aged 79, lived alone.', 79],
    ['Her 90-year-old neighbour was rescued.', 90],
  ])('reads a person\'s age as a figure of its own: %j', (text, age) => {
    expect(valuesIn(text)).toEqual([age]);
  });

  it('marks a spelled-out percentage as a percentage', () => {
    expect(claimsIn('Support fell to thirty percent.')[0]?.quantity).toBe('percent');
  });
});
