/**
 * @module eval/gold
 * The gold annotation of a story (shared/eval/FORMAT.md): facts, the mentions that belong to them, and
 * distractors that look as if they belong but do not. Parsed with zod because gold.json is hand-written.
 */
import { z } from 'zod';

export const goldFactSchema = z.object({
  id: z.string(),
  label: z.string(),
  expected: z.enum(['discrepancy', 'consistent']),
  note: z.string().optional(),
});

export const goldMentionSchema = z.object({
  file: z.string(),
  context: z.string(),
  surface: z.string(),
  /** A number, or [low, high] for a range. */
  value: z.union([z.number(), z.tuple([z.number(), z.number()])]),
  qualifier: z.string(),
  /** When the figure held: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: z.string(),
  fact: z.string(),
});

export const goldDistractorSchema = z.object({
  file: z.string(),
  context: z.string(),
  surface: z.string(),
  /** The gold fact this figure must not join. */
  lookalike: z.string(),
  note: z.string().optional(),
});

export const goldSchema = z.object({
  facts: z.array(goldFactSchema),
  mentions: z.array(goldMentionSchema),
  distractors: z.array(goldDistractorSchema).default([]),
});

export type GoldFact = z.infer<typeof goldFactSchema>;
export type GoldMention = z.infer<typeof goldMentionSchema>;
export type GoldDistractor = z.infer<typeof goldDistractorSchema>;
export type Gold = z.infer<typeof goldSchema>;

/**
 * What is wrong with a gold annotation against the article bodies it annotates (file name -> body):
 * a file it names that is not there, a context not found exactly once, a surface outside its context.
 * e.g. a context "sent 300 soldiers" that appears twice in one body -> one problem naming the file.
 */
export function findGoldProblems(gold: Gold, bodies: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const item of [...gold.mentions, ...gold.distractors]) {
    const body = bodies.get(item.file);
    if (body === undefined) {
      problems.push(`gold names ${item.file}, which is not in articles/`);
      continue;
    }
    const first = body.indexOf(item.context);
    if (first < 0 || body.indexOf(item.context, first + 1) >= 0) {
      problems.push(`context not found exactly once in ${item.file}: ${item.context}`);
    }
    if (!item.context.includes(item.surface)) problems.push(`surface "${item.surface}" not inside context "${item.context}"`);
  }
  return problems;
}
