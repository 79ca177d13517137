import { COUNTRY_BY_NAME, PEOPLE_DEMONYMS } from '../lexicon/countries';
import {
  CURRENCY_WORDS, INVARIANT_NOUNS, MEASURE_UNITS, NP_STOP_WORDS, SCOPE_MODIFIERS, SKIP_MODIFIERS, looksPlural, singularize,
} from '../lexicon/units';

/** What follows a figure: its counted noun, the modifiers before it, and where the phrase ends. */
export interface NounPhrase {
  /** Singular, lower case ("police officer", "soldier"), or null when no noun follows. */
  head: string | null;
  currency: string | null;
  measureUnit: string | null;
  scope: string[];
  /** A country named inside the phrase ("three Serbian attackers" -> Serbia). */
  country: string | null;
  end: number;
}

const TOKEN = /\s*([A-Za-z][A-Za-z'’-]*|\S)/y;
/** Words that, before a plural noun, are part of its name ("police officers", "aid workers"). */
const COMPOUND_FIRST = new Set('police aid health rescue border security fire army defence defense election polling party peace'.split(' '));
const MEN_AND_WOMEN = /^\s*(?:men and women|women and men)\b/i;

/**
 * Reads the noun phrase after a figure: skips adjectives and demonyms, collects scope words
 * ("additional"), and takes the counted head noun. e.g. after "1000" in "1000 additional soldiers were
 * deployed" -> { head: "soldier", scope: ["additional"] }; after "120" in "120 euros per day" ->
 * { currency: "EUR", head: "euro per day" }.
 */
export function readNounPhrase(text: string, from: number, limit: number, number: number): NounPhrase {
  const np: NounPhrase = { head: null, currency: null, measureUnit: null, scope: [], country: null, end: from };
  const menWomen = MEN_AND_WOMEN.exec(text.slice(from, from + 24));
  if (menWomen) return { ...np, head: 'man and woman', end: from + menWomen[0].length };
  TOKEN.lastIndex = from;
  for (let i = 0; i < 6; i++) {
    const m = TOKEN.exec(text);
    if (!m || TOKEN.lastIndex > limit) break;
    const raw = m[1];
    const word = raw.toLowerCase().replace(/[’']s$/, '');
    if (!/^[a-z]/.test(word)) break;
    if (NP_STOP_WORDS.has(word)) break;
    const tokenEnd = TOKEN.lastIndex;
    const single = singularize(word);
    const currency = CURRENCY_WORDS.get(single) ?? CURRENCY_WORDS.get(word);
    if (currency) return { ...np, currency, head: single, end: tokenEnd };
    const measure = MEASURE_UNITS.get(single) ?? MEASURE_UNITS.get(word);
    if (measure) return { ...np, measureUnit: measure, head: measure, end: tokenEnd };
    const scope = SCOPE_MODIFIERS.get(word);
    if (scope) {
      np.scope.push(scope);
      np.end = tokenEnd;
      continue;
    }
    const country = COUNTRY_BY_NAME.get(word);
    if (country && /^[A-Z]/.test(raw)) {
      if (PEOPLE_DEMONYMS.has(word)) return { ...np, country, head: single, end: tokenEnd };
      np.country = country;
      np.end = tokenEnd;
      continue;
    }
    if (/^[A-Z]/.test(raw) && raw === raw.toUpperCase() && raw.length > 1) {
      np.end = tokenEnd;
      continue;
    }
    if (SKIP_MODIFIERS.has(word)) {
      np.end = tokenEnd;
      continue;
    }
    const isHead = looksPlural(word) || (number === 1 && !/(?:ed|ing|ly)$/.test(word)) || INVARIANT_NOUNS.has(word);
    if (!isHead) {
      if (/^[A-Z]/.test(raw)) break;
      np.end = tokenEnd;
      continue;
    }
    let head = single;
    let end = tokenEnd;
    const peek = TOKEN.exec(text);
    const nextWord = peek?.[1]?.toLowerCase() ?? '';
    if (peek && TOKEN.lastIndex <= limit && COMPOUND_FIRST.has(word) && /^[a-z]+$/.test(nextWord) && !NP_STOP_WORDS.has(nextWord)
      && (looksPlural(nextWord) || number === 1)) {
      head = `${word} ${singularize(nextWord)}`;
      end = TOKEN.lastIndex;
    }
    return { ...np, head, end };
  }
  return np;
}
