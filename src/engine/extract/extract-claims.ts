/**
 * @module engine/extract
 * Finds every figure that counts or measures something in an article: an ordered list of extractors
 * (one per written form) followed by an ordered list of refiners (each takes drafts and returns drafts),
 * in the manner of chrono's parsers and refiners.
 */
import { parsePartialDate } from '../dates/calendar';
import { findTimeExpressions, type TimeExpression } from '../dates/find-time-expressions';
import { markNamedEvents } from '../frame/mark-named-events';
import { markOtherEvents } from '../frame/mark-other-events';
import { nameFireSites } from '../frame/name-fire-sites';
import { readFrames } from '../frame/read-frames';
import { attachAsOf } from '../refine/attach-as-of';
import { attachChange } from '../refine/attach-change';
import { attachQualifier } from '../refine/attach-qualifier';
import { attachRate } from '../refine/attach-rate';
import { attachSign } from '../refine/attach-sign';
import { dateFromEarlier } from '../refine/date-from-earlier';
import { dateOccasions } from '../refine/date-occasions';
import { mergeBounds } from '../refine/merge-bounds';
import { mergeRanges } from '../refine/merge-ranges';
import { rejectNonFigures } from '../refine/reject-non-figures';
import { rejectNonProse } from '../refine/reject-non-prose';
import { removeOverlaps } from '../refine/remove-overlaps';
import { findSpanIndex, splitParagraphs, splitSentences } from '../text/sentences';
import type { Claim, Source } from '../types';

import type { ClaimDraft, ExtractContext, Extractor, Refiner } from './draft';
import { approximationExtractor } from './find-approximations';
import { compoundMeasureExtractor } from './find-compound-measures';
import { findFigureSpans } from './find-figure-spans';
import { fractionExtractor } from './find-fractions';
import { findNonProse } from './find-non-prose';
import { numberWordsExtractor } from './find-number-words';
import { numeralExtractor } from './find-numerals';
import { toClaim } from './to-claim';

export const EXTRACTORS: readonly Extractor[] = [
  numeralExtractor,
  numberWordsExtractor,
  fractionExtractor,
  approximationExtractor,
  compoundMeasureExtractor,
];

/** Order matters: spans settle first, then what is not a figure goes, then each field is attached. */
export const REFINERS: readonly Refiner[] = [
  rejectNonProse,
  removeOverlaps,
  rejectNonFigures,
  attachSign,
  mergeRanges,
  attachQualifier,
  mergeBounds,
  attachChange,
  attachRate,
  attachAsOf,
  readFrames,
  dateFromEarlier,
  dateOccasions,
  markOtherEvents,
  markNamedEvents,
  nameFireSites,
];

/** The article's sentences and paragraphs; time expressions are added once the figures are known. */
export function createContext(source: Source): ExtractContext {
  const sentences = splitSentences(source.text);
  return {
    source,
    text: source.text,
    sentences,
    paragraphs: splitParagraphs(source.text),
    times: [],
    published: parsePartialDate(source.published),
    nonProse: findNonProse(source.text),
    figureSpans: findFigureSpans(source.text, sentences),
  };
}

/**
 * Time expressions of the sentences that hold a figure and of the opening sentences of their
 * paragraphs: the only places the refiners look, so most of the text is never scanned for dates.
 */
function findRelevantTimes(ctx: ExtractContext, drafts: ClaimDraft[]): TimeExpression[] {
  const wanted = new Set<number>();
  for (const d of drafts) {
    wanted.add(d.sentence.start);
    const p = ctx.paragraphs[findSpanIndex(ctx.paragraphs, d.start)];
    if (p) wanted.add(ctx.sentences[findSpanIndex(ctx.sentences, p.start)]?.start ?? d.sentence.start);
  }
  const times: TimeExpression[] = [];
  for (const s of ctx.sentences) {
    if (!wanted.has(s.start)) continue;
    for (const t of findTimeExpressions(ctx.text.slice(s.start, s.end), ctx.published)) {
      times.push({ ...t, start: t.start + s.start, end: t.end + s.start });
    }
  }
  return times;
}

/**
 * Runs one named stage of the extraction. The engine runs each stage as it is; the benchmark passes a runner
 * that times them, so the engine itself never reads a clock.
 */
export type StageRunner = <T>(name: string, run: () => T) => T;
const runStage: StageRunner = (_name, run) => run();

/**
 * Every figure of one article as claims, in text order.
 * e.g. "Bulgaria sent more than 100 soldiers." -> one claim { value: { low: 100, high: null }, unit: "soldier",
 * measure: "troops", subject: "Bulgaria" }.
 */
export function extractClaims(source: Source, stage: StageRunner = runStage): Claim[] {
  const ctx = stage('context', () => createContext(source));
  let drafts: ClaimDraft[] = [];
  for (const e of EXTRACTORS) drafts = drafts.concat(stage(`extract ${e.id}`, () => e.extract(ctx)));
  if (drafts.length === 0) return [];
  ctx.times = stage('time expressions', () => findRelevantTimes(ctx, drafts));
  for (const refine of REFINERS) drafts = stage(`refine ${refine.name}`, () => refine(ctx, drafts));
  return stage('to claims', () => drafts.map((d) => toClaim(ctx, d, drafts)));
}
