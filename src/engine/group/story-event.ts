import { EVENT_NOUNS } from '../lexicon/places';
import type { Claim } from '../types';

const WORD = /[A-Za-z]+/g;
const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const CAUSE = /\b(?:in|from|by|after|during|since|following|of)\s+(?:(?:the|a|an|this|last|week's|monday's|[a-z]+-?[a-z]*)\s+){0,3}$/i;
/** Too general to name a fact's event by. */
const VAGUE = new Set(['disaster', 'operation', 'war', 'conflict', 'crisis']);
const SAMPLE = 256;

/** The event noun nearest to a claim's figure in its quote ("15 deaths from a railway station roof collapse" -> collapse). */
function nearestEventNoun(c: Claim): string | null {
  const at = c.start - c.sentence.start;
  let best: { noun: string; distance: number } | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(c.quote); m; m = WORD.exec(c.quote)) {
    const w = m[0];
    // Lower case only: "March" is a month, "Storm Daniel" a name.
    if (w !== w.toLowerCase() || !EVENT_NOUNS.has(w)) continue;
    // Only an event named as the cause or the setting: "killed in the earthquake", "deaths from a roof collapse".
    if (!CAUSE.test(c.quote.slice(Math.max(0, m.index - 40), m.index))) continue;
    const noun = singular(w);
    const distance = Math.abs(m.index - at);
    if (!VAGUE.has(noun) && (!best || distance < best.distance)) best = { noun, distance };
  }
  return best?.noun ?? null;
}

/**
 * The event a fact's claims are about, as the event noun named nearest their figures, most often
 * ("earthquake", "flood", "collapse"); null when no noun is named by at least half of them. Labels read it:
 * "People killed in the earthquake in Turkey".
 */
export function eventNounOf(all: Claim[]): string | null {
  // A fact of thousands of claims: a regular sample of a few hundred names the same majority, at a fraction of the cost.
  const step = Math.ceil(all.length / SAMPLE);
  const claims = step > 1 ? all.filter((_c, i) => i % step === 0) : all;
  const counts = new Map<string, number>();
  for (const c of claims) {
    const noun = nearestEventNoun(c);
    if (noun) counts.set(noun, (counts.get(noun) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return best && best[1] * 2 >= claims.length ? best[0] : null;
}
