import type { PartialDate } from '../dates/calendar';
import type { TimeExpression } from '../dates/find-time-expressions';
import type { AsOfBasis, ChangeKind, ClaimFrame, DatePrecision, LinkKind, Qualifier, QuantityKind, Source, Span } from '../types';

/** What every extractor and refiner can read about the article being analysed. */
export interface ExtractContext {
  source: Source;
  text: string;
  sentences: Span[];
  paragraphs: Span[];
  times: TimeExpression[];
  published: PartialDate | null;
  /** Web and e-mail addresses and code: no figure is read inside them. */
  nonProse: Span[];
  /** Runs of sentences that may hold a figure (`findFigureSpans`): the only text the extractors scan. */
  figureSpans: Span[];
}

/** A figure on its way to becoming a Claim: extractors fill the number, refiners the rest. */
export interface ClaimDraft {
  /** The figure's span: the number, with its currency sign, scale and percent sign. */
  start: number;
  end: number;
  number: number;
  /** Upper end of a range ("180 to 200"); null otherwise. */
  rangeHigh: number | null;
  /** The scale written with the number ("3 million" -> 1e6, "$2bn" -> 1e9), 1 when none: "3 to 4 million" scales both. */
  scale: number;
  written: 'digits' | 'words';
  currency: string | null;
  percent: boolean;
  qualifier: Qualifier;
  qualifierText: string | null;
  quantity: QuantityKind;
  unit: string | null;
  measure: string | null;
  subject: string | null;
  /** "rose 19 cents": the figure is a change, not a level; null for a level. */
  change: ChangeKind | null;
  /** "€120 per day" -> "day"; null when the figure is not a rate. */
  rate: string | null;
  scope: string[];
  /** Where the counted noun phrase ends (for subject and scope search); `end` when there is none. */
  phraseEnd: number;
  /** The noun was elided and taken from the figure before ("then to 17,500"): so are its subject and scope. */
  elided: boolean;
  /** A country named inside the noun phrase ("Bulgarian soldiers"). */
  phraseCountry: string | null;
  sentence: Span;
  asOf: string | null;
  asOfPrecision: DatePrecision | null;
  asOfText: string | null;
  asOfBasis: AsOfBasis;
  /** What the figure means; its link points at another draft of the same article until claims get ids. */
  frame: DraftFrame;
}

export interface DraftFrame extends Omit<ClaimFrame, 'link'> {
  link: { draft: number; kind: LinkKind } | null;
}

export const emptyFrame = (): DraftFrame => ({
  family: null, event: null, estimate: false, place: null, part: [], attribution: null, otherEvent: null, link: null,
  compareUnit: null, compareValue: null, compareTolerance: 0, cues: [],
});

export function newDraft(start: number, end: number, number: number, written: 'digits' | 'words', sentence: Span): ClaimDraft {
  return {
    start, end, number, rangeHigh: null, scale: 1, written, currency: null, percent: false,
    qualifier: 'exact', qualifierText: null, quantity: 'count', unit: null, measure: null, subject: null, change: null, rate: null, scope: [],
    phraseEnd: end, elided: false, phraseCountry: null, sentence,
    asOf: null, asOfPrecision: null, asOfText: null, asOfBasis: 'unknown', frame: emptyFrame(),
  };
}

/** An extractor finds figures of one written form in the whole text. */
export interface Extractor {
  id: string;
  extract(ctx: ExtractContext): ClaimDraft[];
}

/** A refiner takes drafts and returns drafts: attaches a field, or drops what is not a figure. */
export type Refiner = (ctx: ExtractContext, drafts: ClaimDraft[]) => ClaimDraft[];
