/**
 * @module eval/requirements
 * Thresholds a score must meet: `found>=0.9,groupP>=0.8,leaks<=2`. A plain term applies to the pooled
 * total of all stories; a term written `min:groupP>=0.5` applies to every story on its own, so one weak
 * story cannot hide behind strong ones.
 */
import { METRIC_NAMES, type ScoreMetrics } from './score-counts';

export type MetricName = (typeof METRIC_NAMES)[number];

export interface Requirement {
  scope: 'total' | 'each-story';
  metric: MetricName;
  op: '>=' | '<=';
  threshold: number;
  /** As written, for messages. */
  text: string;
}

const TERM = /^(min:)?(\w+)(>=|<=)(\d+(?:\.\d+)?|\.\d+)$/;
const isMetricName = (name: string): name is MetricName => (METRIC_NAMES as readonly string[]).includes(name);

/** e.g. parseRequirements('found>=0.9, min:groupP>=0.5') -> two requirements; a bad term -> an error naming it. */
export function parseRequirements(text: string): { ok: true; requirements: Requirement[] } | { ok: false; message: string } {
  const terms = text.split(',').map((t) => t.trim()).filter((t) => t !== '');
  if (terms.length === 0) return { ok: false, message: 'no threshold given (e.g. found>=0.9,min:groupP>=0.5)' };
  const requirements: Requirement[] = [];
  for (const term of terms) {
    const m = TERM.exec(term);
    const metric = m?.[2] ?? '';
    if (!m || !isMetricName(metric)) {
      return { ok: false, message: `bad term "${term}": write [min:]METRIC>=N or METRIC<=N, METRIC one of ${METRIC_NAMES.join(', ')}` };
    }
    requirements.push({ scope: m[1] ? 'each-story' : 'total', metric, op: m[3] as Requirement['op'], threshold: Number(m[4]), text: term });
  }
  return { ok: true, requirements };
}

export interface Scored {
  name: string;
  metrics: ScoreMetrics;
}

/**
 * Every requirement not met, as "where: metric=value (needs term)"; empty when all hold.
 * e.g. total groupP 0.45 against groupP>=0.5 -> ['total: groupP=0.45 (needs groupP>=0.5)'].
 */
export function findShortfalls(requirements: readonly Requirement[], total: Scored, stories: readonly Scored[]): string[] {
  const shortfalls: string[] = [];
  for (const req of requirements) {
    for (const row of req.scope === 'total' ? [total] : stories) {
      const value = row.metrics[req.metric];
      if (req.op === '>=' ? value < req.threshold : value > req.threshold) {
        shortfalls.push(`${row.name}: ${req.metric}=${req.metric === 'leaks' ? value : value.toFixed(2)} (needs ${req.text})`);
      }
    }
  }
  return shortfalls;
}
