import type { Queryable } from '../storage/db';

/** Remembered at most this many of each; past it the memory starts again (it is only a shortcut). */
const MAX = 200_000;

/**
 * Which story a fact or an article belongs to, remembered: a fact's id is made from its story's id, and an
 * article never moves, so the answer never changes. Lets a read of a fact find its story's revision (and
 * its cached answer) without asking the database.
 */
export class StoryOwners {
  private readonly facts = new Map<string, string>();
  private readonly articles = new Map<string, string>();

  constructor(private readonly db: Queryable) {}

  ofFact(factId: string): Promise<string | null> {
    return this.lookup(this.facts, factId, 'SELECT story_id FROM facts WHERE id = $1');
  }

  ofArticle(articleId: string): Promise<string | null> {
    return this.lookup(this.articles, articleId, 'SELECT story_id FROM articles WHERE id = $1');
  }

  private async lookup(memo: Map<string, string>, id: string, sql: string): Promise<string | null> {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const storyId = (await this.db.query<{ story_id: string }>(sql, [id]))[0]?.story_id ?? null;
    if (storyId === null) return null;
    if (memo.size >= MAX) memo.clear();
    memo.set(id, storyId);
    return storyId;
  }
}
