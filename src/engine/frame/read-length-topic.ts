import type { Token } from '../text/tokens';

/** What a length measures, by the words of its clause ("a radius of 5 km around the summit"). */
const LENGTH_TOPICS: Array<[RegExp, string]> = [
  [/^(?:radius|zone|perimeter|cordon|exclusion|within)$/, 'radius'],
  [/^(?:depth|deep|underground|beneath)$/, 'depth'],
  [/^(?:height|high|tall|altitude|elevation|column|plume|rose|soared|towering)$/, 'height'],
  [/^(?:wide|width|across|diameter)$/, 'width'],
  [/^(?:long|length|stretch|stretches|stretching|section)$/, 'length'],
  [/^(?:away|distance|inland|offshore)$/, 'distance'],
];
const topicOf = (t: Token | undefined) => (t && t.kind === 'word' ? LENGTH_TOPICS.find(([re]) => re.test(t.lower))?.[1] ?? null : null);

/**
 * What a length is of: the height of an ash column, the radius of a zone, the depth of a quake, the distance
 * to a place; the word nearest the figure in its clause decides ("An ash column rose about 6 km …, and a zone
 * with a radius of 5 km": 6 km is a height, 5 km a radius). Null when the clause says none of these.
 */
export function readLengthTopic(tokens: Token[], first: number, last: number, clauseStart: number, segEnd: number): string | null {
  let end = last + 1;
  while (end < segEnd && end < tokens.length && !/^[,;:]$/.test((tokens[end] as Token).text)) end++;
  for (let d = 1; first - d >= clauseStart || last + d < end; d++) {
    const topic = (last + d < end ? topicOf(tokens[last + d]) : null) ?? (first - d >= clauseStart ? topicOf(tokens[first - d]) : null);
    if (topic) return topic;
  }
  return null;
}
