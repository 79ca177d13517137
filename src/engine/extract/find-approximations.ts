import { MULTIPLIER_VERBS, PLURAL_SCALES, VAGUE_COUNTS } from '../lexicon/fractions';
import { SCALE_WORDS } from '../lexicon/number-words';
import { findSpanIndex } from '../text/sentences';

import { newDraft, type ClaimDraft, type ExtractContext, type Extractor } from './draft';
import { matchesIn } from './find-figure-spans';

const PLURAL = [...PLURAL_SCALES.keys()].join('|');
/** "dozens of", "hundreds", "tens of thousands of", "hundreds of millions of". */
const PLURAL_SCALE = new RegExp(`\\b(${PLURAL})(?:\\s+of\\s+(thousands|millions|billions))?(\\s+of\\b)?`, 'gi');
/** "a few hundred", "several thousand", "many millions". */
const VAGUE = /\b(a few|few|several|many)\s+(dozen|hundred|thousand|million|billion)(s?)\b(\s+of\b)?/gi;
/** "doubled", "tripling", "halved", or the "fold" of "tenfold", "3-fold" (its factor is read backwards from there). */
const MULTIPLIER = new RegExp(`\\b(?:${[...MULTIPLIER_VERBS.keys()].join('|')})\\b|fold\\b`, 'gi');
const FOLD_FACTOR = /\b(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|hundred)[-\s]?$/i;
const FOLD_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, hundred: 100 };

/**
 * Approximate amounts as the lower bound they assert, and multiples stated as changes:
 * "dozens of people" (at least 24), "hundreds" (200), "tens of thousands" (20,000), "several thousand" (3,000),
 * "doubled" (2, an increase), "halved" (0.5, a decrease), "a tenfold rise" (10).
 */
export const approximationExtractor: Extractor = {
  id: 'approximations',
  extract(ctx: ExtractContext): ClaimDraft[] {
    const { text } = ctx;
    const drafts: ClaimDraft[] = [];
    const push = (start: number, end: number, value: number, qualifierText: string | null) => {
      const d = newDraft(start, end, value, 'words', ctx.sentences[findSpanIndex(ctx.sentences, start)] ?? { start, end });
      if (qualifierText) {
        d.qualifier = 'at-least';
        d.qualifierText = qualifierText;
      }
      drafts.push(d);
    };
    for (const m of matchesIn(text, ctx.figureSpans, PLURAL_SCALE)) {
      const first = (m[1] as string).toLowerCase();
      // "scores" and "tens" are scores and tens only before "of" ("scores of villages", "tens of thousands").
      if ((first === 'scores' || first === 'tens') && !m[2] && !m[3]) continue;
      if (first === 'tens' && !m[2]) continue;
      const base = 2 * (PLURAL_SCALES.get(first) as number);
      const times = m[2] ? (PLURAL_SCALES.get(m[2].toLowerCase()) as number) : 1;
      push(m.index, m.index + m[0].length, base * times, m[0].trim());
    }
    for (const m of matchesIn(text, ctx.figureSpans, VAGUE)) {
      const least = VAGUE_COUNTS.get((m[1] as string).toLowerCase()) as number;
      const scale = (m[2] as string).toLowerCase() === 'dozen' ? 12 : (SCALE_WORDS.get((m[2] as string).toLowerCase()) as number);
      push(m.index, m.index + m[0].length, least * scale, m[0].trim());
    }
    for (const m of matchesIn(text, ctx.figureSpans, MULTIPLIER)) {
      const verb = MULTIPLIER_VERBS.get(m[0].toLowerCase());
      const fold = verb ? null : FOLD_FACTOR.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const factor = verb?.factor ?? (fold ? Number(fold[1]) || FOLD_WORDS[(fold[1] as string).toLowerCase()] || 0 : 0);
      if (!factor) continue;
      const start = m.index - (fold ? fold[0].length : 0);
      const d = newDraft(start, m.index + m[0].length, factor, fold && /^\d/.test(fold[1] as string) ? 'digits' : 'words', ctx.sentences[findSpanIndex(ctx.sentences, start)] ?? { start, end: start });
      d.change = verb?.change ?? 'increase';
      drafts.push(d);
    }
    return drafts;
  },
};
