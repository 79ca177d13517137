import { POLICE_NOUNS, TROOP_NOUNS } from '../lexicon/families';
import { singularize } from '../lexicon/nouns';
import type { Token } from '../text/tokens';

/** Said of the subject right after it when it died or was hurt: "has died", "were wounded", "succumbed". */
const SUFFERED = /^(?:died|dies|killed|wounded|injured|hurt|succumbed|perished)$/;
const AUX = /^(?:has|have|had|was|were|is|are|been|later|also|since)$/;

/**
 * "A third peacekeeper has died of his wounds, raising the death toll … to three": a toll that names no noun
 * counts those its sentence says died or were hurt, when they are soldiers or police. Other people are the
 * default already; attackers are left out, since "gunmen killed …" makes them the agents, not the dead.
 */
export function victimsBefore(tokens: Token[], start: number): { head: string; family: string } | null {
  for (let i = start - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const head = singularize(t.lower);
    const family = TROOP_NOUNS.has(head) ? 'troops' : POLICE_NOUNS.has(head) ? 'police' : null;
    if (!family) continue;
    let k = i + 1;
    while (k < start && AUX.test(tokens[k]?.lower ?? '')) k++;
    // "were killed" and "died": intransitive or passive; "soldiers killed 30 militants" names the agents.
    const verb = tokens[k]?.lower ?? '';
    const passive = k > i + 1 && /^(?:was|were|been)$/.test(tokens[k - 1]?.lower ?? '');
    if (SUFFERED.test(verb) && (passive || /^(?:died|dies|succumbed|perished)$/.test(verb))) return { head, family };
  }
  return null;
}
