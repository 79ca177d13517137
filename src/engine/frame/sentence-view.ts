import type { ClaimDraft } from '../extract/draft';
import { markFigures, tokenize, type Token } from '../text/tokens';
import type { Span } from '../types';

/** Where a figure sits among its sentence's tokens. */
export interface FigureRef {
  /** Index of the figure's draft in the article's list of drafts. */
  draft: number;
  /** First and last token of the figure (the number with its scale, sign and unit suffix). */
  first: number;
  last: number;
}

/** One sentence that holds figures: its tokens and its figures in order. */
export interface SentenceView {
  span: Span;
  tokens: Token[];
  figures: FigureRef[];
}

const QUALIFIER_WORDS = new Set('more than over at least up to about around some nearly almost approximately roughly just under fewer less no as many much well some an estimated a total of the'.split(' '));

/**
 * Tokenizes each sentence that holds a figure once, and places its figures among the tokens.
 * e.g. "Police said 8,000 people took part" -> tokens [Police][said][8,000][people][took][part], figure at 2..2.
 */
export function buildSentenceViews(text: string, drafts: readonly ClaimDraft[]): SentenceView[] {
  const views: SentenceView[] = [];
  let current: SentenceView | null = null;
  let spans: Span[] = [];
  const flush = () => {
    if (!current) return;
    markFigures(current.tokens, spans);
    current.figures = current.figures.map((f, k) => {
      const own = current?.tokens.map((t, i) => (t.figure === k ? i : -1)).filter((i) => i >= 0) ?? [];
      return { ...f, first: own[0] ?? f.first, last: own[own.length - 1] ?? f.last };
    });
    views.push(current);
  };
  drafts.forEach((d, i) => {
    if (!current || current.span.start !== d.sentence.start) {
      flush();
      current = { span: d.sentence, tokens: tokenize(text, d.sentence), figures: [] };
      spans = [];
    }
    spans.push({ start: d.start, end: d.end });
    current.figures.push({ draft: i, first: 0, last: 0 });
  });
  flush();
  return views;
}

/** The first token of the figure's qualifier ("more than 4,500" -> "more"), or the figure's first token. */
export function qualifierStart(tokens: Token[], fig: FigureRef, qualifierText: string | null): number {
  if (!qualifierText) return fig.first;
  const n = qualifierText.trim().split(/\s+/).length;
  let i = fig.first;
  for (let k = 0; k < n && i > 0 && QUALIFIER_WORDS.has(tokens[i - 1]?.lower ?? ''); k++) i--;
  return i;
}
