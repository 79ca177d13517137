import { describe, expect, it } from 'vitest';

import { CURRENCY_ABBREVIATIONS, CURRENCY_BY_COUNTRY, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from './currencies';

describe('currencies', () => {
  // A label shows the currency's name; a code with no name would read "TNDs".
  it('names every currency it can read', () => {
    const read = new Set([...CURRENCY_CODES, ...CURRENCY_SYMBOLS.values(), ...DOLLAR_PREFIXES.values(), ...CURRENCY_ABBREVIATIONS.values(), ...CURRENCY_WORDS.values(), ...CURRENCY_BY_COUNTRY.values()]);
    expect([...read].filter((code) => !CURRENCY_NAMES[code])).toEqual([]);
  });
});
