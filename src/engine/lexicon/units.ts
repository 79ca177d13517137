/**
 * Counted nouns and their families (general English). A family lets synonyms group:
 * "soldiers", "troops" and "peacekeepers" are all "troops".
 */
const set = (words: string) => new Set(words.split(' '));

/** Singular nouns whose family is troops. */
export const TROOP_NOUNS = set(
  'soldier troop peacekeeper serviceman servicemen servicewoman servicemember trooper paratrooper marine reservist conscript sailor airman infantryman mercenary',
);
/** Nouns that count troops only in a military context ("4,443 personnel", "90 members", "50,000 men and women"). */
export const MILITARY_CONTEXT_NOUNS = set('personnel member man woman staff officer force guard recruit');
export const COUNTRY_NOUNS = set('country nation state ally');
export const HOME_NOUNS = set('house home dwelling household residence');
export const PEOPLE_NOUNS = set(
  'person people resident civilian inhabitant citizen individual man woman child adult refugee migrant voter protester demonstrator',
);

/** Nouns that never change between singular and plural (or are only plural). */
export const INVARIANT_NOUNS = set(
  'personnel police staff people aircraft sheep cattle livestock crew fish deer offspring series species military clergy youth headquarters',
);
const IRREGULAR: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', servicemen: 'serviceman', servicewomen: 'servicewoman', policemen: 'policeman', firemen: 'fireman',
  countries: 'country', lives: 'life', wives: 'wife', halves: 'half', analyses: 'analysis', crises: 'crisis', data: 'data',
};

/** Time units: a number counting them is a duration ("24 years", "six months"), not a figure we track. */
export const TIME_UNITS = set('year month week day hour minute second decade century night weekend fortnight time millennium');

/** Currencies written as words after the amount, singular lower case -> ISO code. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['euro', 'EUR'], ['dollar', 'USD'], ['pound', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['franc', 'CHF'], ['rupee', 'INR'],
  ['ruble', 'RUB'], ['rouble', 'RUB'], ['lira', 'TRY'], ['dinar', 'RSD'], ['lev', 'BGN'], ['leva', 'BGN'], ['krona', 'SEK'],
  ['kronor', 'SEK'], ['krone', 'NOK'], ['zloty', 'PLN'], ['peso', 'MXN'], ['real', 'BRL'], ['rand', 'ZAR'], ['hryvnia', 'UAH'],
  ['shekel', 'ILS'], ['won', 'KRW'],
]);
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'], ['₴', 'UAH'],
]);
export const CURRENCY_NAMES: Record<string, string> = {
  EUR: 'euro', USD: 'dollar', GBP: 'pound', JPY: 'yen', CNY: 'yuan', CHF: 'franc', INR: 'rupee', RUB: 'ruble', TRY: 'lira',
  RSD: 'dinar', BGN: 'lev', SEK: 'krona', NOK: 'krone', PLN: 'zloty', MXN: 'peso', BRL: 'real', ZAR: 'rand', UAH: 'hryvnia',
  ILS: 'shekel', KRW: 'won',
};

/** Units of measurement, lower case as written -> canonical singular. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'kilometre'], ['kilometre', 'kilometre'], ['kilometer', 'kilometre'], ['mile', 'mile'], ['metre', 'metre'],
  ['meter', 'metre'], ['m2', 'square metre'], ['kg', 'kilogram'], ['kilogram', 'kilogram'], ['tonne', 'tonne'], ['ton', 'tonne'],
  ['litre', 'litre'], ['liter', 'litre'], ['hectare', 'hectare'], ['acre', 'acre'], ['mph', 'mile per hour'],
  ['gigawatt', 'gigawatt'], ['megawatt', 'megawatt'], ['barrel', 'barrel'], ['degree', 'degree'],
]);

/** Words between a number and its noun that say what is counted differs: kept as the claim's scope. */
export const SCOPE_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['additional', 'additional'], ['extra', 'additional'], ['more', 'additional'], ['further', 'additional'],
  ['new', 'new'], ['reinforcement', 'additional'], ['fresh', 'additional'],
]);

/** Adjectives and participles to skip between a number and its noun. */
export const SKIP_MODIFIERS = set(
  'armed military foreign international local former young elderly unarmed civilian regular active reserve peacekeeping ' +
  'combat ethnic registered confirmed estimated total other such european western eastern northern southern national federal ' +
  'uniformed trained special elite heavily lightly deployed well-equipped fully full-time part-time permanent temporary',
);

/** Words that end the noun phrase after a number. */
export const NP_STOP_WORDS = set(
  'of from in to who which that were was is are be been being have has had will would could should may might can ' +
  'and or but at on for with by as per than into onto over under across between since during after before while ' +
  'when where whom whose it its their his her this these those said says say according including such not no',
);

/**
 * Singular of a lower-case noun. e.g. "countries" -> "country", "troops" -> "troop", "personnel" -> "personnel".
 */
export function singularize(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (INVARIANT_NOUNS.has(word)) return word === 'people' ? 'person' : word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** True when the lower-case word looks like a plural noun (or one that is the same in both numbers). */
export function looksPlural(word: string): boolean {
  if (INVARIANT_NOUNS.has(word) || word in IRREGULAR) return true;
  return word.length > 2 && word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word);
}
