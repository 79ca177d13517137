import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { factDetailSchema, factListSchema, reviewSchema, storySchema } from '../../contract/api';
import { createApp } from '../app';
import { ARTICLE_A, BACKENDS, jsonRequest, openTestDb } from '../test-support';

import type { Db } from './db';
import { sqlLiteral } from './sql-literal';

describe('sqlLiteral (EXECUTE of a prepared statement on the embedded database)', () => {
  it.each<[unknown, string]>([
    [null, 'NULL'], [undefined, 'NULL'], [0, '0'], [-12.5, '-12.5'], [true, 'TRUE'],
    ["it's", "'it''s'"], ["'); DROP TABLE reviews; --", "'''); DROP TABLE reviews; --'"], ['back\\slash', "'back\\slash'"], [['a', "b'"], `'["a","b''"]'`],
  ])('quotes %j as %s', (value, literal) => expect(sqlLiteral(value)).toBe(literal));

  it('refuses a number SQL cannot write', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow('finite');
    expect(() => sqlLiteral(Number.POSITIVE_INFINITY)).toThrow('finite');
  });
});

describe.each(BACKENDS)('a review saved by the prepared statement, on %s', (backend) => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await openTestDb(backend);
    app = createApp({ db });
  });
  afterAll(async () => db.close());

  it('keeps any text exactly, however it is quoted, and records the same review in the history', async () => {
    const story = storySchema.parse(await (await jsonRequest(app, 'POST', '/api/stories', { title: 'Quotes' })).json());
    expect((await jsonRequest(app, 'POST', `/api/stories/${story.id}/articles`, ARTICLE_A)).status).toBe(201);
    const factId = factListSchema.parse(await (await app.request(`/api/stories/${story.id}/facts`)).json()).facts[0]?.id as string;
    const notes = ["it's", "'); DROP TABLE reviews; --", 'back\\slash and $1 and $$', 'línea\nnueva — “quoted” 😀'];
    let version = 0;
    for (const note of notes) {
      const saved = reviewSchema.parse(await (await jsonRequest(app, 'PUT', `/api/facts/${factId}/review`, { status: 'disputed', note, reviewer: "O'Brien", value: -1.5, version })).json());
      expect(saved).toMatchObject({ note, reviewer: "O'Brien", value: -1.5, version: version + 1 });
      version = saved.version;
    }
    const fact = factDetailSchema.parse(await (await app.request(`/api/facts/${factId}`)).json());
    expect(fact.review.note).toBe(notes.at(-1));
    const saves = fact.history.filter((h) => h.action === 'review saved');
    expect(saves).toHaveLength(notes.length);
    expect(saves[0]?.after).toEqual(fact.review);
    expect(saves[0]?.before).toMatchObject({ note: notes.at(-2), version: notes.length - 1 });
    expect(saves.at(-1)?.before).toBeNull();
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reviews'))[0]?.n).toBeGreaterThan(0);
  });
});
