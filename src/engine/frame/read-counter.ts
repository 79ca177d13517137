import type { Token } from '../text/tokens';

/** Those who count a crowd or a toll and are named without a verb of saying. */
const COUNTERS = /^(?:police|unions?|organi[sz]ers|officials|ministry|government|authorities|monitors|observers|activists|opposition|media|agency|organi[sz]ations?|hospitals?)$/;

/**
 * Who gives a figure when no verb of saying does: the short subject of a clause whose verb is left out
 * ("the ministry counted 1.08 million, the unions more than 2.5 million") or "for" after it ("16,000
 * marchers against 245,000 for the unions"). `start` is where the figure's qualifier starts. Null otherwise;
 * the nearest speaker is read elsewhere.
 */
export function readCounter(tokens: Token[], start: number, last: number): string | null {
  const owner = possessiveCount(tokens, start);
  if (owner) return owner;
  let i = start - 1;
  const words: Token[] = [];
  while (i >= 0 && words.length < 3 && tokens[i]?.kind === 'word' && tokens[i]?.figure === -1) words.unshift(tokens[i--] as Token);
  const joined = i < 0 ? false : /^(?:,|;|and|while|but|whereas)$/.test(tokens[i]?.lower ?? '');
  // "police counted 16,000" has its verb: the speaker is read with it, elsewhere.
  if (words.some((t) => /ed$|^(?:said|says|say|put|puts|told|claims|estimates|counts|reports|gave|give|gives)$/.test(t.lower))) return readFor(tokens, last);
  if (joined && words.some((t) => COUNTERS.test(t.lower) || (t.capital && t.text.length > 1 && t.text === t.text.toUpperCase()))) return words.map((t) => t.text).join(' ');
  return readFor(tokens, last);
}

/** "245,000 for the unions", "1,200 by the police's count". */
function readFor(tokens: Token[], last: number): string | null {
  let k = last + 1;
  while (k < tokens.length && tokens[k]?.kind === 'word' && !/^(?:for|by)$/.test(tokens[k]?.lower ?? '') && k < last + 4) k++;
  if (/^(?:for|by)$/.test(tokens[k]?.lower ?? '')) {
    const after: Token[] = [];
    for (let j = k + 1; j < tokens.length && after.length < 3 && tokens[j]?.kind === 'word'; j++) after.push(tokens[j] as Token);
    if (after.some((t) => COUNTERS.test(t.lower))) return after.map((t) => t.text).join(' ');
  }
  return null;
}

const COUNT_NOUNS = /^(?:count|counts|tally|estimate|estimates|figure|figures|toll|total)$/;

/** "Sorami's count of 11 injuries", "the interior ministry's tally of 41": whose count it is. */
function possessiveCount(tokens: Token[], start: number): string | null {
  if (tokens[start - 1]?.lower !== 'of' || !COUNT_NOUNS.test(tokens[start - 2]?.lower ?? '')) return null;
  let j = start - 3;
  // "Sorami's own count of 11": a word may stand between the owner and the count.
  if (/^(?:own|official|latest|final|provisional)$/.test(tokens[j]?.lower ?? '')) j--;
  const owner = tokens[j];
  if (!owner || owner.kind !== 'word' || !/(?:'s|s')$/.test(owner.lower)) return null;
  const words = [owner.text.replace(/['’]s?$/, '')];
  for (let k = j - 1; k >= 0 && words.length < 3 && tokens[k]?.kind === 'word' && tokens[k]?.figure === -1 && !/^(?:the|a|an|and|of|by|to|in|on|that|said|says)$/.test(tokens[k]?.lower ?? ''); k--) {
    words.unshift((tokens[k] as Token).text);
  }
  return words.join(' ');
}
