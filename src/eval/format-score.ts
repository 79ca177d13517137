/**
 * @module eval/format-score
 * A score as the lines score.mjs prints, so the two scorers' output can be read, and diffed, side by side.
 */
import type { ScoreDetails } from './score-analysis';
import type { ScoreCounts } from './score-counts';

/** The count lines, e.g. "mentions found       12/13". */
export function formatScoreCounts(c: ScoreCounts): string[] {
  const r2 = (part: number, whole: number) => (whole ? part / whole : 1).toFixed(2);
  return [
    `mentions found       ${c.found}/${c.mentions}`,
    `values right         ${c.valuesRight}/${c.found}`,
    `as-of dates right    ${c.asOfRight}/${c.found}`,
    `grouping precision   ${r2(c.truePairs, c.predictedPairs)}  (${c.truePairs}/${c.predictedPairs} pairs)`,
    `grouping recall      ${r2(c.truePairs, c.goldPairs)}  (${c.truePairs}/${c.goldPairs} pairs)`,
    `distractors leaked   ${c.leaks}/${c.distractors}`,
    `assessments right    ${c.assessmentsRight}/${c.assessments}`,
  ];
}

/** The --verbose lines: what was missed or wrong, each assessment, and where each gold fact's mentions went. */
export function formatScoreDetails(d: ScoreDetails): string[] {
  const json = (v: unknown) => JSON.stringify(v);
  return [
    ...d.misses.map((x) => `  missed   ${x.file}: "${x.context}" (${x.reason})`),
    ...d.valueErrors.map((x) => `  value    ${x.file}: "${x.context}" gold ${json(x.gold)} ${x.qualifier}, got ${json(x.got)}`),
    ...d.asOfErrors.map((x) => `  as-of    ${x.file}: "${x.context}" gold ${x.gold}, got ${json(x.got)}`),
    ...d.leaks.map((x) => `  leaked   ${x.file}: "${x.context}" joined ${x.lookalike} (${x.note})`),
    ...d.assessments.map((r) => `  ${r.ok ? 'ok  ' : 'FAIL'}     ${r.fact}: expected ${r.expected}, got ${r.got}`),
    ...d.groups.map((g) => `  group    ${g.fact}: ${g.predicted.join(' ')}`),
  ];
}
