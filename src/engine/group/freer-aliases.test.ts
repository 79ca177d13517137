import { describe, expect, it } from 'vitest';

import { analyze } from '../pipeline';

const article = (file: string, text: string, published = '2024-08-02') => ({ file, title: file, outlet: file, published, url: null, text });
/** The labels of the facts that hold a claim written as `surface`, one per surface. */
function factsOf(texts: string[], surfaces: string[]): string[] {
  const a = analyze(texts.map((t, i) => article(`a${i}.md`, t)));
  return surfaces.map((s) => {
    const claim = a.claims.find((c) => c.surface === s);
    return a.facts.find((f) => claim && f.claimIds.includes(claim.id))?.id ?? `none:${s}`;
  });
}

describe('who frees whom', () => {
  it('joins the people freed by a country with those of the nationality it is said to free', () => {
    const [a, b] = factsOf(
      ['Israel released 1,968 Palestinian prisoners on Monday, officials said.', 'Israel began releasing 1,966 prisoners on Monday, the prison service said.'],
      ['1,968', '1,966'],
    );
    expect(a).toBe(b);
  });

  it('keeps the two sides of an exchange apart', () => {
    const [freedByRussia, russiansFreed] = factsOf(
      ['Russia freed 16 prisoners on Thursday, officials said.', 'Britain released eight Russians on Thursday, the ministry said.', 'Russia freed 15 prisoners in the swap.'],
      ['16', 'eight'],
    );
    expect(freedByRussia).not.toBe(russiansFreed);
  });

  it('leaves a freer of two nationalities as it is: a bare count could be either', () => {
    const [bare, first, second] = factsOf(
      [
        'Israel released 39 Palestinian prisoners on Friday, officials said.',
        'Israel released four Jordanian prisoners on Friday, officials said.',
        'Israel freed 43 prisoners on Friday, the prison service said. Israel freed 40 prisoners, the army said.',
      ],
      ['43', '39', 'four'],
    );
    expect([bare === first, bare === second]).toEqual([false, false]);
  });
});
