import { Hono } from 'hono';

import { createStorySchema, factListQuerySchema, reportFormatSchema, reportScopeSchema, updateStorySchema } from '../../contract/api';
import { renderReport } from '../../report';
import { actorName, allow, type AppEnv } from '../auth/guard';
import { ApiError } from '../errors';
import { listFacts } from '../services/facts';
import type { FetchOptions } from '../services/fetch-page';
import type { LiveHub } from '../services/live-events';
import { reanalyzeStory } from '../services/reanalyze';
import { buildReportInput } from '../services/report-input';
import { addArticleFromUrl, addArticles, createStory, deleteStory, getStory, listStories, renameStory, storyListHistory } from '../services/stories';
import type { Db } from '../storage/db';
import { validate } from '../validate';

import { readUpload } from './read-upload';

const reportQuerySchema = factListQuerySchema.extend({ format: reportFormatSchema.default('md'), scope: reportScopeSchema.default('all') });

export const storyRoutes = (db: Db, fetchOptions: FetchOptions, live: LiveHub) =>
  new Hono<AppEnv>()
    .get('/', async (c) => c.json({ stories: await listStories(db) }, 200))
    .post('/', allow('reviewer'), validate('json', createStorySchema), async (c) => {
      const actor = actorName(c);
      const story = await createStory(db, c.req.valid('json').title, actor);
      live.publish({ type: 'story', storyId: story.id, actor, action: 'story created' });
      return c.json(story, 201);
    })
    .get('/history', async (c) => c.json({ entries: await storyListHistory(db) }, 200))
    .get('/:storyId', async (c) => c.json(await getStory(db, c.req.param('storyId')), 200))
    .patch('/:storyId', allow('reviewer'), validate('json', updateStorySchema), async (c) => {
      const actor = actorName(c);
      const story = await renameStory(db, c.req.param('storyId'), c.req.valid('json').title, actor);
      live.publish({ type: 'story', storyId: story.id, actor, action: 'story renamed' });
      return c.json(story, 200);
    })
    .delete('/:storyId', allow('admin'), async (c) => {
      const actor = actorName(c);
      const deleted = await deleteStory(db, c.req.param('storyId'), actor);
      live.publish({ type: 'story', storyId: deleted.deleted, actor, action: 'story deleted' });
      return c.json(deleted, 200);
    })
    .post('/:storyId/articles', allow('reviewer'), async (c) => {
      const upload = await readUpload(c);
      const storyId = c.req.param('storyId');
      const actor = actorName(c);
      const added = upload.kind === 'url' ? await addArticleFromUrl(db, storyId, upload.url, fetchOptions, actor) : await addArticles(db, storyId, upload.articles, actor);
      live.publish({ type: 'facts', storyId, actor, action: 'articles added' });
      return c.json(added, 201);
    })
    .get('/:storyId/facts', validate('query', factListQuerySchema), async (c) => c.json(await listFacts(db, c.req.param('storyId'), c.req.valid('query')), 200))
    .post('/:storyId/reanalyze', allow('reviewer'), async (c) => {
      const storyId = c.req.param('storyId');
      const actor = actorName(c);
      const report = await reanalyzeStory(db, storyId, actor);
      live.publish({ type: 'facts', storyId, actor, action: 'story reanalyzed' });
      return c.json(report, 200);
    })
    .get('/:storyId/report', validate('query', reportQuerySchema), async (c) => {
      const { format, scope, ...filters } = c.req.valid('query');
      const input = { ...(await buildReportInput(db, c.req.param('storyId'), scope, filters)), siteUrl: new URL(c.req.url).origin };
      const report = renderReport(format, input);
      if (!report.body) throw new ApiError('unprocessable', `the ${format} report is empty`);
      return c.body(report.body, 200, {
        'Content-Type': report.contentType,
        'Content-Disposition': `attachment; filename="${report.fileName.replace(/[^\w.-]/g, '_')}"`,
      });
    });
