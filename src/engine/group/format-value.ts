import { VES_PLURALS } from '../lexicon/nouns';
import type { Claim } from '../types';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** e.g. 4443 -> "4,443"; 1270000 -> "1,270,000"; 2.5 -> "2.5". */
export function formatNumber(n: number): string {
  const [int = '0', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const QUALIFIER_WORDS: Record<Claim['qualifier'], string> = {
  exact: '', about: 'about ', 'more-than': 'more than ', 'less-than': 'fewer than ', 'at-least': 'at least ', 'up-to': 'up to ', range: '',
};

/** A claim's value in words: "more than 4,500", "about 1,000", "180–200", "15%". */
export function formatClaimValue(c: Claim): string {
  // "25 basis points" is a percentage's change written in hundredths of a point: shown as written, not as 25%.
  const percent = c.quantity !== 'percent' ? '' : c.unit === 'basis point' ? ' basis points' : '%';
  if (c.qualifier === 'range') return `${formatNumber(c.value.low ?? c.number)}–${formatNumber(c.value.high ?? c.number)}${percent}`;
  return `${QUALIFIER_WORDS[c.qualifier]}${formatNumber(c.number)}${percent}`;
}

/** "2024-03" -> "March 2024"; "2024-03-21" -> "21 March 2024"; "2003" -> "2003". */
export function formatAsOf(asOf: string | null): string {
  if (!asOf) return 'date unknown';
  const [y, m, d] = asOf.split('-');
  if (!m) return y ?? asOf;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Whole months between two as-of dates, or null when either is unknown. */
export function monthsBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const toMonths = (s: string) => Number(s.slice(0, 4)) * 12 + (s.length >= 7 ? Number(s.slice(5, 7)) - 1 : 6);
  return Math.abs(toMonths(a) - toMonths(b));
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "nine months apart", "about 2 years apart". */
export function formatGap(months: number): string {
  if (months < 12) return `${SMALL[months] ?? months} month${months === 1 ? '' : 's'} apart`;
  const years = Math.round(months / 12);
  return `${months % 12 === 0 ? '' : 'about '}${SMALL[years] ?? years} year${years === 1 ? '' : 's'} apart`;
}

/** A noun in the plural for labels: "soldier" -> "soldiers", "country" -> "countries". */
const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people', child: 'children', man: 'men', woman: 'women', foot: 'feet', 'man and woman': 'men and women',
  'degree Celsius': 'degrees Celsius', 'degree Fahrenheit': 'degrees Fahrenheit', 'year-old history': 'years of history',
  ...Object.fromEntries(Object.entries(VES_PLURALS).map(([plural, singular]) => [singular, plural])),
};

/** Currency names English does not inflect: "20 million kwacha", "500 yen". */
const INVARIANT_CURRENCIES = new Set('yen yuan renminbi baht won rand naira kwacha kwanza kina kip kyat taka dong ringgit rupiah birr cedi pula tenge dram lari manat ariary rufiyaa leva'.split(' '));

export function pluralize(noun: string): string {
  const last = noun.split(' ').pop() ?? noun;
  if (IRREGULAR_PLURALS[noun]) return IRREGULAR_PLURALS[noun] as string;
  if (IRREGULAR_PLURALS[last] && noun !== last) return `${noun.slice(0, -last.length)}${IRREGULAR_PLURALS[last]}`;
  if (INVARIANT_CURRENCIES.has(last)) return noun;
  // "mile per hour" -> "miles per hour": the head is before "per".
  const per = noun.indexOf(' per ');
  if (per > 0) return `${pluralize(noun.slice(0, per))}${noun.slice(per)}`;
  if (/(?:personnel|police|staff|people|aircraft|troops|countries|deaths|equipment|machinery|faithful|deceased|dead|injured|missing)$/.test(noun) || /-old /.test(noun)) return noun;
  // "gunman" -> "gunmen", "policeman" -> "policemen"; not "human" or "German".
  if (/[a-z]man$/.test(last) && !/(?:hu|ger|ro|ottoman|shaman)man$/.test(last)) return `${noun.slice(0, -2)}en`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
