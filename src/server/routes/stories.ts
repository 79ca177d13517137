import { Hono } from 'hono';

import { createStorySchema, factListQuerySchema, reportFormatSchema, reportScopeSchema, updateStorySchema, uploadQuerySchema } from '../../contract/api';
import { renderReport } from '../../report';
import { actorName, allow, type AppEnv } from '../auth/guard';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { addArticles } from '../services/add-articles';
import { listFacts } from '../services/facts';
import { reanalyzeStory } from '../services/reanalyze';
import { buildReportInput } from '../services/report-input';
import { addArticleFromUrl, createStory, deleteStory, getStory, listStories, renameStory, storyListHistory } from '../services/stories';
import { publishProgress } from '../services/upload-progress';
import { validate } from '../validate';

import { cachedJson } from './cached-json';
import { readUpload } from './read-upload';

const reportQuerySchema = factListQuerySchema.extend({ format: reportFormatSchema.default('md'), scope: reportScopeSchema.default('all') });
/** The same query however its parameters are ordered: one cache entry. */
const canonical = (query: Record<string, string | undefined>) => Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join('&');

export const storyRoutes = ({ db, live, analyzer, cache, fetch }: Deps) =>
  new Hono<AppEnv>()
    .get('/', async (c) => c.json({ stories: await listStories(db) }, 200))
    .post('/', allow('reviewer'), validate('json', createStorySchema), async (c) => {
      const actor = actorName(c);
      const story = await createStory(db, c.req.valid('json').title, actor);
      live.publish({ type: 'story', storyId: story.id, actor, action: 'story created' });
      return c.json(story, 201);
    })
    .get('/history', async (c) => c.json({ entries: await storyListHistory(db) }, 200))
    .get('/:storyId', (c) => cachedJson(c, db, cache, c.req.param('storyId'), 'story', () => getStory(db, c.req.param('storyId'))))
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
    .post('/:storyId/articles', allow('reviewer'), validate('query', uploadQuerySchema), async (c) => {
      const upload = await readUpload(c, analyzer);
      const storyId = c.req.param('storyId');
      const actor = actorName(c);
      const options = { actor, analyzer, onProgress: publishProgress(live, storyId, c.req.valid('query').uploadId) };
      const added = upload.kind === 'url' ? await addArticleFromUrl(db, storyId, upload.url, fetch, options) : await addArticles(db, storyId, upload.items, options);
      live.publish({ type: 'facts', storyId, actor, action: 'articles added' });
      return c.json(added, 201);
    })
    .get('/:storyId/facts', validate('query', factListQuerySchema), (c) => {
      const storyId = c.req.param('storyId');
      const query = c.req.valid('query');
      return cachedJson(c, db, cache, storyId, `facts?${canonical(query)}`, () => listFacts(db, storyId, query));
    })
    .post('/:storyId/reanalyze', allow('reviewer'), async (c) => {
      const storyId = c.req.param('storyId');
      const actor = actorName(c);
      const report = await reanalyzeStory(db, storyId, actor, analyzer);
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
