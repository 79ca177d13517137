import { Hono } from 'hono';

import { moveClaimSchema, putMarkSchema, putReviewSchema } from '../../contract/api';
import { actorName, allow, type AppEnv } from '../auth/guard';
import { getFact, moveClaim, putMark, putReview } from '../services/facts';
import type { LiveHub } from '../services/live-events';
import { deleteArticle, getArticle } from '../services/stories';
import type { Db } from '../storage/db';
import { validate } from '../validate';

export const articleRoutes = (db: Db, live: LiveHub) =>
  new Hono<AppEnv>()
    .get('/:articleId', async (c) => c.json(await getArticle(db, c.req.param('articleId')), 200))
    .delete('/:articleId', allow('admin'), async (c) => {
      const actor = actorName(c);
      const { storyId, ...deleted } = await deleteArticle(db, c.req.param('articleId'), actor);
      live.publish({ type: 'facts', storyId, actor, action: 'article deleted' });
      return c.json(deleted, 200);
    });

export const factRoutes = (db: Db, live: LiveHub) =>
  new Hono<AppEnv>()
    .get('/:factId', async (c) => c.json(await getFact(db, c.req.param('factId')), 200))
    .put('/:factId/review', allow('reviewer'), validate('json', putReviewSchema), async (c) => {
      const body = c.req.valid('json');
      const factId = c.req.param('factId');
      const { review, storyId, entry } = await putReview(db, factId, body, actorName(c, body.reviewer));
      live.publish({ type: 'review', storyId, factId, review, entry });
      return c.json(review, 200);
    });

export const claimRoutes = (db: Db, live: LiveHub) =>
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
      const moved = await moveClaim(db, c.req.param('claimId'), c.req.valid('json'), actor);
      live.publish({ type: 'facts', storyId: moved.storyId, actor, action: 'claim moved' });
      return c.json(moved, 200);
    });
