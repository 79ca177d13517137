import type { Claim } from '../types';

const FREER = /^by (.+)$/;
const isCountry = (part: string) => /^[A-Z]/.test(part);

/**
 * The claims with "freed by <country>" named by whose people were freed, where the story says it: once a report
 * reads "Israel released 1,900 Palestinian prisoners", "Israel began releasing 1,900 prisoners" counts the same
 * people. Without such a sentence the freer stays its own part, so the two sides of an exchange never meet.
 */
export function withFreerAliases(claims: Claim[]): Claim[] {
  const freedOf = new Map<string, Set<string>>();
  for (const c of claims) {
    const freer = c.frame.part.map((p) => FREER.exec(p)?.[1]).find(Boolean);
    const nationality = c.frame.part.find(isCountry);
    if (freer && nationality) (freedOf.get(freer) ?? freedOf.set(freer, new Set()).get(freer))?.add(nationality);
  }
  if (freedOf.size === 0) return claims;
  return claims.map((c) => {
    const byPart = c.frame.part.find((p) => FREER.test(p));
    if (!byPart) return c;
    const freed = freedOf.get(FREER.exec(byPart)?.[1] ?? '');
    // Two nationalities freed by one side leave the freer as it is: which of them a bare count is cannot be told.
    const nationality = c.frame.part.find(isCountry) ?? (freed?.size === 1 ? [...freed][0] : undefined);
    if (!nationality) return c;
    const part = [...new Set([...c.frame.part.filter((p) => p !== byPart), nationality])].sort();
    return { ...c, frame: { ...c.frame, part } };
  });
}
