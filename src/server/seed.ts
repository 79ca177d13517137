import type { ArticleInput } from '../engine';

import { addArticles } from './services/add-articles';
import type { Analyzer } from './services/analyzer';
import { createStory, listStories } from './services/stories';
import type { Db } from './storage/db';

export const SEED_STORY_TITLE = 'KFOR troop figures';

/** On first start with an empty database, loads the fixture story so a new user sees real conflicts at once. */
export async function seedIfEmpty(db: Db, articles: ArticleInput[], title = SEED_STORY_TITLE, analyzer?: Analyzer): Promise<string | null> {
  if ((await listStories(db)).length > 0 || articles.length === 0) return null;
  const story = await createStory(db, title, 'tally');
  await addArticles(db, story.id, articles.map((article) => ({ kind: 'article', article })), { actor: 'tally', analyzer });
  return story.id;
}
