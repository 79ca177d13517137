import { describe, expect, it } from 'vitest';

import { tokenize } from './tokens';

const read = (text: string) => tokenize(text, { start: 0, end: text.length }).map((t) => `${t.kind[0]}:${t.text}`);

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['killed 15 people.', ['w:killed', 'n:15', 'w:people', 'p:.']],
    ['rebel-held Turkey’s areas', ['w:rebel-held', 'w:Turkey’s', 'w:areas']],
    ['4,443 troops and 1.27 million', ['n:4,443', 'w:troops', 'w:and', 'n:1.27', 'w:million']],
    // A trailing point or comma ends the number or the word, and is a token of its own.
    ['rose to 3,553. Then', ['w:rose', 'w:to', 'n:3,553', 'p:.', 'w:Then']],
    ['reached 45.9C.', ['w:reached', 'n:45.9', 'w:C', 'p:.']],
    ['the U.S. said', ['w:the', 'w:U.S', 'p:.', 'w:said']],
    ['a 500-pound bomb', ['w:a', 'n:500', 'p:-', 'w:pound', 'w:bomb']],
    ['naïve café ½ “quoted”', ['w:naïve', 'w:café', 'p:½', 'p:“', 'w:quoted', 'p:”']],
    ['$2bn (€1.8bn)', ['p:$', 'n:2', 'w:bn', 'p:(', 'p:€', 'n:1.8', 'w:bn', 'p:)']],
    ['x\u00a0y\u2009z', ['w:x', 'w:y', 'w:z']],
  ])('%j', (text, tokens) => {
    expect(read(text)).toEqual(tokens);
  });

  it('keeps offsets into the whole text and reads only the span', () => {
    const text = 'Intro. Police said 8,000 people marched.';
    const tokens = tokenize(text, { start: 7, end: text.length });
    expect(tokens[0]).toMatchObject({ start: 7, end: 13, text: 'Police', lower: 'police', capital: true });
    expect(tokens.find((t) => t.kind === 'number')).toMatchObject({ start: 19, end: 24 });
  });

  it('lowers curly apostrophes to straight ones', () => {
    expect(tokenize('Turkey’s', { start: 0, end: 8 })[0]?.lower).toBe("turkey's");
  });
});
