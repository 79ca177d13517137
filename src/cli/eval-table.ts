/**
 * The table `npm run eval` prints: one row per story and a pooled total, ratios to two decimals,
 * assessments as right/total with their ratio, leaks as leaked/distractors, seconds to the millisecond.
 */
import type { ScoreCounts, ScoreMetrics } from '../eval/score-counts';

export interface EvalRow {
  name: string;
  articles: number;
  seconds: number;
  counts: ScoreCounts;
  metrics: ScoreMetrics;
}

const HEADERS = ['story', 'articles', 'mentions', 'found', 'values', 'groupP', 'groupR', 'asOf', 'leaks', 'assessments', 'seconds'];

function cells(row: EvalRow): string[] {
  const { counts: c, metrics: m } = row;
  return [
    row.name,
    String(row.articles),
    String(c.mentions),
    m.found.toFixed(2),
    m.values.toFixed(2),
    m.groupP.toFixed(2),
    m.groupR.toFixed(2),
    m.asOf.toFixed(2),
    `${c.leaks}/${c.distractors}`,
    `${c.assessmentsRight}/${c.assessments} ${m.status.toFixed(2)}`,
    row.seconds.toFixed(3),
  ];
}

/** e.g. a row "kfor  5  33  1.00  1.00 … 0/4  4/4 1.00  0.31": the story name left-aligned, the rest right-aligned. */
export function formatEvalTable(stories: readonly EvalRow[], total: EvalRow): string {
  const rows = [HEADERS, ...stories.map(cells), cells(total)];
  const widths = HEADERS.map((_, col) => Math.max(...rows.map((r) => (r[col] as string).length)));
  const line = (r: string[]) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] as number) : cell.padStart(widths[col] as number))).join('  ');
  const rule = '-'.repeat(widths.reduce((sum, w) => sum + w + 2, -2));
  return [line(HEADERS), ...stories.map((s) => line(cells(s))), rule, line(cells(total))].join('\n');
}
