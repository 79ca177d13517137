import { Hono } from 'hono';

import { claimPageQuerySchema, moveClaimSchema, putMarkSchema, putReviewSchema } from '../../contract/api';
import { actorName, allow, type AppEnv } from '../auth/guard';
import type { Deps } from '../deps';
import { getClaimPage } from '../services/fact-page';
import { getFact, moveClaim, putMark, putReview } from '../services/facts';
import { deleteArticle, getArticle } from '../services/stories';
import { validate } from '../validate';

import { cachedJson } from './cached-json';

export const articleRoutes = ({ db, live, analyzer, cache, owners }: Deps) =>
  new Hono<AppEnv>()
    .get('/:articleId', async (c) => {
      const id = c.req.param('articleId');
      return cachedJson(c, db, cache, await owners.ofArticle(id), `article:${id}`, () => getArticle(db, id));
    })
    .delete('/:articleId', allow('admin'), async (c) => {
      const actor = actorName(c);
      const { storyId, ...deleted } = await deleteArticle(db, c.req.param('articleId'), actor, analyzer);
      live.publish({ type: 'facts', storyId, actor, action: 'article deleted' });
      return c.json(deleted, 200);
    });

export const factRoutes = ({ db, live, cache, owners }: Deps) =>
  new Hono<AppEnv>()
    .get('/:factId', async (c) => {
      const id = c.req.param('factId');
      return cachedJson(c, db, cache, await owners.ofFact(id), `fact:${id}`, () => getFact(db, id));
    })
    .get('/:factId/claims', validate('query', claimPageQuerySchema), async (c) => {
      const id = c.req.param('factId');
      const { offset, limit } = c.req.valid('query');
      return cachedJson(c, db, cache, await owners.ofFact(id), `claims:${id}:${offset}:${limit ?? ''}`, () => getClaimPage(db, id, offset, limit));
    })
    .put('/:factId/review', allow('reviewer'), validate('json', putReviewSchema), async (c) => {
      const body = c.req.valid('json');
      const factId = c.req.param('factId');
      const { review, storyId, entry } = await putReview(db, factId, body, actorName(c, body.reviewer));
      live.publish({ type: 'review', storyId, factId, review, entry });
      return c.json(review, 200);
    });

export const claimRoutes = ({ db, live, analyzer }: Deps) =>
  new Hono<AppEnv>()
    .put('/:claimId/mark', allow('reviewer'), validate('json', putMarkSchema), async (c) => {
      const body = c.req.valid('json');
      const claimId = c.req.param('claimId');
      const actor = actorName(c, body.reviewer);
      const { view, storyId } = await putMark(db, claimId, body, actor);
      live.publish({ type: 'mark', storyId, claimId, mark: body.mark, actor });
      return c.json(view, 200);
    })
    .post('/:claimId/move', allow('reviewer'), validate('json', moveClaimSchema), async (c) => {
      const actor = actorName(c);
      const moved = await moveClaim(db, c.req.param('claimId'), c.req.valid('json'), actor, analyzer);
      live.publish({ type: 'facts', storyId: moved.storyId, actor, action: 'claim moved' });
      return c.json(moved, 200);
    });
