import type { Claim } from '../types';

import type { ClusterIndex } from './cluster-index';

/** "thousands of" stands for 2,000 only as a lower bound: no figure is the same as it. */
const vague = (c: Claim) => /^(?:dozens|scores|hundreds|thousands|millions|billions|tens)\b/i.test(c.surface);
const sameFigure = (a: Claim, b: Claim) => a.number === b.number && a.frame.compareUnit === b.frame.compareUnit && !vague(a) && !vague(b);

/**
 * Words for one amount seen from two sides: what a thing cost to make, the price paid for it, what it is worth.
 * "The stadium cost £1bn" and "the £1bn price tag" are one amount when they name the very same figure.
 */
const NEAR = Math.log(1.5);
/** Families whose unnamed figures are too many and too alike to join by value: amounts, shares, measures, countries. */
const NO_NEAR = new Set(['countries', 'money', 'percent', 'duration', 'length', 'area', 'mass', 'volume', 'speed', 'temperature', 'power', 'energy', 'data', 'age']);
const KINDRED: ReadonlyMap<string, string> = new Map([['cost', 'outlay'], ['price', 'outlay'], ['value', 'outlay']]);

/**
 * Clusters whose claims never say what happened ("the next 9 billion francs"), or say it with a kindred word
 * ("a price of" beside "cost"), join a cluster of the same family that does when exactly one such cluster
 * reports the very same figure; unnamed counts also join the one named cluster of their family that they fit,
 * when their values are near ("1,200 flights" and "1,100 flights cancelled"). Otherwise they stay facts of
 * their own: "21 countries" is not "troops from 27 countries" just because both count countries.
 * `blocks` maps block keys ("money|guarantee", "money|") to their clusters and is changed in place.
 */
export function mergeUnnamedEvents(blocks: Map<string, ClusterIndex[]>): void {
  for (const [key, unnamed] of blocks) {
    const [family = '', event = '', ...rest] = key.split('|');
    if (rest.length > 0) continue;
    const kin = KINDRED.get(event);
    if (event !== '' && !kin) continue;
    const named = [...blocks.entries()]
      .filter(([k]) => k.startsWith(`${family}|`) && k !== key && k.split('|').length === 2 && (kin === undefined || KINDRED.get(k.split('|')[1] ?? '') === kin))
      .flatMap(([, cls]) => cls);
    for (const cl of [...unnamed]) {
      const compatible = named.filter((n) => n.part === cl.part && (n.place === null || cl.place === null || n.place === cl.place) && n.fit(cl.members, { cues: false }) !== null);
      const same = compatible.filter((n) => n.members.some((m) => cl.members.some((c) => sameFigure(m, c))));
      // "1,200 flights" and "1,100 flights cancelled": with one named cluster of the family near it in value, the
      // unnamed figures count the same thing said without its verb.
      const near = event === '' && same.length === 0 && !NO_NEAR.has(family) ? compatible.filter((n) => n.members.some((m) => !vague(m)) && (n.fit(cl.members, { cues: false }) ?? 1) <= NEAR) : [];
      // "India with 25%" beside "a 25 percent duty on goods from India" and an unplaced 25%: the one of its own place.
      const samePlace = cl.place === null ? [] : same.filter((n) => n.place === cl.place);
      const target = samePlace.length === 1 ? samePlace[0] : same.length === 1 ? same[0] : near.length === 1 && compatible.length === 1 ? near[0] : undefined;
      if (!target) continue;
      target.add(cl.members);
      unnamed.splice(unnamed.indexOf(cl), 1);
    }
  }
}
