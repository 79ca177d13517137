import { Hono } from 'hono';

import { moveClaimSchema, putMarkSchema, putReviewSchema } from '../../contract/api';
import { getFact, moveClaim, putMark, putReview } from '../services/facts';
import { deleteArticle, getArticle } from '../services/stories';
import type { Db } from '../storage/db';
import { validate } from '../validate';

export const articleRoutes = (db: Db) =>
  new Hono()
    .get('/:articleId', async (c) => c.json(await getArticle(db, c.req.param('articleId')), 200))
    .delete('/:articleId', async (c) => c.json(await deleteArticle(db, c.req.param('articleId')), 200));

export const factRoutes = (db: Db) =>
  new Hono()
    .get('/:factId', async (c) => c.json(await getFact(db, c.req.param('factId')), 200))
    .put('/:factId/review', validate('json', putReviewSchema), async (c) => c.json(await putReview(db, c.req.param('factId'), c.req.valid('json')), 200));

export const claimRoutes = (db: Db) =>
  new Hono()
    .put('/:claimId/mark', validate('json', putMarkSchema), async (c) => c.json(await putMark(db, c.req.param('claimId'), c.req.valid('json')), 200))
    .post('/:claimId/move', validate('json', moveClaimSchema), async (c) => c.json(await moveClaim(db, c.req.param('claimId'), c.req.valid('json')), 200));
