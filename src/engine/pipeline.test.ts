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
  it('keeps deaths, evacuations, missing, displaced, damage, aid and loans apart and assesses each', () => {
    const facts = analyze(FLOOD).facts.map((f) => [f.label, f.assessment, f.claimIds.length]);
    expect(facts).toEqual(expect.arrayContaining([
      ['People (killed)', 'consistent', 2],
      ['People (evacuated)', 'consistent', 2],
      ['Homes (destroyed)', 'conflict', 2],
      ['Dollars (aid)', 'consistent', 2],
      ['World Bank: dollars (loan)', 'single-source', 1],
      ['People (missing)', 'single-source', 1],
      ['People (displaced)', 'single-source', 1],
      ['People (took part)', 'single-source', 2],
    ]));
  });

  it('reads an elided noun: "organisers put the number at 30,000" counts the same people as the 8,000', () => {
    const claims = analyze([FLOOD[2] as ArticleInput]).claims;
    expect(claims.slice(0, 2).map((c) => [c.number, c.unit, c.scope])).toEqual([[8000, 'person', ['took part']], [30000, 'person', ['took part']]]);
  });
});
