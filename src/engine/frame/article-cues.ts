import { DURATION_WORDS, MEASURE_WORDS } from '../lexicon/measures';
import { singularize } from '../lexicon/nouns';
import type { Token } from '../text/tokens';

/** What the whole article says that a figure's reading depends on, read once per article. */
export interface ArticleCues {
  /** The figure's paragraph is about soldiers ("4,443 personnel" are troops). */
  military: boolean;
  /** The article speaks of a death or of violence anywhere: otherwise "victims" are not the dead. */
  deathsMentioned: boolean;
  /** Nouns the article shows to be money by converting them: "24.8 billion tallars ($2.36 billion)". */
  currencies: ReadonlySet<string>;
}

/** Words of death or violence: without any in the article, "victims" are not the dead. */
const DEATH_WORDS = /\b(?:died|dies|dead|death|deaths|killed|killing|kills|fatal|fatalities|bodies|perished|toll|murdered|drowned|attack|attacks|bomb|bombing|blast|explosion|shooting|massacre|crash|collision|earthquake|flood|floods|storm|fire|war)\b/i;

/** "24.8 billion tallars ($2.36 billion)", "2.4 billion lumeri (1.03 billion euros)": a noun after an amount, converted in brackets into a known currency. */
const CONVERTED_NOUN = /\d(?:[\d.,]*\d)?\s*(?:million|billion|trillion|bn|m)?\s+([a-z]+?)s?\s*\((?:about |around |roughly |some |nearly |approximately )?(?:(?:[$€£¥₹]|US\$|USD|EUR|GBP)\s?\d|\d(?:[\d.,]*\d)?\s*(?:million|billion|trillion|bn|m)?\s+(?:euros?|dollars?|US dollars?|pounds? sterling|pounds?)\b)/g;
/** "$18.5 million (2.4 billion lumeri)", "$24 million, or roughly 3.1 billion lumeri": the other way round. */
const CONVERTED_INTO_NOUN = /(?:[$€£¥₹]|US\$)\s?\d(?:[\d.,]*\d)?\s*(?:million|billion|trillion|bn|m)?(?:\s+[a-z]+)?\s*(?:\(|,\s*(?:or|equivalent to|about)\s+)(?:about |around |roughly |some |nearly |approximately )?\d(?:[\d.,]*\d)?\s*(?:million|billion|trillion|bn|m)?\s+([a-z]+?)s?\b(?!\s+[a-z])/g;
/** An amount converted, either way round: the cheap test before the two scans above. */
const BRACKETED_MONEY = /(?:\(|,\s*(?:or|equivalent to|about)\s+)(?:about |around |roughly |some |nearly |approximately )?(?:[$€£¥₹]|US\$|USD|EUR|GBP|\d[\d.,]*\s*(?:million|billion|trillion|bn|m)?\s+[a-z]+)/;
/** Things valued in money, not money themselves: "5 million shares ($20 million)". */
const VALUED = new Set('share stock bond barrel tonne ton ounce unit ticket dose vehicle car copy acre hectare option warrant coin'.split(' '));

/** Nouns converted into or out of a known currency: a currency the lexicon lacks is still money. */
function convertedNouns(text: string): ReadonlySet<string> {
  if (!BRACKETED_MONEY.test(text)) return new Set();
  const nouns = [...text.matchAll(CONVERTED_NOUN), ...text.matchAll(CONVERTED_INTO_NOUN)].map((m) => m[1] as string);
  return new Set(nouns.filter((w) => !MEASURE_WORDS.has(w) && !DURATION_WORDS.has(w) && !VALUED.has(w)));
}

/** The cues of an article's whole text; `military` is per paragraph and set by the caller. */
export const readArticleCues = (text: string): Omit<ArticleCues, 'military'> => ({ deathsMentioned: DEATH_WORDS.test(text), currencies: convertedNouns(text) });

/** The word after a figure when the article has shown it to be money: "2.4 billion lumeri", "412 billion tallars". */
export function localCurrency(t: Token | undefined, currencies: ReadonlySet<string>): string | null {
  if (!t || t.kind !== 'word' || currencies.size === 0) return null;
  const w = currencies.has(t.lower) ? t.lower : singularize(t.lower);
  return currencies.has(w) ? w : null;
}
