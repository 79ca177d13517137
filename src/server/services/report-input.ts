import type { FactListQuery, FullFact } from '../../contract/api';
import { ENGINE_VERSION } from '../../engine';
import type { ReportInput, ReportScope } from '../../report';
import type { Db } from '../storage/db';
import { store } from '../storage/store';

import { now } from './clock';
import { toFullFact } from './fact-views';
import { listFacts } from './facts';
import { getStory } from './stories';
import { loadStoryIndex } from './story-index';

/** What a report is made of: the story, and the facts in scope with their claims, reviews and history. */
export async function buildReportInput(db: Db, storyId: string, scope: ReportScope, filters: FactListQuery): Promise<ReportInput> {
  const story = await getStory(db, storyId);
  const query: FactListQuery = scope === 'filtered' ? filters : scope === 'verified' ? { status: 'verified' } : {};
  const { facts: summaries } = await listFacts(db, storyId, query);
  const index = await loadStoryIndex(db, storyId);
  const stored = new Map((await store.listFacts(db, storyId)).map((f) => [f.id, f.data]));
  const facts: FullFact[] = [];
  for (const s of summaries) {
    const fact = stored.get(s.id);
    if (fact) facts.push(toFullFact(index, s.id, fact, await store.historyOf(db, [s.id])));
  }
  return { story, facts, scope, filters: scope === 'filtered' ? filters : null, generatedAt: now(), engineVersion: ENGINE_VERSION };
}
