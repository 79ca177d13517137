import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from '../lexicon/currencies';

/** Where an amount's currency is written and which it is. */
export interface CurrencyMark {
  code: string;
  /** The offset the figure's span starts (before the number) or ends (after it) at, sign included. */
  at: number;
  /** A single letter glued to the digits ("R1.2bn"): a currency only with a scale or decimals, else a code ("R2"). */
  weak?: boolean;
  /** "MEUR 120", "30 MUSD", "500 TEUR": a code with a scale letter, as financial reports write millions and thousands. */
  scale?: number;
}

const CODE_SCALES: Readonly<Record<string, number>> = { M: 1e6, k: 1e3, T: 1e3 };

/** "MEUR" -> EUR in millions; null when the word is no scaled ISO code. */
function scaledCode(word: string): { code: string; scale: number } | null {
  const scale = CODE_SCALES[word[0] ?? ''];
  const code = word.slice(1);
  return word.length === 4 && scale && CURRENCY_CODES.has(code) ? { code, scale } : null;
}

const LETTERS_BEFORE = /([A-Za-z]{1,4}\.?)\s?$/;

/**
 * The currency written right before a number at `start`: a sign ("$2bn", "€ 3"), a sign with a prefix
 * ("US$5", "HK$ 10", "Mex$"), an ISO code ("CHF 67 bn", "USD115") or an abbreviation ("Rs 500", "Rs. 2 crore").
 */
export function currencyBefore(text: string, start: number): CurrencyMark | null {
  const at = text[start - 1] === ' ' || text[start - 1] === '\u00a0' ? start - 2 : start - 1;
  const symbol = CURRENCY_SYMBOLS.get(text[at] ?? '');
  if (symbol) {
    if (text[at] !== '$') return { code: symbol, at };
    const prefix = /([A-Za-z]{1,3})\s?$/.exec(text.slice(Math.max(0, at - 4), at));
    const p = prefix?.[1] ?? '';
    // "A$5" is Australian; "a $5 bill" is not: only a prefix of two letters or more may be in lower case.
    const byPrefix = DOLLAR_PREFIXES.get(p) ?? (p.length >= 2 ? DOLLAR_PREFIXES.get(p.toUpperCase()) : undefined);
    // "US$5", "us $ 150": the prefix belongs to the sign only when it is a word of its own.
    if (prefix && byPrefix && !/[A-Za-z]/.test(text[at - 1 - (prefix[0] as string).length] ?? '')) return { code: byPrefix, at: at - (prefix[0] as string).length };
    return { code: symbol, at };
  }
  const letters = LETTERS_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  if (!letters) return null;
  const word = letters[1] as string;
  if (/[A-Za-z]/.test(text[start - letters[0].length - 1] ?? '')) return null;
  const scaled = scaledCode(word);
  if (scaled) return { code: scaled.code, at: start - letters[0].length, scale: scaled.scale };
  const code = CURRENCY_CODES.has(word) ? word : CURRENCY_ABBREVIATIONS.get(word);
  if (!code) return null;
  return word.length === 1 ? { code, at: start - letters[0].length, weak: true } : { code, at: start - letters[0].length };
}

/**
 * The currency written right after a number ending at `end`: a glued or spaced ISO code ("115USD", "300 EUR"
 * is left to the noun phrase), a sign ("20€", "50¢") or pence ("164p").
 */
export function currencyAfter(text: string, end: number): CurrencyMark | null {
  const next = text[end] ?? '';
  if (next === '¢') return { code: 'USX', at: end + 1 };
  const symbol = CURRENCY_SYMBOLS.get(next) ?? (next === ' ' && text[end + 2] !== undefined && !/[\w$]/.test(text[end + 2] ?? '') ? CURRENCY_SYMBOLS.get(text[end + 1] ?? '') : undefined);
  if (symbol && symbol !== 'USD') return { code: symbol, at: next === ' ' ? end + 2 : end + 1 };
  // "120 MEUR": a scaled code may stand apart, where a plain one is left to the noun phrase.
  const spaced = /^\s?([MkT][A-Z]{3})(?![\w])/.exec(text.slice(end, end + 6));
  const scaled = spaced ? scaledCode(spaced[1] as string) : null;
  if (spaced && scaled) return { code: scaled.code, at: end + spaced[0].length, scale: scaled.scale };
  const glued = /^([A-Za-z]+)(?![\w])/.exec(text.slice(end, end + 5));
  if (!glued) return null;
  const word = glued[1] as string;
  if (CURRENCY_CODES.has(word)) return { code: word, at: end + word.length };
  if (word === 'p') return { code: 'GBX', at: end + 1 };
  return null;
}
