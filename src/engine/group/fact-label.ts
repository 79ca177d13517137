import type { Claim } from '../types';

import { pluralize } from './format-value';

const FAMILY_LABELS: Record<string, string> = { troops: 'troops', countries: 'countries', people: 'people', homes: 'homes', percent: 'percent' };

/** What the fact counts, for people: the family name, or the most common unit in the plural. */
function countedThing(measure: string, claims: Claim[]): string {
  if (FAMILY_LABELS[measure]) return FAMILY_LABELS[measure];
  const money = /^([A-Z]{3})(?: per (\w+))?$/.exec(measure);
  if (money) {
    const unit = claims.find((c) => c.unit)?.unit ?? money[1];
    return pluralize(unit ?? measure);
  }
  return pluralize(measure);
}

/**
 * A label a person understands. e.g. "Bulgaria: troops", "KFOR: troops (additional)", "Attackers (killed)".
 */
export function labelFact(measure: string, subject: string | null, scope: string[], claims: Claim[]): string {
  const thing = countedThing(measure, claims);
  const what = subject ? `${subject}: ${thing}` : thing.charAt(0).toUpperCase() + thing.slice(1);
  return scope.length > 0 ? `${what} (${scope.join(', ')})` : what;
}
