/**
 * Each story has a revision, bumped in the same transaction as every change to it (store.bumpRevision).
 * This is what one process knows of them: its own commits and, through the bus, every other process's.
 * While the bus is connected a known revision is current, so a read can be answered from a cache without
 * asking the database; otherwise (or for a story not seen yet) the revision is read from the database.
 *
 * Why it is safe: a revision is only ever learnt after its commit, and a response is cached under the
 * revision read *before* its data, so a cached body is never older than its label.
 */
import type { Queryable } from './db';
import type { MessageBus } from './message-bus';

export class StoryRevisions {
  private readonly known = new Map<string, number>();
  /** Stories deleted: ids are never reused, so a late read must not bring one back. */
  private readonly gone = new Set<string>();
  /** Changes whenever the bus connects or drops: a revision read from the database in an older epoch is not kept. */
  private epoch = 0;

  constructor(
    private readonly bus: MessageBus,
    private readonly db: Queryable,
  ) {
    bus.subscribe(
      (m) => {
        if (m.type === 'revision') this.note(m.storyId, m.revision);
      },
      () => {
        this.epoch++;
        this.known.clear();
      },
    );
  }

  /** Whether known revisions can be trusted without asking the database. */
  get trusted(): boolean {
    return this.bus.connected;
  }

  /** Learns a committed revision (null: the story was deleted); revisions only go up. */
  note(storyId: string, revision: number | null): void {
    if (revision === null) {
      this.gone.add(storyId);
      this.known.delete(storyId);
      return;
    }
    if (this.gone.has(storyId)) return;
    const had = this.known.get(storyId);
    if (had === undefined || revision > had) this.known.set(storyId, revision);
  }

  /** The story's current revision, from memory when trusted, else from the database; null when there is no such story. */
  async current(storyId: string): Promise<number | null> {
    if (this.gone.has(storyId)) return null;
    const epoch = this.epoch;
    const trusted = this.trusted;
    if (trusted) {
      const known = this.known.get(storyId);
      if (known !== undefined) return known;
    }
    const row = (await this.db.query<{ revision: string | number }>('SELECT revision FROM stories WHERE id = $1', [storyId]))[0];
    if (!row) return null;
    const revision = Number(row.revision);
    if (trusted && epoch === this.epoch) this.note(storyId, revision);
    return revision;
  }

  /** What this process knows without asking, for tests. */
  peek(storyId: string): number | undefined {
    return this.known.get(storyId);
  }
}
