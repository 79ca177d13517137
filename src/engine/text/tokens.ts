import type { Span } from '../types';

/** A word, a number or a punctuation mark of a sentence, with its offsets in the article text. */
export interface Token {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  kind: 'word' | 'number' | 'punct';
  /** Starts with a capital letter. */
  capital: boolean;
  /** Index of the figure (draft) this token belongs to, or -1. */
  figure: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const letterCache = new Map<number, boolean>();

/** A letter or a combining mark, ASCII first: most characters of English news never need the Unicode test. */
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let known = letterCache.get(cp);
  if (known === undefined) letterCache.set(cp, (known = LETTER.test(String.fromCodePoint(cp))));
  return known;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (cp: number) => cp === 32 || (cp >= 9 && cp <= 13) || (cp > 127 && SPACE.test(String.fromCodePoint(cp)));
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** End of a word from `i`: letters, digits and inner ' ’ . - , ending on a letter or a digit ("rebel-held", "U.S"). */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + width(text.codePointAt(i) as number);
  let last = j;
  while (j < end) {
    const cp = text.codePointAt(j) as number;
    if (isLetter(cp) || isDigit(cp)) last = j += width(cp);
    else if (cp === 39 || cp === 0x2019 || cp === 46 || cp === 45) j++;
    else break;
  }
  return last;
}

/** End of a number from `i`: digits with inner commas and points, ending on a digit ("4,443", "1.27"). */
function numberEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  let last = j;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) last = ++j;
    else if (c === 44 || c === 46) j++;
    else break;
  }
  return last;
}

/**
 * The tokens of a span of text. Hyphenated and apostrophe words stay one token ("rebel-held",
 * "Turkey’s"), so lexicon lookups see whole words; figures are marked afterwards by `markFigures`.
 * A hand-written scan: it runs once per sentence that holds a figure, and a regular expression with
 * Unicode classes was a tenth of the engine's time.
 * e.g. "killed 15 people." -> [killed][15][people][.]
 */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  for (let i = span.start; i < span.end; ) {
    const cp = text.codePointAt(i) as number;
    if (isSpace(cp)) {
      i += width(cp);
      continue;
    }
    const letter = isLetter(cp);
    const digit = !letter && isDigit(cp);
    const end = letter ? wordEnd(text, i, span.end) : digit ? numberEnd(text, i, span.end) : i + width(cp);
    const raw = text.slice(i, end);
    const lower = raw.toLowerCase();
    tokens.push({
      start: i,
      end,
      text: raw,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      kind: digit ? 'number' : letter ? 'word' : 'punct',
      capital: letter && (cp < 128 ? cp <= 90 : raw[0] !== raw[0]?.toLowerCase()),
      figure: -1,
    });
    i = end;
  }
  return tokens;
}

/** Marks the tokens inside each figure's span with the figure's index. */
export function markFigures(tokens: Token[], figures: ReadonlyArray<Span>): void {
  let t = 0;
  figures.forEach((f, i) => {
    while (t < tokens.length && (tokens[t] as Token).end <= f.start) t++;
    for (let k = t; k < tokens.length && (tokens[k] as Token).start < f.end; k++) (tokens[k] as Token).figure = i;
  });
}

/** The word without a possessive ending: "turkey's" -> "turkey". */
export const stripPossessive = (lower: string) => lower.replace(/'s$|s'$/, (m) => (m === "s'" ? 's' : ''));

export const isPossessive = (t: Token | undefined) => Boolean(t && /(?:'s|s')$/.test(t.lower));
