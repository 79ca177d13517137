import type { Token } from '../text/tokens';

/** What a length measures, by the words of its clause ("a radius of 5 km around the summit"). */
const LENGTH_TOPICS: Array<[RegExp, string]> = [
  [/^(?:radius|zone|perimeter|cordon|exclusion|within)$/, 'radius'],
  [/^(?:depth|deep|underground|beneath|surface)$/, 'depth'],
  [/^(?:height|high|tall|altitude|elevation|column|plume|rose|soared|towering)$/, 'height'],
  [/^(?:wide|width|across|diameter)$/, 'width'],
  [/^(?:long|length|stretch|stretches|stretching|section)$/, 'length'],
  [/^(?:away|distance|inland|offshore)$/, 'distance'],
];
/** What an area is of: land a fire burned, land a flood covered ("has scorched 4,200 acres", "flooded 2,000 hectares"). */
const AREA_TOPICS: Array<[RegExp, string]> = [
  [/^(?:burned|burnt|burning|burns|scorched|charred|blackened|consumed|fire|fires|blaze|blazes|wildfire|wildfires|bushfire|bushfires|wildland)$/, 'burned'],
  [/^(?:flooded|flood|floods|flooding|inundated|submerged|underwater|waterlogged)$/, 'flooded'],
];
const topicIn = (table: Array<[RegExp, string]>) => (t: Token | undefined) => (t && t.kind === 'word' ? table.find(([re]) => re.test(t.lower))?.[1] ?? null : null);
const TOPICS_BY_DIMENSION: Readonly<Record<string, (t: Token | undefined) => string | null>> = { length: topicIn(LENGTH_TOPICS), area: topicIn(AREA_TOPICS) };

/**
 * What a length or an area is of: the height of an ash column, the radius of a zone, the depth of a quake, the
 * distance to a place, the land a fire burned; the word nearest the figure in its clause decides ("An ash column
 * rose about 6 km …, and a zone with a radius of 5 km": 6 km is a height, 5 km a radius). Null when the clause
 * says none of these.
 */
export function readMeasureTopic(dimension: string, tokens: Token[], first: number, last: number, clauseStart: number, segEnd: number): string | null {
  const topicOf = TOPICS_BY_DIMENSION[dimension];
  if (!topicOf) return null;
  let end = last + 1;
  while (end < segEnd && end < tokens.length && !/^[,;:]$/.test((tokens[end] as Token).text)) end++;
  for (let d = 1; first - d >= clauseStart || last + d < end; d++) {
    const topic = (last + d < end ? topicOf(tokens[last + d]) : null) ?? (first - d >= clauseStart ? topicOf(tokens[first - d]) : null);
    if (topic) return topic;
  }
  return null;
}
