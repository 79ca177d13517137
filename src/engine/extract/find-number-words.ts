import { NUMBER_WORDS_PATTERN, parseNumberWords } from '../lexicon/number-words';
import { findSpanIndex } from '../text/sentences';

import { newDraft, type ClaimDraft, type ExtractContext, type Extractor } from './draft';

/**
 * Numbers written in words: "three", "twenty-five", "eleven thousand", "two dozen", "half a million".
 * A bare "a"/"an" is never a number, and "one" as a pronoun ("no one", "one of") is dropped later
 * by the refiners that require a counted noun.
 */
export const numberWordsExtractor: Extractor = {
  id: 'number-words',
  extract(ctx: ExtractContext): ClaimDraft[] {
    const { text } = ctx;
    const drafts: ClaimDraft[] = [];
    NUMBER_WORDS_PATTERN.lastIndex = 0;
    for (let m = NUMBER_WORDS_PATTERN.exec(text); m; m = NUMBER_WORDS_PATTERN.exec(text)) {
      const value = parseNumberWords(m[0]);
      if (value === null) continue;
      // "a hundred" needs the scale; "and" alone or a dangling "a" is not a number.
      if (/^(?:a|an)$/i.test(m[0].trim())) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (/[-\d]/.test(text[start - 1] ?? '') || text[end] === '-' && /[a-z]/i.test(text[end + 1] ?? '')) continue;
      const sentence = ctx.sentences[findSpanIndex(ctx.sentences, start)] ?? { start, end };
      drafts.push(newDraft(start, end, value, 'words', sentence));
    }
    return drafts;
  },
};
