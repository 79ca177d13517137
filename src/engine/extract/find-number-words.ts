import { NUMBER_WORDS_PATTERN, parseNumberWords } from '../lexicon/number-words';
import { findSpanIndex } from '../text/sentences';

import { newDraft, type ClaimDraft, type ExtractContext, type Extractor } from './draft';
import { matchesIn } from './find-figure-spans';
import { hyphenUnitAfter, percentTail } from './read-tail';

/** Durations named by one word, as the number of the unit they are usually counted in: "a decade" is 10 years. */
const DURATION_PHRASE = /\b(?:(?:a|one)\s+(decade|century)|half\s+an?\s+(hour|day|week|year|month|century|decade)|(decade|century)(?=-long\b))\b/gi;
const YEARS_IN: Readonly<Record<string, number>> = { decade: 10, century: 100 };
/** "a year and a half", "two hours and a half": a whole number of a unit and half of one more. */
const AND_A_HALF = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)\s+and\s+a\s+half\b/gi;

const ONES_OR_TEENS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/i;
const TENS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/i;

/**
 * A run split at each "and" that joins two numbers rather than the parts of one: "ten and fifteen" is two
 * numbers; "three hundred and two", "two and a half" are one. Also split where one number ends and the next
 * begins with nothing to join them ("five six", "three\nthree": no figure runs across a line). Each part with
 * its offset in the run.
 */
function ownRuns(run: string): Array<{ text: string; at: number }> {
  const cuts: Array<{ at: number; next: number }> = [];
  for (const m of run.matchAll(/\s+and\s+/gi)) {
    const before = /(\w+)$/.exec(run.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
    if (/^(?:hundred|thousand|million|billion|trillion|lakh|crore|dozen)$/.test(before) || /^an?\s+half/i.test(run.slice(m.index + m[0].length))) continue;
    cuts.push({ at: m.index, next: m.index + m[0].length });
  }
  for (const m of run.matchAll(/(\w+)([\s-]+)(?=(\w+))/g)) {
    const [prev, gap, next] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    const endsNumber = ONES_OR_TEENS.test(prev) ? ONES_OR_TEENS.test(next) || TENS.test(next) : TENS.test(prev) && (TENS.test(next) || /teen$|^(?:ten|eleven|twelve)$/i.test(next));
    if (gap.includes('\n') || endsNumber) cuts.push({ at: m.index + prev.length, next: m.index + prev.length + gap.length });
  }
  cuts.sort((a, b) => a.at - b.at);
  const parts: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.at < from) continue;
    parts.push({ text: run.slice(from, cut.at), at: from });
    from = cut.next;
  }
  parts.push({ text: run.slice(from), at: from });
  return parts;
}

/**
 * Numbers written in words: "three", "twenty-five", "eleven thousand", "two dozen", "half a million",
 * "two and a half", "twenty percent", "a decade" (10 years), "half a year" (0.5). A bare "a"/"an" is never
 * a number, and "one" as a pronoun ("no one", "one of") is dropped later by the refiners.
 */
export const numberWordsExtractor: Extractor = {
  id: 'number-words',
  extract(ctx: ExtractContext): ClaimDraft[] {
    const { text } = ctx;
    const drafts: ClaimDraft[] = [];
    const sentenceOf = (start: number, end: number) => ctx.sentences[findSpanIndex(ctx.sentences, start)] ?? { start, end };
    const addRun = (start: number, run: string) => {
      const value = parseNumberWords(run);
      // A bare scale ("billion" after an amount that is not one, "dozen eggs") counts nothing by itself.
      if (value === null || /^(?:an?$|(?:hundred|thousand|million|billion|trillion|lakh|crore|dozen)\b)/i.test(run.trim())) return;
      let end = start + run.length;
      // "COVID-nineteen" or "one-time": glued to something that is not a unit ("six-mile", "three-day" are).
      if (/[-\d]/.test(text[start - 1] ?? '')) return;
      const after = text.slice(end, end + 24);
      if (text[end] === '-' && /[a-z]/i.test(text[end + 1] ?? '') && !hyphenUnitAfter(after)) return;
      const percent = percentTail(after);
      end += percent;
      const draft = newDraft(start, end, value, 'words', sentenceOf(start, end));
      draft.percent = percent > 0;
      drafts.push(draft);
    };
    for (const m of matchesIn(text, ctx.figureSpans, NUMBER_WORDS_PATTERN)) {
      for (const run of ownRuns(m[0])) addRun(m.index + run.at, run.text);
    }
    for (const m of matchesIn(text, ctx.figureSpans, DURATION_PHRASE)) {
      // "a decade" is 10 years; "half a decade" 5 years; "half an hour" 0.5 hours.
      // "his decade-long grip on power": a decade without its article.
      const whole = (m[1] ?? m[3])?.toLowerCase();
      const half = m[2]?.toLowerCase() ?? '';
      const value = whole ? (YEARS_IN[whole] ?? 1) : (YEARS_IN[half] ?? 1) / 2;
      const end = m.index + m[0].length;
      drafts.push(newDraft(m.index, end, value, 'words', sentenceOf(m.index, end)));
    }
    for (const m of /\band\s+a\s+half\b/i.test(text) ? matchesIn(text, ctx.figureSpans, AND_A_HALF) : []) {
      const count = m[1] as string;
      const whole = /^\d/.test(count) ? Number(count) : /^an?$/i.test(count) ? 1 : parseNumberWords(count) ?? 1;
      const end = m.index + m[0].length;
      drafts.push(newDraft(m.index, end, whole + 0.5, /^\d/.test(count) ? 'digits' : 'words', sentenceOf(m.index, end)));
    }
    return drafts;
  },
};
