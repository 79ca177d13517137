import { CURRENCY_CODES, CURRENCY_SYMBOLS } from '../lexicon/currencies';
import { SCALE_SUFFIXES, SCALE_WORDS } from '../lexicon/number-words';
import { findSpanIndex } from '../text/sentences';

import { newDraft, type ClaimDraft, type ExtractContext, type Extractor } from './draft';

/** Thousands grouped by commas or, as many outlets print them, by spaces ("2 170 acres", "1 000"). */
const NUMERAL = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)|\d+(?:[.,]\d+)*/g;
const GROUPED = /^\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const AFTER = /^(?:\s?(%|per ?cent\b|percent\b))?(?:(k|mn|mln|bn|b|tn|trn|m)\b|\s(mn|mln|bn|tn|trn)\b|[\s-](hundred|thousand|million|billion|trillion)\b)?(?:\s?(%|per ?cent\b|percent\b))?/i;

/**
 * Numerals written in digits: "4,443", "1.27 million", "2.8m", "$2bn", "15%", "€3.5 billion".
 * Drops shapes that are not quantities: "2.1.3" (versions), "COVID-19", "F-16", "G20", "18th", "5pm".
 */
export const numeralExtractor: Extractor = {
  id: 'numerals',
  extract(ctx: ExtractContext): ClaimDraft[] {
    const { text } = ctx;
    const drafts: ClaimDraft[] = [];
    NUMERAL.lastIndex = 0;
    for (let m = NUMERAL.exec(text); m; m = NUMERAL.exec(text)) {
      const raw = m[0];
      let start = m.index;
      let end = start + raw.length;
      if (!GROUPED.test(raw) && !PLAIN.test(raw)) continue;
      const before = text[start - 1] ?? ' ';
      const before2 = text[start - 2] ?? ' ';
      if (/[A-Za-z_]/.test(before)) continue;
      if (before === '/' && /[A-Za-z0-9]/.test(before2)) continue;
      if (before === '-' && /[A-Za-z]/.test(before2)) continue;
      if (before === '.' || before === ':' || before === '#') continue;
      const after = text.slice(end, end + 14);
      if (/^\/\d/.test(after)) continue;
      if (/^(?:st|nd|rd|th)\b/i.test(after) || /^\s?(?:a\.?m\.?|p\.?m\.?)(?![a-z])/i.test(after) || /^:\d/.test(after)) continue;
      let value = Number(raw.replace(/[,\s\u00a0\u202f]/g, ''));
      if (!Number.isFinite(value)) continue;
      const tail = AFTER.exec(after);
      let percent = false;
      if (tail && tail[0]) {
        percent = Boolean(tail[1] || tail[5]);
        const suffix = tail[2] ?? tail[3];
        const scale = suffix ? SCALE_SUFFIXES.get(suffix.toLowerCase()) : tail[4] ? SCALE_WORDS.get(tail[4].toLowerCase()) : undefined;
        if (scale && scale !== 100) value *= scale;
        end += tail[0].length;
      } else if (/^[A-Za-z]/.test(after) && !/^(?:km|kg|mph|m2|s\b)/i.test(after)) {
        continue;
      }
      let currency: string | null = null;
      const symbolAt = before === ' ' ? start - 2 : start - 1;
      const symbol = CURRENCY_SYMBOLS.get(text[symbolAt] ?? '');
      if (symbol) {
        currency = /US\$$/.test(text.slice(symbolAt - 2, symbolAt + 1)) ? 'USD' : symbol;
        start = symbolAt;
      } else {
        // "CHF 67 bn", "USD 5m": an ISO code written before the amount.
        const code = /\b([A-Z]{3})\s?$/.exec(text.slice(Math.max(0, start - 4), start))?.[1];
        if (code && CURRENCY_CODES.has(code)) {
          currency = code;
          start -= text.slice(Math.max(0, start - 4), start).length - text.slice(Math.max(0, start - 4), start).indexOf(code);
        }
      }
      const sentenceIndex = findSpanIndex(ctx.sentences, m.index);
      const sentence = ctx.sentences[sentenceIndex] ?? { start: m.index, end };
      const draft = newDraft(start, end, value, 'digits', sentence);
      draft.percent = percent;
      draft.currency = currency;
      drafts.push(draft);
    }
    return drafts;
  },
};
