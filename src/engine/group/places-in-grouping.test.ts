import { describe, expect, it } from 'vitest';

import { analyze } from '../pipeline';
import type { Fact } from '../types';

import { samePlace } from './place-aliases';

/** An article of our own, one per outlet, dated `published`. */
const article = (file: string, text: string, published = '2025-01-29') => ({ file, title: file, outlet: file, published, url: null, text });
/** The facts of a story that hold any of the claims `ids`. */
const factsHolding = (facts: Fact[], ids: string[]) => facts.filter((f) => f.claimIds.some((id) => ids.includes(id)));

describe('one place named at two lengths', () => {
  it.each([
    ['maha kumbh', 'maha kumbh mela'],
    ['gaza', 'gaza strip'],
    ['grand hotel', 'grand hotel annex'],
  ])('%s and %s are one place', (a, b) => {
    expect(samePlace(a, b)).toBe(true);
    expect(samePlace(b, a)).toBe(true);
  });

  it.each([
    ['sudan', 'south sudan'],
    ['Papua', 'Papua New Guinea'],
    ['new', 'new york'],
    ['kent', 'kentucky'],
    ['maha kumbh', 'maha kumbh'],
  ])('%s and %s are not', (a, b) => {
    expect(samePlace(a, b)).toBe(false);
  });

  it('groups a toll at a venue named at two lengths into one fact', () => {
    const { claims, facts } = analyze([
      article('a.md', 'Dozens of people were killed in a stampede at the Riverside Fairground in the north.'),
      article('b.md', 'At least 30 people died in a stampede at the Riverside Fairground Arena early Wednesday.'),
    ]);
    const tolls = claims.filter((c) => c.frame.event === 'killed').map((c) => c.id);
    expect(tolls).toHaveLength(2);
    expect(factsHolding(facts, tolls)).toHaveLength(1);
  });
});

describe('the places of a story of one US state', () => {

  it('reads an overall toll as the state\'s when the story names one state and its counties', () => {
    const { claims, facts } = analyze([
      article('a.md', 'At least 68 people were killed in Kerr County. The storm\'s overall toll rose to at least 79.', '2025-07-06'),
      article('b.md', 'At least 81 people have died in Texas, officials said.', '2025-07-06'),
    ]);
    const ids = claims.filter((c) => c.number === 79 || c.number === 81).map((c) => c.id);
    expect(ids).toHaveLength(2);
    expect(factsHolding(facts, ids)).toHaveLength(1);
  });

  it('keeps deaths in the surrounding counties apart from the toll that names no place', () => {
    const { claims, facts } = analyze([
      article('a.md', 'At least 11 additional deaths were confirmed in surrounding counties.', '2025-07-06'),
      article('b.md', 'At least 12 people have died, officials said.', '2025-07-06'),
    ]);
    const elsewhere = claims.find((c) => c.number === 11);
    expect(elsewhere?.frame.place).toBe('elsewhere');
    const toll = claims.find((c) => c.number === 12);
    expect(facts.find((f) => f.claimIds.includes(toll?.id ?? ''))?.claimIds).not.toContain(elsewhere?.id);
  });
});

describe("countries' rates", () => {

  it('keeps each country\'s rate a fact of its own, and a blanket rate apart from all of them', () => {
    const { claims, facts } = analyze([
      article('a.md', 'The order sets a 35 percent tariff on Canadian goods, 50 percent for Brazil, 25 percent for India and 20 percent for Taiwan. Other goods face a blanket 10 percent tariff.', '2025-08-01'),
      article('b.md', 'Canada is hit with 35%, Brazil with 50%, India with 25% and Taiwan with 20%.', '2025-08-01'),
    ]);
    const factOf = (number: number, source: string) => facts.find((f) => f.claimIds.includes(claims.find((c) => c.number === number && c.sourceId === source)?.id ?? ''));
    const [a, b] = [...new Set(claims.map((c) => c.sourceId))] as [string, string];
    for (const rate of [35, 50, 25, 20]) expect(factOf(rate, a)?.id, `${rate}%`).toBe(factOf(rate, b)?.id);
    const byCountry = new Set([35, 50, 25, 20].map((rate) => factOf(rate, a)?.id));
    expect(byCountry.size).toBe(4);
    expect(byCountry.has(factOf(10, a)?.id)).toBe(false);
  });
});

describe("a country's toll that grows tenfold in a day", () => {

  it('keeps one toll from 25 to 144 to 1,644 over two days as one fact', () => {
    const { claims, facts } = analyze([
      article('c.md', 'At least 25 people were killed in Myanmar, officials said.', '2025-03-28'),
      article('a.md', 'At least 144 people were killed in Myanmar, the junta said.', '2025-03-29'),
      article('b.md', 'The death toll in Myanmar climbed to 1,644, the junta said.', '2025-03-30'),
    ]);
    const ids = claims.filter((c) => c.frame.event === 'killed').map((c) => c.id);
    expect(ids).toHaveLength(3);
    expect(factsHolding(facts, ids)).toHaveLength(1);
  });

  it('keeps a count ten times smaller on the same day apart', () => {
    const { claims, facts } = analyze([
      article('a.md', 'At least 1,644 people were killed in Myanmar, the junta said.', '2025-03-29'),
      article('b.md', 'At least 12 people were killed in Myanmar, a monk said.', '2025-03-29'),
    ]);
    const ids = claims.filter((c) => c.frame.event === 'killed').map((c) => c.id);
    expect(factsHolding(facts, ids)).toHaveLength(2);
  });
});

describe('one amount or one fleet in two outlets', () => {
  const factsOf = (texts: string[], number: number) => {
    const { claims, facts } = analyze(texts.map((t, i) => article(`${i}.md`, t, '2021-03-25')));
    const ids = claims.filter((c) => c.number === number).map((c) => c.id);
    return { ids, facts: factsHolding(facts, ids) };
  };

  it('joins the very same amount said of the same words, though its purpose is unnamed', () => {
    const { ids, facts } = factsOf(['Lloyd\'s List values westbound traffic at roughly $5.1bn a day.', 'The backup has hit westbound traffic by about $5.1 billion a day.'], 5.1e9);
    expect(ids).toHaveLength(2);
    expect(facts).toHaveLength(1);
  });

  it('counts ships and vessels as one fleet', () => {
    const { claims, facts } = analyze([article('a.md', 'More than 160 vessels are waiting at either end of the canal.', '2021-03-25'), article('b.md', 'At least 185 ships are waiting at either end of the canal.', '2021-03-25')]);
    const ids = claims.map((c) => c.id);
    expect(factsHolding(facts, ids)).toHaveLength(1);
  });
});

describe('one amount with conversions into different currencies', () => {
  it('joins "£53.5m (€62.8m)" and "£53.5m ($73m)" as one amount', () => {
    const { claims, facts } = analyze([article('a.md', 'In total, the tournament will award £53.5 million (€62.8 million).', '2025-06-12'), article('b.md', 'Total prize money has reached a record £53.5 million ($73 million).', '2025-06-12')]);
    const ids = claims.filter((c) => c.number === 53.5e6).map((c) => c.id);
    expect(ids).toHaveLength(2);
    expect(factsHolding(facts, ids)).toHaveLength(1);
  });
});
