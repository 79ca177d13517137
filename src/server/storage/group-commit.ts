/**
 * Group commit for the embedded database. Under load, fifty reviewers' writes arrive in one turn of the
 * event loop; PGlite runs one statement at a time, and each commit costs a round trip into it and a WAL
 * write. The hot path's named statements (the review write) that arrive together are sent as one message
 * of several statements: PostgreSQL runs them in order in one implicit transaction and commits them once.
 * Each is still its own statement and sees the ones before it, so of two writes of one fact at the same
 * version the first wins and the second finds the new version (409), as when they run apart. If any one
 * fails, the message is rolled back whole and each statement runs again alone: a bad write fails only its
 * own request. A write is answered only after the COMMIT, so nothing uncommitted is announced.
 */

/** One statement, its parameters already written as SQL literals (PGlite binds none to EXECUTE). */
export type RunStatement = (sql: string) => Promise<Array<{ rows: unknown[] }>>;

interface Waiting {
  sql: string;
  resolve: (rows: unknown[]) => void;
  reject: (e: unknown) => void;
}

// After the I/O of this turn (the other requests read in it); the browser's mock has only setTimeout.
const soon = (fn: () => void) => (typeof setImmediate === 'function' ? setImmediate(fn) : setTimeout(fn, 0));

export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;

  /** `maxStatements`: a larger group only makes its first writer wait longer. */
  constructor(private readonly exec: RunStatement, private readonly maxStatements = 64) {}

  /** Runs `sql` (one statement) with the others that arrive before the next turn; its rows once committed. */
  run<T>(sql: string): Promise<T[]> {
    return new Promise<unknown[]>((resolve, reject) => {
      this.waiting.push({ sql, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        soon(() => void this.flush());
      }
    }) as Promise<T[]>;
  }

  private async flush(): Promise<void> {
    const group = this.waiting.splice(0, this.maxStatements);
    if (this.waiting.length > 0) soon(() => void this.flush());
    else this.scheduled = false;
    if (group.length === 1) return this.alone(group[0] as Waiting);
    let results: Array<{ rows: unknown[] }>;
    try {
      results = await this.exec(group.map((w) => w.sql).join(';\n'));
    } catch {
      // Nothing of the group was kept.
      for (const w of group) await this.alone(w);
      return;
    }
    group.forEach((w, i) => w.resolve(results[i]?.rows ?? []));
  }

  private async alone(w: Waiting): Promise<void> {
    try {
      w.resolve((await this.exec(w.sql))[0]?.rows ?? []);
    } catch (e) {
      w.reject(e);
    }
  }
}
