import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BACKENDS, openTestDb } from '../test-support';

import type { Db } from './db';
import { GroupCommit } from './group-commit';

describe.each(BACKENDS)('group commit of named statements on %s', (backend) => {
  let db: Db;
  const write = (id: number, expected: number) =>
    db.query<{ id: number; v: number }>('UPDATE counters SET v = v + 1 WHERE id = $1 AND v = $2 RETURNING id, v', [id, expected], 'test_bump');

  beforeAll(async () => {
    db = await openTestDb(backend);
    await db.query('CREATE TABLE counters (id int PRIMARY KEY, v int NOT NULL CHECK (v < 3))');
    await db.query('INSERT INTO counters SELECT g, 0 FROM generate_series(1, 60) g');
  });
  afterAll(async () => db.close());

  it('lets the first of writes at one version win and shows the others the new version, within one group', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => write(1, 0)));
    expect(results.filter((rows) => rows.length === 1)).toEqual([[{ id: 1, v: 1 }]]);
    expect(results.filter((rows) => rows.length === 0)).toHaveLength(19);
  });

  it('commits writes to different rows that arrive together, each answered with its own rows', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => write(i + 10, 0)));
    expect(results).toEqual(Array.from({ length: 50 }, (_, i) => [{ id: i + 10, v: 1 }]));
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM counters WHERE v = 1 AND id >= 10'))[0]?.n).toBe(50);
  });

  it('fails only the statement that fails: the others of its group are committed', async () => {
    await db.query('UPDATE counters SET v = 2 WHERE id = 2');
    const outcomes = await Promise.allSettled([write(3, 0), write(2, 2), write(4, 0)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await db.query('SELECT id, v FROM counters WHERE id IN (2, 3, 4) ORDER BY id')).toEqual([{ id: 2, v: 2 }, { id: 3, v: 1 }, { id: 4, v: 1 }]);
  });

  it('keeps a group whole when its statements arrive before the statement was first prepared', async () => {
    const late = (id: number) => db.query<{ id: number }>('UPDATE counters SET v = v + 1 WHERE id = $1 RETURNING id', [id], 'test_late');
    expect(await Promise.all([late(5), late(6), late(7)])).toEqual([[{ id: 5 }], [{ id: 6 }], [{ id: 7 }]]);
    expect(await db.query("SELECT id FROM counters WHERE id IN (5, 6, 7) AND v = 1 AND 'it''s' = $1 ORDER BY id", ["it's"])).toHaveLength(3);
  });
});

describe('group commit', () => {
  it('sends statements that arrive in one turn as one message', async () => {
    const sent: string[] = [];
    const group = new GroupCommit(async (sql) => {
      sent.push(sql);
      return sql.split(';\n').map((s) => ({ rows: [s] }));
    });
    expect(await Promise.all(['SELECT 1', 'SELECT 2', 'SELECT 3'].map((s) => group.run(s)))).toEqual([['SELECT 1'], ['SELECT 2'], ['SELECT 3']]);
    expect(sent).toEqual(['SELECT 1;\nSELECT 2;\nSELECT 3']);
  });
});
