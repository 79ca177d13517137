import { PART_MODIFIERS, singularize } from '../lexicon/nouns';
import type { Claim } from '../types';

/** Parts that say which part of a whole, not who holds it: never another holder's name. */
const NOT_HOLDERS = new Set([...PART_MODIFIERS.values(), 'subset', 'partial', 'forecast', 'except', 'needed', 'another', 'record', 'at a morgue']);
const LINKING = new Set(['the', 'of', 'and', 'for', 'de', 'la']);

const wordsOf = (name: string) => name.split(' ').filter((w) => !LINKING.has(w));
const initials = (name: string) => wordsOf(name).map((w) => w[0]).join('');

/**
 * True when two names of holders name one holder: an acronym and the words it stands for ("nla" and "national
 * labour alliance", "crp" and "civic renewal" with its "Party" left out), or a short name whose words are all in
 * the long one ("greens" and "green union", "civic renewal" and "civic renewal party").
 */
export function sameHolder(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || !long.includes(' ')) return false;
  if (!short.includes(' ') && short.length >= 2 && short.length <= 5) {
    const full = initials(long);
    if (short === full || (short.length === full.length + 1 && short.startsWith(full))) return true;
  }
  const longWords = new Set(wordsOf(long).map(singularize));
  const shortWords = wordsOf(short).map(singularize);
  return shortWords.length > 0 && shortWords.length < longWords.size && shortWords.every((w) => longWords.has(w));
}

/**
 * The claims with every holder named by its longest name in the story, so that "the NLA 78", "the National Labour
 * Alliance fell to 77" and "National Labour Alliance" seats are one holder's. Countries and the words that say which
 * part ("additional", "partial") are left as they are.
 */
export function withHolderAliases(claims: Claim[]): Claim[] {
  const names = [...new Set(claims.flatMap((c) => c.frame.part))].filter((p) => /^[a-z]/.test(p) && !NOT_HOLDERS.has(p));
  if (names.length < 2) return claims;
  const canonical = new Map<string, string>();
  for (const name of names) {
    const longest = names.filter((other) => sameHolder(name, other)).reduce((best, other) => (other.length > best.length ? other : best), name);
    if (longest !== name) canonical.set(name, longest);
  }
  if (canonical.size === 0) return claims;
  return claims.map((c) => {
    if (!c.frame.part.some((p) => canonical.has(p))) return c;
    const part = [...new Set(c.frame.part.map((p) => canonical.get(p) ?? p))].sort();
    return { ...c, frame: { ...c.frame, part } };
  });
}
