import { describe, expect, it } from 'vitest';

import { foldWhitespace, locateFigure } from './locate-figure';

describe('locateFigure', () => {
  it('finds a figure when the analysed text wraps or doubles spaces the context does not', () => {
    const text = 'The town sent\n300  volunteers to the camp.';
    const span = locateFigure(foldWhitespace(text), 'sent 300 volunteers', '300');
    expect(span).toEqual([14, 17]);
    expect(text.slice(...(span as [number, number]))).toBe('300');
  });

  it('maps a figure spanning folded whitespace back to its full extent', () => {
    const text = 'between 5 and\n\n 10 boats';
    const span = locateFigure(foldWhitespace(text), 'between 5 and 10 boats', '5 and 10') as [number, number];
    expect(text.slice(...span)).toBe('5 and\n\n 10');
  });

  it('matches text in another Unicode normal form', () => {
    const text = 'Cafe\u0301 owners counted 12 tables.';
    expect(locateFigure(foldWhitespace(text), 'Café owners counted 12', '12')).toEqual([20, 22]);
  });

  it('returns null when the context is not in the text, or the surface not in the context', () => {
    expect(locateFigure(foldWhitespace('Nothing here.'), 'sent 300', '300')).toBeNull();
    expect(locateFigure(foldWhitespace('They sent 300.'), 'sent 300', '400')).toBeNull();
  });
});
