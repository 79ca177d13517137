import { PEOPLE_DEMONYMS } from '../lexicon/countries';
import { COUNTRY_NOUNS, HOME_NOUNS, MILITARY_CONTEXT_NOUNS, PEOPLE_NOUNS, TROOP_NOUNS } from '../lexicon/units';

const MILITARY_CUE =
  /\b(?:troops?|soldiers?|military|army|armies|armed forces|peacekeep\w*|battalions?|brigades?|contingents?|regiments?|navy|naval|air force|marines?|defen[cs]e ministry|ministry of defen[cs]e)\b/i;

/** True when a passage is about armed forces, so "personnel" and "members" there are troops. */
export function isMilitaryContext(passage: string): boolean {
  return MILITARY_CUE.test(passage);
}

/**
 * The family a counted noun belongs to, so synonyms group together.
 * e.g. "soldier" -> "troops"; "personnel" -> "troops" in a military passage, else "personnel";
 * "nation" -> "countries"; "resident" -> "people"; "attacker" -> "attacker".
 */
export function measureFamily(unit: string, military: boolean): string {
  const head = unit.includes(' ') ? (unit.split(' ').pop() as string) : unit;
  if (TROOP_NOUNS.has(head)) return 'troops';
  if (unit === 'man and woman') return military ? 'troops' : 'people';
  if (MILITARY_CONTEXT_NOUNS.has(head) && military && !unit.startsWith('police')) return 'troops';
  if (COUNTRY_NOUNS.has(head)) return 'countries';
  if (PEOPLE_NOUNS.has(head) || PEOPLE_DEMONYMS.has(`${head}s`)) return 'people';
  if (head === 'death' || head === 'fatality' || head === 'victim') return 'people';
  if (HOME_NOUNS.has(head)) return 'homes';
  return unit;
}
