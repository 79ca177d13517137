/**
 * A benchmark story that looks like real work: a regional flood covered by 2,000 articles from two dozen
 * outlets over three months. Every sentence comes from the templates below (none from ../shared or any
 * real article); the figures, places, countries and dates are drawn per fact, so the story groups into
 * hundreds of facts: tolls, evacuations, damage and aid per town, troops and rescuers per country, and a
 * region-wide death toll that rises over time and is quoted in nearly every article. Most outlets give a
 * fact's value; some round it or get it wrong, so there are conflicts to review. A few articles are wire
 * copies of earlier ones. Deterministic (seeded).
 */
import type { ArticleInput } from '../src/engine';

import { rng } from './seeded-random';

const TOWNS = [
  'Arlen', 'Brisk', 'Corvale', 'Dunmore', 'Elsby', 'Farrow', 'Glenholt', 'Harwick', 'Ilsted', 'Jarrow', 'Kelbury', 'Lorne', 'Maddox',
  'Norholm', 'Oakfield', 'Pellham', 'Quarry Hill', 'Redmarsh', 'Saltby', 'Tarrant', 'Ulverby', 'Vance', 'Wexley', 'Yarrow', 'Zennor',
  'Ashgrove', 'Birchley', 'Coldharbour', 'Deepdale', 'Eastwick', 'Fenmoor', 'Greyford', 'Hollin', 'Ivybridge', 'Kestrel Bay', 'Larchmont',
  'Millbrook', 'Nettlecombe', 'Otterburn', 'Pinewood',
];
const COUNTRIES = ['Poland', 'Italy', 'Austria', 'Hungary', 'Portugal', 'Norway', 'Greece', 'Ireland', 'Finland', 'Croatia', 'Estonia', 'Denmark'];
const OUTLETS = [
  'Northern Courier', 'Valley Herald', 'Coastal Times', 'Regional Wire', 'Evening Ledger', 'Morning Standard', 'Daily Lantern', 'River Gazette',
  'Plains Observer', 'Harbour News', 'Civic Record', 'Weekly Beacon', 'Field Report', 'Metro Dispatch', 'Upland Post', 'County Chronicle',
  'Bay Sentinel', 'Highland Voice', 'Delta Tribune', 'Capital Review', 'Market Journal', 'Frontier Daily', 'Lakeside Press', 'Summit Bulletin',
];
/** One fact per town and template: what is counted there, with a true value drawn once per town. */
const TOWN_FACTS: Array<{ base: [number, number]; say: (town: string, n: string) => string }> = [
  { base: [3, 60], say: (t, n) => `In ${t}, ${n} people were killed by the floods, officials said.` },
  { base: [10, 300], say: (t, n) => `In ${t}, at least ${n} people were injured.` },
  { base: [200, 9000], say: (t, n) => `In ${t}, about ${n} residents were evacuated from their homes.` },
  { base: [20, 800], say: (t, n) => `In ${t}, rescuers said ${n} homes were destroyed.` },
  { base: [2, 40], say: (t, n) => `In ${t}, ${n} schools were closed on Tuesday.` },
  { base: [3, 90], say: (t, n) => `In ${t}, ${n} kilometres of road were washed away.` },
  { base: [500, 40000], say: (t, n) => `In ${t}, power was cut to ${n} households.` },
  { base: [1, 25], say: (t, n) => `In ${t}, ${n} bridges were damaged.` },
];
const COUNTRY_FACTS: Array<{ base: [number, number]; say: (country: string, n: string) => string }> = [
  { base: [40, 900], say: (c, n) => `${c} sent ${n} soldiers to help with the rescue.` },
  { base: [20, 400], say: (c, n) => `${c} sent ${n} rescue workers.` },
];
const PROSE = [
  'Volunteers worked through the night to fill sandbags along the river banks',
  'The regional council met in emergency session to discuss the response',
  'Forecasters warned that more heavy rain was expected later in the week',
  'Residents described water rising faster than anyone in the town could remember',
  'Aid agencies said the clean-up would take months rather than weeks',
  'Local businesses opened their doors to families who had lost their homes',
];

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)] as T;
const inRange = ([lo, hi]: [number, number], r: () => number) => Math.round(lo + (hi - lo) * r());
/** As the sources write it: thousands with a comma. */
const written = (n: number) => n.toLocaleString('en-US');
/** Most outlets give the value; one in eight rounds it, one in twelve gets it wrong. */
function reported(truth: number, r: () => number): number {
  const x = r();
  if (x < 0.08) return Math.max(1, Math.round(truth * (r() < 0.5 ? 0.8 : 1.25)));
  if (x < 0.2 && truth > 20) return Math.round(truth / 10) * 10;
  return truth;
}

/** `count` articles (2,000 by default) about one flood. */
export function makeStoryCorpus(count = 2000, seed = 7): ArticleInput[] {
  const r = rng(seed);
  const townTruth = TOWNS.map(() => TOWN_FACTS.map((f) => inRange(f.base, r)));
  const countryTruth = COUNTRIES.map(() => COUNTRY_FACTS.map((f) => inRange(f.base, r)));
  const out: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor((i / count) * 90);
    const date = new Date(Date.UTC(2025, 2, 1 + day)).toISOString().slice(0, 10);
    const outlet = pick(OUTLETS, r);
    const title = `Floods, day ${day + 1}: report ${i + 1}`;
    if (i > 50 && r() < 0.03) {
      // A wire copy: an earlier article printed again under another masthead.
      const original = out[Math.floor(r() * out.length)] as ArticleInput;
      out.push({ ...original, file: `flood-${i + 1}.txt`, title, outlet, published: date, url: `https://news.example/${i + 1}` });
      continue;
    }
    const toll = 40 + day * 3;
    const lines = [
      `${outlet} staff, reporting from the flooded region on day ${day + 1} of the disaster, file number ${i + 1}.`,
      `The floods have killed ${written(reported(toll, r))} people across the region, the emergency service said.`,
    ];
    for (let k = 0; k < 6; k++) {
      if (r() < 0.8) {
        const t = Math.floor(r() * TOWNS.length);
        const f = Math.floor(r() * TOWN_FACTS.length);
        lines.push((TOWN_FACTS[f] as (typeof TOWN_FACTS)[number]).say(TOWNS[t] as string, written(reported(townTruth[t]?.[f] as number, r))));
      } else {
        const c = Math.floor(r() * COUNTRIES.length);
        const f = Math.floor(r() * COUNTRY_FACTS.length);
        lines.push((COUNTRY_FACTS[f] as (typeof COUNTRY_FACTS)[number]).say(COUNTRIES[c] as string, written(reported(countryTruth[c]?.[f] as number, r))));
      }
      if (r() < 0.4) lines.push(`${pick(PROSE, r)}, our correspondent in ${pick(TOWNS, r)} wrote in dispatch ${i + 1}.`);
    }
    out.push({ file: `flood-${i + 1}.txt`, title, outlet, published: date, url: `https://news.example/${i + 1}`, text: `${lines.join('\n')}\n` });
  }
  return out;
}
