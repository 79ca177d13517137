import { describe, expect, it } from 'vitest';

import { writtenValue, type WrittenInput } from './written-value';

/** A claim inside its quote: `figure` is found in `quote` and becomes the surface. */
function claim(quote: string, figure: string, over: Partial<WrittenInput> = {}): WrittenInput {
  const start = quote.indexOf(figure);
  return {
    surface: figure, number: Number(figure.replace(/[^\d.]/g, '')) || 0, qualifier: 'exact', qualifierText: null, quantity: 'count', unit: null,
    start: 1000 + start, end: 1000 + start + figure.length, sentence: { start: 1000, end: 1000 + quote.length }, quote, ...over,
  };
}

describe('writtenValue', () => {
  it.each<[string, WrittenInput, string]>([
    ['qualifier and unit from the text around the figure', claim('KFOR had about 39,000 personnel in 2002.', '39,000', { qualifier: 'about', qualifierText: 'about', unit: 'personnel' }), 'about 39,000 personnel'],
    ['a plural unit as written', claim('More than 4,500 troops from 27 countries serve.', '4,500', { qualifier: 'more-than', qualifierText: 'More than', unit: 'troop' }), 'More than 4,500 troops'],
    ['an irregular plural as written', claim('It began with about 50,000 men and women.', '50,000', { qualifier: 'about', qualifierText: 'about', unit: 'man and woman' }), 'about 50,000 men and women'],
    ['a unit not next to the figure is built from the claim', claim('Bulgaria sent 100 Bulgarian soldiers.', '100', { unit: 'soldier' }), '100 soldiers'],
    ['a singular count keeps the singular', claim('One soldier was hurt.', 'One', { number: 1, unit: 'soldier' }), 'One soldier'],
    ['a surface that already holds qualifier and unit is kept as is', claim('some 1,000 troops arrived', 'some 1,000 troops', { qualifier: 'about', qualifierText: 'some', unit: 'troop' }), 'some 1,000 troops'],
    ['a qualifier known only by kind gets its usual words', claim('The toll passed 300 yesterday.', '300', { qualifier: 'more-than', unit: 'person' }), 'more than 300 people'],
    ['percentages get no unit word', claim('Turnout was 45% in May.', '45%', { quantity: 'percent', unit: 'percent' }), '45%'],
    ['basis points keep their unit as written', claim('The bank lifted its rate by 25 basis points.', '25', { quantity: 'percent', unit: 'basis point' }), '25 basis points'],
    ['money takes its currency only as written', claim('It cost 3 billion euros.', '3 billion', { quantity: 'money', unit: 'euro' }), '3 billion euros'],
    ['a measure never gets a made-up unit', claim('The queue was 20 km long.', '20 km', { quantity: 'measure', unit: 'kilometre' }), '20 km'],
    ['a quote that does not hold the figure falls back to the claim', { ...claim('x', 'x'), surface: '120', number: 120, unit: 'soldier', quote: 'other text' }, '120 soldiers'],
  ])('%s', (_name, input, expected) => {
    expect(writtenValue(input)).toBe(expected);
  });
});
