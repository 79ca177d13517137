/**
 * A small story written for the scorer's tests (a ferry accident, in our own words): three articles, a
 * gold annotation, and an analysis whose every claim is placed by hand so that each scoring rule is hit
 * once: a range, an open interval, a value too loose, an as-of prefix match and a miss, a figure not
 * claimed, a distractor leaked, and a fact split over two predicted facts.
 */
import type { Gold } from './gold';
import type { ScoredAnalysis, ScoredClaim, ScoredFact } from './scored-analysis';

export const handMadeBodies = new Map([
  ['one.md', 'The ferry left the harbour on 2 May carrying 40 to 45 passengers. More than 30 of them were pulled from the water by noon.\n'],
  ['two.md', "Officials counted 44 passengers on board. Around 30 people were rescued, while the operator's fleet of 12 boats stayed in port.\n"],
  ['three.md', 'By evening only 25 survivors had been rescued, a local paper reported. Rescuers searched for 6 hours.\n'],
]);

export const handMadeGold: Gold = {
  facts: [
    { id: 'passengers', label: 'Passengers on the ferry', expected: 'consistent' },
    { id: 'rescued', label: 'Passengers rescued', expected: 'discrepancy' },
    { id: 'search-hours', label: 'Length of the search', expected: 'consistent' },
  ],
  mentions: [
    { file: 'one.md', context: 'carrying 40 to 45 passengers', surface: '40 to 45', value: [40, 45], qualifier: 'exact', asOf: '2024-05-02', fact: 'passengers' },
    { file: 'two.md', context: 'counted 44 passengers', surface: '44', value: 44, qualifier: 'exact', asOf: '2024-05-03', fact: 'passengers' },
    { file: 'one.md', context: 'More than 30 of them', surface: 'More than 30', value: 30, qualifier: 'more-than', asOf: '2024-05-02', fact: 'rescued' },
    { file: 'two.md', context: 'Around 30 people were rescued', surface: 'Around 30', value: 30, qualifier: 'about', asOf: '2024-05-03', fact: 'rescued' },
    { file: 'three.md', context: 'only 25 survivors', surface: '25', value: 25, qualifier: 'exact', asOf: '2024-05-02', fact: 'rescued' },
    { file: 'three.md', context: 'searched for 6 hours', surface: '6', value: 6, qualifier: 'exact', asOf: '2024-05', fact: 'search-hours' },
  ],
  distractors: [{ file: 'two.md', context: 'fleet of 12 boats', surface: '12', lookalike: 'passengers', note: 'boats, not people' }],
};

// The analysed text of one.md is re-flowed ("40 to\n45"): the scorer must still find the range.
const analysedTexts: Record<string, string> = {
  'one.md': (handMadeBodies.get('one.md') as string).replace('40 to 45', '40 to\n45'),
  'two.md': handMadeBodies.get('two.md') as string,
  'three.md': handMadeBodies.get('three.md') as string,
};

function claimAt(id: string, file: string, surface: string, value: ScoredClaim['value'], asOf: string | null): ScoredClaim {
  const start = (analysedTexts[file] as string).indexOf(surface);
  if (start < 0) throw new Error(`${surface} is not in ${file}`);
  return { id, sourceId: `src-${file}`, start, end: start + surface.length, value, asOf };
}

export const handMadeClaims = {
  // Listed first and overlapping the range's high end only: the range claim must still win.
  partial: claimAt('c0', 'one.md', '45 passengers', { low: 45, high: 45 }, '2024-05-02'),
  range: claimAt('c1', 'one.md', '40 to\n45', { low: 40, high: 45 }, '2024-05'),
  counted: claimAt('c2', 'two.md', '44', { low: 44, high: 44 }, '2024-05-03'),
  moreThan: claimAt('c3', 'one.md', 'More than 30', { low: 30, high: null }, '2024-05-02'),
  tooLoose: claimAt('c4', 'two.md', 'Around 30', { low: 10, high: 50 }, '2024-05-03'),
  wrongMonth: claimAt('c5', 'three.md', '25', { low: 25, high: 25 }, '2024-06'),
  boats: claimAt('c6', 'two.md', '12', { low: 12, high: 12 }, null),
};

const c = handMadeClaims;
export const handMadeFacts: ScoredFact[] = [
  { id: 'F0', claimIds: [c.partial.id], assessment: 'single-source' },
  { id: 'F1', claimIds: [c.range.id, c.counted.id, c.boats.id], assessment: 'consistent' },
  { id: 'F2', claimIds: [c.moreThan.id, c.wrongMonth.id], assessment: 'conflict' },
  { id: 'F3', claimIds: [c.tooLoose.id], assessment: 'consistent' },
];

/** The analysis, with its facts replaced when a test needs another grouping. */
export function handMadeAnalysis(facts: ScoredFact[] = handMadeFacts): ScoredAnalysis {
  return {
    // three.md is named with a folder, as an analysis of a nested path would name it.
    sources: Object.entries(analysedTexts).map(([file, text]) => ({ id: `src-${file}`, file: file === 'three.md' ? `news/${file}` : file, text })),
    claims: Object.values(handMadeClaims),
    facts,
  };
}
