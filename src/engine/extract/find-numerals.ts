import { VULGAR_FRACTIONS } from '../lexicon/fractions';
import { SCALE_SUFFIXES, SCALE_WORDS } from '../lexicon/number-words';
import { findSpanIndex } from '../text/sentences';

import { newDraft, type ClaimDraft, type ExtractContext, type Extractor } from './draft';
import { matchesIn } from './find-figure-spans';
import { currencyAfter, currencyBefore } from './read-currency';
import { gluedUnitLength, isMetreContext } from './read-glued-unit';
import { percentTail } from './read-tail';

/** Thousands grouped by commas or, as many outlets print them, by spaces ("2 170 acres", "1 000"). */
const NUMERAL = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)|\d+(?:[.,]\d+)*/g;
const GROUPED = /^\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:\.\d+)?$/;
/** Lakh grouping of South Asian outlets: "12,34,567.89". */
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const SCALE_AFTER = /^(?:(k|mn|mln|mil|bn|bln|b|tn|trn|m)(?![A-Za-z\d²³])|\s(mn|mln|bn|bln|tn|trn)\b|[\s-]?(hundred|thousand|million|billion|trillion|lakhs?|crores?)\b)/i;

/** Why a number with `before` right before it is part of something else: a code, a date, a version, a fraction. */
function gluedBefore(text: string, start: number): boolean {
  const before = text[start - 1] ?? ' ';
  const before2 = text[start - 2] ?? ' ';
  if (before === '.' || before === ':' || before === '#' || before === '@' || before === '_') return true;
  if (before === '/' && /[A-Za-z0-9]/.test(before2)) return true;
  // "COVID-19", "F-16" are names; "5k-20k" is a range; "2023-24" and "1995-01" are a season and a month.
  if (before === '-' && /[A-Za-z]/.test(before2)) return !/\d(?:k|m|bn|b)-$/i.test(text.slice(Math.max(0, start - 4), start));
  // "scp2-173m", "AB12-400": a number after a code of letters and digits is part of the code.
  if (before === '-' && /[A-Za-z]\d+-$/.test(text.slice(Math.max(0, start - 8), start))) return true;
  if (before === '-' && /(?:^|[^\d])(?:19|20)\d\d-$/.test(text.slice(Math.max(0, start - 6), start))) return true;
  return /[A-Za-z]/.test(before) && currencyBefore(text, start) === null;
}

/** Clock times, ordinals, fractions and dates in digits: "10:30", "5pm", "18th", "1/4" (read by the fraction finder). */
function notAnAmount(after: string): boolean {
  return /^\/\d/.test(after) || /^:\d/.test(after) || /^(?:st|nd|rd|th)\b/i.test(after) || /^\s?(?:a\.?m\.?|p\.?m\.?)(?![a-z])/i.test(after);
}

/**
 * Numerals written in digits: "4,443", "1.27 million", "2.8m", "$2bn", "15%", "€3.5 billion", "3½", "164p",
 * "115USD", "256GB", "40C". Drops shapes that are not quantities: "2.1.3" (versions), "COVID-19", "F-16",
 * "G20", "5G", "18th", "5pm", "1990s", "24703m212".
 */
export const numeralExtractor: Extractor = {
  id: 'numerals',
  extract(ctx: ExtractContext): ClaimDraft[] {
    const { text } = ctx;
    const drafts: ClaimDraft[] = [];
    for (const m of matchesIn(text, ctx.figureSpans, NUMERAL)) {
      const raw = m[0];
      let start = m.index;
      let end = start + raw.length;
      if (!PLAIN.test(raw) && !GROUPED.test(raw) && !INDIAN.test(raw)) continue;
      // ".5%", "($.25)": a decimal written without its leading zero.
      const bareDecimal = text[start - 1] === '.' && /^\d+$/.test(raw) && /^(?:[\s($€£]|)$/.test(text[start - 2] ?? '') && !/\d/.test(text[start - 3] ?? '');
      if (bareDecimal) start -= 1;
      else if (gluedBefore(text, start)) continue;
      let after = text.slice(end, end + 24);
      if (notAnAmount(after)) continue;
      let value = bareDecimal ? Number(`0.${raw}`) : Number(raw.replace(/[,\s\u00a0\u202f]/g, ''));
      if (!Number.isFinite(value)) continue;
      const vulgar = VULGAR_FRACTIONS.get(after[0] ?? '');
      if (vulgar !== undefined) {
        value += vulgar;
        end += 1;
        after = after.slice(1);
      }
      let percent = percentTail(after);
      let scale = 1;
      const tail = percent ? null : SCALE_AFTER.exec(after);
      // "221B Baker Street": a one-letter scale before a name is a house number's letter.
      const letterBeforeName = tail?.[1]?.length === 1 && /^\s+[A-Z]/.test(after.slice(1)) && !currencyBefore(text, start);
      if (tail && !letterBeforeName && !(tail[1]?.toLowerCase() === 'm' && isMetreContext(text, m.index, end + 1))) {
        const word = (tail[1] ?? tail[2] ?? tail[3] ?? '').toLowerCase();
        scale = SCALE_SUFFIXES.get(word) ?? SCALE_WORDS.get(word) ?? SCALE_WORDS.get(word.replace(/s$/, '')) ?? 1;
        end += tail[0].length;
        after = text.slice(end, end + 24);
        // "1.5 lakh crore" is 1.5 x 100,000 x 10,000,000.
        const second = /^\s(lakh|crore|thousand|million|billion)\b/i.exec(after);
        if (second && scale < 1e9) {
          scale *= SCALE_WORDS.get((second[1] as string).toLowerCase()) ?? 1;
          end += second[0].length;
          after = text.slice(end, end + 24);
        }
        percent = percentTail(after);
      }
      end += percent;
      const inFront = currencyBefore(text, start);
      if (inFront?.weak && scale === 1 && !/[.,]/.test(raw)) continue;
      const behind = inFront || percent ? null : currencyAfter(text, end);
      if (!percent && !behind && scale === 1 && /^[A-Za-z°µ]/.test(after) && gluedUnitLength(after) === 0) continue;
      if (inFront) start = inFront.at;
      if (behind) end = behind.at;
      const sentence = ctx.sentences[findSpanIndex(ctx.sentences, m.index)] ?? { start: m.index, end };
      // "MEUR 120", "30 MUSD": the code carries the scale.
      if (scale === 1) scale = inFront?.scale ?? behind?.scale ?? 1;
      const draft = newDraft(start, end, value * scale, 'digits', sentence);
      draft.percent = percent > 0;
      draft.scale = scale;
      draft.currency = inFront?.code ?? behind?.code ?? null;
      drafts.push(draft);
    }
    return drafts;
  },
};
