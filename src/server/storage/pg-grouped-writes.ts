import type { Pool, PoolClient } from 'pg';

import { GroupCommit } from './group-commit';
import { executeSql } from './sql-literal';

/**
 * Group commit on PostgreSQL (group-commit.ts says why and how). A message of several statements goes by
 * the simple protocol, which binds no parameters: each named statement is PREPAREd once on each pooled
 * connection that runs a group, and the group is its EXECUTEs with literals. The prefix keeps these apart
 * from the driver's own prepared statements of the same name on the same connection.
 */
export class PgGroupedWrites {
  private readonly statements = new Map<string, string>();
  private readonly preparedOn = new WeakMap<PoolClient, Set<string>>();
  private readonly group = new GroupCommit((sql) => this.exec(sql));

  constructor(private readonly pool: Pool) {}

  run<T>(name: string, sql: string, params: unknown[]): Promise<T[]> {
    const prepared = `grouped_${name}`;
    if (!this.statements.has(prepared)) this.statements.set(prepared, sql);
    return this.group.run<T>(executeSql(prepared, params));
  }

  private async exec(sql: string): Promise<Array<{ rows: unknown[] }>> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      let done = this.preparedOn.get(client);
      if (!done) this.preparedOn.set(client, (done = new Set()));
      for (const [name, text] of this.statements) {
        if (done.has(name)) continue;
        await client.query(`PREPARE ${name} AS ${text}`);
        done.add(name);
      }
      const result = await client.query(sql);
      return (Array.isArray(result) ? result : [result]) as Array<{ rows: unknown[] }>;
    } catch (e) {
      // A statement's error leaves the connection fine; a lost connection must not go back to the pool.
      if (typeof (e as { code?: unknown }).code !== 'string' || (e as { code: string }).code.length !== 5) broken = e as Error;
      throw e;
    } finally {
      client.release(broken);
    }
  }
}
