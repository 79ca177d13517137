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
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\d'’.-]*[\p{L}\p{M}\d]|[\p{L}\p{M}]|\d[\d,.]*\d|\d|[^\s\p{L}\p{M}\d]/gu;

/**
 * The tokens of a span of text. Hyphenated and apostrophe words stay one token ("rebel-held",
 * "Turkey’s"), so lexicon lookups see whole words; figures are marked afterwards by `markFigures`.
 * e.g. "killed 15 people." -> [killed][15][people][.]
 */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0];
    const start = span.start + m.index;
    const first = raw.charCodeAt(0);
    // ASCII first: most tokens of English news never need the Unicode tests.
    const asciiLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    const kind = first >= 48 && first <= 57 ? 'number' : asciiLetter || (first > 127 && LETTER.test(raw[0] ?? '')) ? 'word' : 'punct';
    const lower = raw.toLowerCase();
    tokens.push({
      start,
      end: start + raw.length,
      text: raw,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      kind,
      capital: kind === 'word' && (asciiLetter ? first <= 90 : raw[0] !== raw[0]?.toLowerCase()),
      figure: -1,
    });
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
