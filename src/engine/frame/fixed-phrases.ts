import { familyOf } from '../lexicon/families';
import { singularize } from '../lexicon/nouns';
import type { Token } from '../text/tokens';

/** Fixed phrases after the counted noun, as token sequences. */
const PHRASES: Array<[string[], string]> = [
  [['lost', 'their', 'lives'], 'killed'], [['lost', 'his', 'life'], 'killed'], [['did', 'not', 'survive'], 'killed'],
  [['were', 'killed'], 'killed'], [['sought', 'medical'], 'injured'], [['needed', 'medical'], 'injured'],
  [['receiving', 'medical'], 'hospitalised'], [['in', 'hospital'], 'hospitalised'], [['taken', 'to', 'hospital'], 'hospitalised'], [['needed', 'hospital', 'treatment'], 'hospitalised'], [['required', 'hospital', 'treatment'], 'hospitalised'], [['received', 'hospital', 'treatment'], 'hospitalised'],
  [['admitted', 'to', 'hospital'], 'hospitalised'], [['sent', 'to', 'hospital'], 'hospitalised'], [['sent', 'to', 'hospitals'], 'hospitalised'], [['admitted', 'to', 'hospitals'], 'hospitalised'], [['treated', 'in', 'hospital'], 'hospitalised'], [['took', 'part'], 'took part'], [['taken', 'part'], 'took part'],
  [['turned', 'out'], 'took part'], [['found', 'safe'], 'found safe'], [['found', 'alive'], 'rescued'],
  [['pulled', 'alive'], 'rescued'], [['pulled', 'out', 'alive'], 'rescued'], [['taken', 'to', 'hospitals'], 'hospitalised'], [['moved', 'to', 'shelters'], 'sheltered'], [['taken', 'to', 'shelters'], 'sheltered'], [['lost', 'their', 'homes'], 'displaced'], [['forced', 'from'], 'displaced'],
  [['to', 'flee'], 'displaced'], [['from', 'their', 'homes'], 'displaced'], [['out', 'of', 'their', 'homes'], 'displaced'], [['on', 'board'], 'on board'], [['onboard'], 'on board'], [['aboard'], 'on board'], [['on', 'the', 'boat'], 'on board'], [['on', 'the', 'ship'], 'on board'], [['on', 'the', 'plane'], 'on board'],
  [['on', 'the', 'bus'], 'on board'], [['on', 'the', 'train'], 'on board'], [['on', 'the', 'vessel'], 'on board'], [['on', 'the', 'flight'], 'on board'], [['on', 'duty'], 'deployed'],
  [['treated', 'for'], 'injured'], [['shot', 'dead'], 'killed'], [['shot', 'and', 'killed'], 'killed'], [['shot', 'and', 'wounded'], 'injured'],
  [['in', 'custody'], 'arrested'], [['under', 'arrest'], 'arrested'], [['in', 'detention'], 'arrested'],
  [['among', 'the', 'dead'], 'killed'], [['among', 'the', 'victims'], 'killed'], [['among', 'the', 'injured'], 'injured'],
  [['among', 'the', 'missing'], 'missing'], [['in', 'intensive', 'care'], 'hospitalised'], [['in', 'a', 'critical', 'condition'], 'critical'], [['in', 'critical', 'condition'], 'critical'], [['in', 'a', 'serious', 'condition'], 'critical'], [['in', 'serious', 'condition'], 'critical'],
  [['taken', 'to', 'the', 'streets'], 'took part'], [['took', 'to', 'the', 'streets'], 'took part'], [['take', 'to', 'the', 'streets'], 'took part'],
  [['swarmed', 'the', 'streets'], 'took part'], [['filled', 'the', 'streets'], 'took part'], [['flooded', 'the', 'streets'], 'took part'], [['packed', 'the', 'streets'], 'took part'],
  [['taken', 'prisoner'], 'arrested'], [['lost', 'their', 'jobs'], 'laid off'], [['laid', 'off'], 'laid off'], [['made', 'redundant'], 'laid off'], [['taken', 'captive'], 'kidnapped'], [['in', 'captivity'], 'kidnapped'], [['taken', 'hostage'], 'kidnapped'], [['held', 'hostage'], 'kidnapped'],
  [['under', 'evacuation', 'orders'], 'evacuated'], [['under', 'evacuation', 'order'], 'evacuated'], [['under', 'orders', 'to', 'evacuate'], 'evacuated'],
  [['without', 'service'], 'without power'],
  [['cut', 'off'], 'trapped'],
  [['shot', 'down'], 'destroyed'],
  [['taken', 'to', 'the', 'hospital'], 'hospitalised'], [['rushed', 'to', 'hospital'], 'hospitalised'], [['rushed', 'to', 'the', 'hospital'], 'hospitalised'],
  [['admitted', 'to', 'the', 'hospital'], 'hospitalised'], [['undergoing', 'treatment'], 'hospitalised'], [['receiving', 'treatment'], 'hospitalised'],
  [['still', 'in', 'hospital'], 'hospitalised'],
  [['went', 'missing'], 'missing'], [['gone', 'missing'], 'missing'], [['go', 'missing'], 'missing'],
  [['registered', 'as', 'missing'], 'missing'], [['listed', 'as', 'missing'], 'missing'], [['reported', 'as', 'missing'], 'missing'], [['declared', 'missing'], 'missing'],
  [['brought', 'to', 'the', 'surface'], 'rescued'], [['brought', 'out', 'alive'], 'rescued'], [['brought', 'up', 'alive'], 'rescued'], [['brought', 'to', 'safety'], 'rescued'],
  [['left', 'the', 'tracks'], 'derailed'], [['came', 'off', 'the', 'tracks'], 'derailed'], [['jumped', 'the', 'tracks'], 'derailed'],
  [['came', 'ashore'], 'arrived'], [['come', 'ashore'], 'arrived'], [['coming', 'ashore'], 'arrived'],
  [['without', 'power'], 'without power'], [['without', 'electricity'], 'without power'], [['in', 'the', 'dark'], 'without power'],
  [['lost', 'power'], 'without power'], [['without', 'water'], 'without water'], [['without', 'running', 'water'], 'without water'], [['without', 'gas'], 'without gas'], [['without', 'heating'], 'without heating'],
];

/** What the fixed phrase starting at token `i` says happened ("taken to hospital" -> hospitalised), or null. */
export function phraseAt(tokens: Token[], i: number): string | null {
  return PHRASES.find(([words]) => words.every((w, k) => tokens[i + k]?.lower === w))?.[1] ?? (sufferedInjuries(tokens, i) ? 'injured' : null);
}

/** "suffered minor injuries", "sustained serious burns": hurt, in so many words. */
function sufferedInjuries(tokens: Token[], i: number): boolean {
  if (!/^(?:suffered|sustained|suffering|sustaining)$/.test(tokens[i]?.lower ?? '')) return false;
  return [1, 2, 3].some((k) => /^(?:injuries|injury|wounds|burns|fractures)$/.test(tokens[i + k]?.lower ?? ''));
}

/** Where a crowd gathers: a count of people there is a crowd that took part. */
export const VENUES = /^(?:streets|squares|stadium|stadiums|arena|stands|terraces|venue|concert|match|game|final|rally|march|protest|festival|ceremony|funeral|vigil|parade)$/;

/** "people in the streets", "in Serbian squares", "were at the concert", "inside the stadium": a crowd at an occasion. */
export function inTheStreets(tokens: Token[], i: number): boolean {
  if (!/^(?:in|on|onto|into|at|inside)$/.test(tokens[i]?.lower ?? '')) return false;
  // Said of people only: "12 shops in the streets" were not out protesting.
  let j = i - 1;
  while (j > 0 && /^(?:were|was|are|is|been|have|has|had|still|out|already)$/.test(tokens[j]?.lower ?? '')) j--;
  const who = tokens[j];
  if (!who || (who.figure < 0 && familyOf(singularize(who.lower), false) !== 'people')) return false;
  for (let k = i + 1; k <= i + 3; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.figure >= 0) return false;
    // "in March" is a month, not a march.
    if (VENUES.test(t.lower) && !t.capital) return true;
  }
  return false;
}
