/**
 * @module engine/extract
 * Finds every figure that counts or measures something in an article: an ordered list of extractors
 * (one per written form) followed by an ordered list of refiners (each takes drafts and returns drafts),
 * in the manner of chrono's parsers and refiners.
 */
import { parsePartialDate } from '../dates/calendar';
import { findTimeExpressions } from '../dates/find-time-expressions';
import { attachAsOf } from '../refine/attach-as-of';
import { attachQualifier } from '../refine/attach-qualifier';
import { attachScope } from '../refine/attach-scope';
import { attachSubject } from '../refine/attach-subject';
import { attachUnit } from '../refine/attach-unit';
import { mergeRanges } from '../refine/merge-ranges';
import { rejectNonFigures } from '../refine/reject-non-figures';
import { removeOverlaps } from '../refine/remove-overlaps';
import { splitParagraphs, splitSentences } from '../text/sentences';
import type { Claim, Source } from '../types';

import type { ExtractContext, Extractor, Refiner } from './draft';
import { numberWordsExtractor } from './find-number-words';
import { numeralExtractor } from './find-numerals';
import { toClaim } from './to-claim';

export const EXTRACTORS: readonly Extractor[] = [numeralExtractor, numberWordsExtractor];

/** Order matters: spans settle first, then what is not a figure goes, then each field is attached. */
export const REFINERS: readonly Refiner[] = [
  removeOverlaps,
  rejectNonFigures,
  mergeRanges,
  attachQualifier,
  attachUnit,
  attachScope,
  attachSubject,
  attachAsOf,
];

export function createContext(source: Source): ExtractContext {
  const published = parsePartialDate(source.published);
  return {
    source,
    text: source.text,
    sentences: splitSentences(source.text),
    paragraphs: splitParagraphs(source.text),
    times: findTimeExpressions(source.text, published),
    published,
  };
}

/**
 * Every figure of one article as claims, in text order.
 * e.g. "Bulgaria sent more than 100 soldiers." -> one claim { value: { low: 100, high: null }, unit: "soldier",
 * measure: "troops", subject: "Bulgaria" }.
 */
export function extractClaims(source: Source): Claim[] {
  const ctx = createContext(source);
  let drafts = EXTRACTORS.flatMap((e) => e.extract(ctx));
  for (const refine of REFINERS) drafts = refine(ctx, drafts);
  return drafts.map((d) => toClaim(ctx, d));
}
