import { MEASURE_WORDS } from '../lexicon/measures';

/** Short forms of time units written straight after digits: "24h", "10yrs", "30mins". */
const TIME_ABBREVIATIONS = /^(?:yrs?|hrs?|h|mins?|secs?|days?|wks?|mos?)$/;
/** Single letters that are units only in this case: "5g", "100t", "40C", "48m"; "5G" and "3D" are names. */
const ONE_LETTER_UNITS = new Set(['g', 't', 'm', 'C', 'F', 'l', 'L']);

/**
 * The length of a unit glued to the digits at the start of `after` ("GB of storage" -> 2, "°C" -> 2,
 * "km/h" -> 4), or 0 when the letters there are not a unit ("G network", "D printing", "s", "m212").
 */
export function gluedUnitLength(after: string): number {
  const m = /^(°?[A-Za-zµ]*[²³23]?)(\/[A-Za-z]+)?/.exec(after);
  const letters = m?.[1] ?? '';
  if (!m || letters === '' || /^[\d]/.test(after.slice(m[0].length))) return 0;
  if (letters === '°') return 1;
  const lower = letters.toLowerCase();
  if (letters.length === 1 && !ONE_LETTER_UNITS.has(letters)) return 0;
  if (MEASURE_WORDS.has(lower) || MEASURE_WORDS.has(lower.replace(/²$/, '2').replace(/³$/, '3')) || TIME_ABBREVIATIONS.test(lower) || lower === 'l') return m[0].length;
  return MEASURE_WORDS.has(`${lower}${m[2] ?? ''}`) ? m[0].length : 0;
}

const METRE_AFTER = /^\s*(?:tall|high|long|wide|deep|away|above|below|under(?:ground|water)|in \d+(?:\.\d+)?\s*(?:seconds|secs?|s|minutes|mins?)\b|in (?:height|length|diameter|depth|width)|-(?:tall|high|long|wide|deep)|(?:freestyle|sprint|hurdles|race|dash|relay|backstroke|breaststroke|butterfly)\b)/i;
/** Words after "a 45m" that are not what a length measures: people counted in millions, or a following clause. */
const NOT_MEASURED = /^(?:of|and|or|to|in|for|from|on|at|by|with|people|children|men|women|more|less|deal|bid|loan|fine|bill|budget|contract|payout|package)$/;
const METRE_SENTENCE = /\b(?:height|length|depth|width|distance|tall|high|long|deep|wide|outreach|radius|diameter|altitude|elevation|jump(?:ed)?|thr[eo]w|sprint|metres?|meters?)\b/i;
const MONEY_SENTENCE = /[$€£¥]|\b(?:dollars?|euros?|pounds|francs?|revenue|sales|profit|loss|budget|deal|worth|cost|price|paid|pay|raised|fund)\b/i;

/**
 * Whether the "m" after the number ending at `end` (the "m" included) is metres rather than millions:
 * "1.8m tall", "a 100m sprint", "an outreach of 48m" are metres; "2.8m households", "$3m" are millions.
 */
export function isMetreContext(text: string, numberStart: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (METRE_AFTER.test(after)) return true;
  if (/[$€£¥]\s?$/.test(text.slice(Math.max(0, numberStart - 2), numberStart))) return false;
  // Followed by a word, the figure counts that word in millions ("2.8m households", "45m people"), unless the word is
  // a singular thing it measures ("a 45m section of tunnel", "a 10m wall"); at the end of a clause it is a length when
  // the sentence speaks of lengths and not of money.
  const word = /^\s+([a-z]+)\b/.exec(after)?.[1];
  if (word && !/s$/.test(word) && !NOT_MEASURED.test(word) && /\ban?\s+$/i.test(text.slice(Math.max(0, numberStart - 4), numberStart))) return true;
  if (/^\s*[A-Za-z]/.test(after)) return false;
  const from = Math.max(0, text.lastIndexOf('.', numberStart) + 1, numberStart - 160);
  const sentence = text.slice(from, Math.min(text.length, end + 60));
  return METRE_SENTENCE.test(sentence) && !MONEY_SENTENCE.test(sentence);
}
