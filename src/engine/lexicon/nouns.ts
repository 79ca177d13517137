/**
 * Counted nouns of general English: singular forms, plural detection, and the words that end or are
 * skipped in the noun phrase after a number.
 */
const set = (words: string) => new Set(words.split(' '));

/** Nouns that never change between singular and plural (or are only plural). */
export const INVARIANT_NOUNS = set(
  'personnel police staff people aircraft sheep cattle livestock crew fish deer offspring series species military clergy youth headquarters faithful deceased equipment machinery',
);
/** Plurals in -ves of nouns in -f or -fe, plural -> singular: read here, and written back by `pluralize`. */
export const VES_PLURALS: Readonly<Record<string, string>> = {
  lives: 'life', wives: 'wife', halves: 'half', thieves: 'thief', knives: 'knife', wolves: 'wolf', shelves: 'shelf', loaves: 'loaf',
  leaves: 'leaf', calves: 'calf', scarves: 'scarf', hooves: 'hoof', housewives: 'housewife', midwives: 'midwife',
};
const IRREGULAR: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', servicemen: 'serviceman', servicewomen: 'servicewoman', policemen: 'policeman', firemen: 'fireman',
  countries: 'country', analyses: 'analysis', crises: 'crisis', data: 'data', remains: 'remains', ...VES_PLURALS,
};

/** Adjectives that make the counted a part of a larger whole: "unregistered pilgrims" are not all pilgrims. */
export const PART_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ...[...set('registered unregistered regular special illegal legal undocumented documented unaccompanied accompanied foreign elderly female male civilian irregular spoiled invalid blank rejected postal')].map((w): [string, string] => [w, w]),
  ['authorised', 'authorised'], ['authorized', 'authorised'], ['unauthorised', 'unauthorised'], ['unauthorized', 'unauthorised'],
  ['additional', 'additional'], ['extra', 'additional'], ['more', 'additional'], ['further', 'additional'], ['fresh', 'additional'],
  ['reinforcement', 'additional'], ['new', 'new'],
]);

/** Kinds of people by one name, so that a toll given by kinds meets itself: "two pupils" and "two students". */
const KIND_NAMES: ReadonlyMap<string, string> = new Map([
  ['pupil', 'student'], ['schoolchild', 'student'], ['schoolboy', 'student'], ['schoolgirl', 'student'], ['instructor', 'teacher'],
]);
export const kindName = (noun: string) => KIND_NAMES.get(noun) ?? noun;

/** Adjectives and participles to skip between a number and its noun. */
export const SKIP_MODIFIERS = set(
  'armed military international local former young unarmed active reserve peacekeeping heavy light ' +
  'combat ethnic confirmed estimated total other such european western eastern northern southern national federal ' +
  'uniformed trained elite heavily lightly well-equipped fully full-time part-time permanent temporary different separate ' +
  'large small major minor big huge massive powerful strong deadly destructive severe serious critical named known reported current existing past present',
);

/** Words that end the noun phrase after a number. */
export const NP_STOP_WORDS = set(
  'of from in to who which that were was is are be been being have has had will would could should may might can near ' +
  'and or but at on for with by as per than into onto over under across between since during after before while ' +
  'when where whom whose it its their his her this these those said says say according including such not no took take takes taking ' +
  'once because although though unless until if whether so nationwide countrywide worldwide globally overall altogether remain remained without',
);

/**
 * Singular of a lower-case noun. e.g. "countries" -> "country", "troops" -> "troop", "personnel" -> "personnel".
 */
export function singularize(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (INVARIANT_NOUNS.has(word)) return word === 'people' ? 'person' : word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('men')) return `${word.slice(0, -3)}man`;
  // "schoolchildren", "grandchildren": compounds of an irregular plural.
  if (word.length > 8 && word.endsWith('children')) return `${word.slice(0, -8)}child`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** True when the lower-case word looks like a plural noun (or one that is the same in both numbers). */
/** Words in -s that are no plural noun: "the total was increased", "said its own review", "cases of measles". */
const NOT_PLURAL = new Set('was has its this does goes always perhaps whereas unless across besides hers ours theirs yours measles mumps rabies diabetes herpes shingles scabies rickets'.split(' '));

export function looksPlural(word: string): boolean {
  if (INVARIANT_NOUNS.has(word) || word in IRREGULAR) return true;
  if (NOT_PLURAL.has(word)) return false;
  return (word.length > 2 && word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word)) || (word.length > 4 && /[a-z]men$/.test(word)) || /[a-z]children$/.test(word);
}
