import type { Claim } from '../types';

/**
 * True when two places of one story are one place named at two lengths: the shorter name's words open the longer
 * one ("maha kumbh" and "maha kumbh mela", "gaza" and "gaza strip"). Only for the places a story names in words
 * of its own (lower-case keys): countries are keyed by name and never shortened.
 */
export function samePlace(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short !== long && /^[a-z]/.test(short) && /^[a-z]/.test(long) && short.length >= 4 && long.startsWith(`${short} `);
}

/** The claims with every place named by its shortest name in the story, so a venue named at two lengths is one place. */
export function withPlaceAliases(claims: Claim[]): Claim[] {
  const places = [...new Set(claims.map((c) => c.frame.place).filter((p): p is string => p !== null && /^[a-z]/.test(p)))];
  if (places.length < 2) return claims;
  const canonical = new Map<string, string>();
  for (const place of places) {
    const shortest = places.filter((other) => samePlace(place, other)).reduce((best, other) => (other.length < best.length ? other : best), place);
    if (shortest !== place) canonical.set(place, shortest);
  }
  if (canonical.size === 0) return claims;
  return claims.map((c) => {
    const place = c.frame.place === null ? undefined : canonical.get(c.frame.place);
    return place ? { ...c, frame: { ...c.frame, place } } : c;
  });
}
