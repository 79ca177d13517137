import type { Claim } from '../types';

/** Per currency, the log of the rate into each other currency the story converts it into: ln(value there / value here). */
export type ExchangeRates = ReadonlyMap<string, ReadonlyMap<string, number>>;

const isMoney = (c: Claim) => c.frame.family === 'money' && c.frame.compareUnit !== null && c.number > 0;

/**
 * The rates a story's own conversions give: "11.4 billion crowns (1.03 billion euros)" says a crown is about 0.09
 * euro, so "about 1.1 billion euros" elsewhere can be compared with amounts in crowns. The median of each pair's
 * conversions, both ways round; no rate is assumed that the story does not state.
 */
export function exchangeRates(claims: readonly Claim[]): ExchangeRates {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const samples = new Map<string, number[]>();
  const sample = (pair: string, k: number) => (samples.get(pair) ?? samples.set(pair, []).get(pair))?.push(k);
  for (const c of claims) {
    const other = c.frame.link?.kind === 'conversion' ? byId.get(c.frame.link.claimId) : undefined;
    if (!other || !isMoney(c) || !isMoney(other) || c.frame.compareUnit === other.frame.compareUnit) continue;
    const [from, to] = [other.frame.compareUnit as string, c.frame.compareUnit as string];
    const k = Math.log(c.number / other.number);
    sample(`${from}>${to}`, k);
    sample(`${to}>${from}`, -k);
  }
  const rates = new Map<string, Map<string, number>>();
  for (const [pair, ks] of samples) {
    const [from, to] = pair.split('>') as [string, string];
    const sorted = [...ks].sort((a, b) => a - b);
    (rates.get(from) ?? rates.set(from, new Map()).get(from))?.set(to, sorted[Math.floor(sorted.length / 2)] as number);
  }
  return rates;
}
