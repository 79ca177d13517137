import { z } from 'zod';

/** zod mirrors of the engine's output types; `engine-schemas.test.ts` checks they stay equal. */
export const qualifierSchema = z.enum(['exact', 'about', 'more-than', 'less-than', 'at-least', 'up-to', 'range']);
export const assessmentSchema = z.enum(['consistent', 'conflict', 'changed-over-time', 'single-source']);
export const intervalSchema = z.object({ low: z.number().nullable(), high: z.number().nullable() });
export const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const claimFrameSchema = z.object({
  family: z.string().nullable(),
  event: z.string().nullable(),
  estimate: z.boolean(),
  place: z.string().nullable(),
  part: z.array(z.string()),
  attribution: z.string().nullable(),
  otherEvent: z.string().nullable(),
  link: z.object({ claimId: z.string(), kind: z.enum(['conversion', 'restated', 'earlier', 'part-of']) }).nullable(),
  cues: z.array(z.string()),
  compareUnit: z.string().nullable(),
  compareValue: intervalSchema.nullable(),
  compareTolerance: z.number(),
});

export const claimSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  surface: z.string(),
  number: z.number(),
  value: intervalSchema,
  qualifier: qualifierSchema,
  qualifierText: z.string().nullable(),
  quantity: z.enum(['count', 'percent', 'money', 'measure']),
  unit: z.string().nullable(),
  measure: z.string().nullable(),
  subject: z.string().nullable(),
  // Claims stored before these fields existed read as a level that is no rate.
  change: z.enum(['increase', 'decrease']).nullable().default(null),
  rate: z.string().nullable().default(null),
  scope: z.array(z.string()),
  asOf: z.string().nullable(),
  asOfPrecision: z.enum(['year', 'month', 'day']).nullable(),
  asOfText: z.string().nullable(),
  asOfBasis: z.enum(['explicit', 'context', 'article-date', 'unknown']),
  sentence: spanSchema,
  quote: z.string(),
  frame: claimFrameSchema,
});

export const factSchema = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  measure: z.string().nullable(),
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  scope: z.array(z.string()),
  claimIds: z.array(z.string()),
  sourceIds: z.array(z.string()),
  independentSourceCount: z.number().int(),
  assessment: assessmentSchema,
  explanation: z.string(),
});
