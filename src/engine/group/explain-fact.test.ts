import { describe, expect, it } from 'vitest';

import { analyze } from '../pipeline';

const article = (file: string, published: string, text: string) => ({ file, title: file, outlet: file.replace('.md', ''), published, url: null, text });

describe('explainFact: what a reviewer reads at a glance', () => {
  it('does not list a conversion in brackets as a value of its own', () => {
    const analysis = analyze([
      article('wire.md', '2025-05-20', 'Winds reached up to 195 km/h (121 mph) on Monday.'),
      article('daily.md', '2025-05-21', 'Gusts reached 200 km/h on Monday.'),
    ]);
    const [fact] = analysis.facts;
    expect(fact?.explanation).toContain('195');
    expect(fact?.explanation).not.toContain('121');
  });

  it('names the units when a fact mixes currencies', () => {
    const analysis = analyze([
      article('a.md', '2023-03-19', 'The bank agreed to buy its rival for 3 billion Swiss francs.'),
      article('b.md', '2023-03-19', 'The bank agreed to buy its rival for $3.25 billion.'),
    ]);
    const fact = analysis.facts.find((f) => f.label.startsWith('Price'));
    expect(fact?.explanation).toMatch(/Swiss francs/);
    expect(fact?.explanation).toMatch(/US dollars/);
  });

  it('shows basis points as written, not as a percentage', () => {
    const analysis = analyze([
      article('a.md', '2023-08-03', 'The bank lifted its key rate by 25 basis points on Thursday.'),
      article('b.md', '2023-08-03', 'The bank lifted its key rate by 50 basis points on Thursday.'),
    ]);
    const text = analysis.facts.map((f) => f.explanation).join(' ');
    expect(text).toMatch(/25 basis points/);
    expect(text).not.toMatch(/25%/);
  });
});
