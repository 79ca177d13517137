import { describe, expect, it } from 'vitest';

import { analyze } from './pipeline';
import type { ArticleInput } from './types';

// A story of another kind, in our own words: a flood, with deaths, evacuations, damage, aid and a protest.
const FLOOD: ArticleInput[] = [
  {
    file: 'a.md', title: 'Floods kill dozens', outlet: 'Daily Courier', published: '2025-04-12', url: null,
    text: 'At least 45 people have died after torrential rain caused flooding across the northern province, officials said on Friday.\n\nThe regional governor said more than 12,000 residents had been evacuated from their homes and about 300 houses were destroyed.\n\nThe government has pledged $25 million in emergency aid.\n',
  },
  {
    file: 'b.md', title: 'Death toll rises', outlet: 'Global Wire', published: '2025-04-13', url: null,
    text: 'The death toll from floods in the north has risen to 52, the health ministry said on Saturday, with 17 people still missing.\n\nSome 15,000 people have been displaced. Officials earlier said 12,000 residents were evacuated.\n\nThe World Bank said it would provide $40m in emergency loans. Authorities said nearly 400 homes had been destroyed.\n',
  },
  {
    file: 'c.md', title: 'Protests over flood response', outlet: 'Metro Times', published: '2025-04-20', url: null,
    text: "Police said 8,000 people took part, while organisers put the number at 30,000.\n\nThe government's emergency aid package of $25 million has been criticised as too small.\n",
  },
];

describe('analyze on a story the engine was not tuned on', () => {
  it('keeps deaths, evacuations, missing, damage, aid and loans apart and assesses each', () => {
    const facts = analyze(FLOOD).facts.map((f) => [f.label, f.assessment, f.claimIds.length]);
    expect(facts).toEqual(expect.arrayContaining([
      // "at least 45" on Friday, 52 on Saturday: the toll moved.
      ['People killed in the flood', 'changed-over-time', 2],
      // 12,000 evacuated, then 15,000 displaced: people made to leave their homes, counted two ways.
      ['Residents evacuated', 'conflict', 3],
      ['Homes destroyed or damaged', 'changed-over-time', 2],
      ['Aid: US dollars', 'consistent', 2],
      ['Loan: US dollars', 'single-source', 1],
      ['People missing in the flood', 'single-source', 1],
      // The police count and the organisers' count of one crowd are one fact, in conflict even in one article.
      ['People taking part', 'conflict', 2],
    ]));
  });

  it('reads an elided noun: "organisers put the number at 30,000" counts the same people as the 8,000', () => {
    const claims = analyze([FLOOD[2] as ArticleInput]).claims;
    expect(claims.slice(0, 2).map((c) => [c.number, c.unit, c.frame.event])).toEqual([[8000, 'person', 'took part'], [30000, 'person', 'took part']]);
  });
});

// Money and percentages, in our own words: what an amount or a rate is of decides its fact.
const BUDGET: ArticleInput[] = [
  {
    file: 'herald.md', title: 'Council approves budget', outlet: 'Local Herald', published: '2025-02-03', url: null,
    text: 'Spending on schools will rise to $410 million, while the police budget stays at $180m. Unemployment in the city stands at 6.2 percent.\n',
  },
  {
    file: 'metro.md', title: 'Budget vote', outlet: 'Metro Daily', published: '2025-02-04', url: null,
    text: 'Education spending goes up to $400 million. The jobless rate is 6.5% according to the latest figures.\n',
  },
];

describe('analyze: one quantity in two units', () => {
  it('agrees when a conversion in brackets is right, and finds the wrong one', () => {
    const article = (file: string, text: string) => ({ file, title: file, outlet: file, published: '2025-07-02', url: null, text });
    const right = analyze([article('a.md', 'The fire burned 2,170 acres (878 hectares) of forest.'), article('b.md', 'The fire burned 2,170 acres of forest, officials said.')]);
    expect(right.facts.map((f) => [f.assessment, f.claimIds.length])).toEqual([['consistent', 3]]);
    const wrong = analyze([article('a.md', 'The fire burned 2,170 acres (1,878 hectares) of forest.'), article('b.md', 'The fire burned 2,170 acres of forest, officials said.')]);
    expect(wrong.facts.map((f) => f.assessment)).toEqual(['conflict']);
  });
});

describe('analyze: amounts and rates', () => {
  it('groups by what the amount or rate is of, and reads "goes up to" as a change, not a limit', () => {
    const { facts, claims } = analyze(BUDGET);
    expect(facts.map((f) => [f.label, f.assessment])).toEqual(expect.arrayContaining([
      ['Spending: US dollars', 'conflict'],
      ['Unemployment (%)', 'conflict'],
      ['Budget: US dollars', 'single-source'],
    ]));
    expect(claims.find((c) => c.number === 400_000_000)?.qualifier).toBe('exact');
  });
});
