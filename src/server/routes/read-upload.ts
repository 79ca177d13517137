import type { Context } from 'hono';
import { z } from 'zod';

import { LIMITS, addArticleFromUrlSchema, addArticleSchema } from '../../contract/api';
import { resolveOutlet } from '../../ingest/outlet';
import { ApiError } from '../errors';
import type { Analyzer, UploadItem } from '../services/analyzer';
import type { FormFile } from '../services/request-body';

/** The body is parsed and the files read (front matter, HTML) by the analyzer, off the event loop; here the contract is checked. */
export type Upload = { kind: 'articles'; items: UploadItem[] } | { kind: 'url'; url: string };

const issuesText = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, where = '') =>
  issues.map((x) => `${where}${x.path.map(String).join('.')}${x.path.length ? ': ' : ''}${x.message}`).join('; ');

/**
 * What a POST to /stories/:id/articles carries: articles as JSON (one, or { articles: [...] }) or multipart
 * files, or { url } for a page the server fetches.
 */
export async function readUpload(c: Context, analyzer: Analyzer): Promise<Upload> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data') && !type.startsWith('application/json')) {
    throw new ApiError('unsupported_media_type', `send articles as application/json or multipart/form-data, not "${type || 'no content type'}"`);
  }
  const read = await analyzer.readBody(type, await c.req.arrayBuffer());
  if (!read.ok) throw new ApiError('bad_request', read.message);
  if (read.kind === 'form') return { kind: 'articles', items: formItems(read.files, readMeta(read.fields.meta)) };
  const body = read.value;
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  if ('url' in fields && !('text' in fields) && !('articles' in fields)) {
    const parsed = addArticleFromUrlSchema.safeParse(body);
    if (!parsed.success) throw new ApiError('bad_request', issuesText(parsed.error.issues));
    return { kind: 'url', url: parsed.data.url };
  }
  const list = Array.isArray(fields.articles) ? fields.articles : [body];
  if (list.length === 0) throw new ApiError('bad_request', 'articles: send at least one article');
  if (list.length > LIMITS.uploadFiles) throw new ApiError('payload_too_large', `at most ${LIMITS.uploadFiles} articles per request`);
  const items = list.map((item, i): UploadItem => {
    const parsed = addArticleSchema.safeParse(item);
    if (!parsed.success) throw new ApiError('bad_request', issuesText(parsed.error.issues, list.length > 1 ? `articles.${i}.` : ''));
    const a = parsed.data;
    return { kind: 'article', article: { file: a.file ?? `${a.title.slice(0, 60)}.txt`, title: a.title, outlet: resolveOutlet(a.outlet, a.url), published: a.published ?? null, url: a.url ?? null, text: a.text } };
  });
  return { kind: 'articles', items };
}

/** Metadata typed in the dashboard for each uploaded file, by file name; it wins over the file's front matter. */
const uploadMetaSchema = z.record(z.string(), addArticleSchema.pick({ title: true, outlet: true, published: true, url: true }).partial());

function readMeta(raw: string | undefined): z.infer<typeof uploadMetaSchema> {
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ApiError('bad_request', 'meta: must be JSON, e.g. {"a.txt": {"outlet": "Daily Post"}}');
  }
  const meta = uploadMetaSchema.safeParse(parsed);
  if (!meta.success) throw new ApiError('bad_request', `meta: ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return meta.data;
}

function formItems(files: FormFile[], meta: z.infer<typeof uploadMetaSchema>): UploadItem[] {
  if (files.length === 0) throw new ApiError('bad_request', 'files: upload at least one .md, .txt or .html file');
  if (files.length > LIMITS.uploadFiles) throw new ApiError('payload_too_large', `at most ${LIMITS.uploadFiles} files per upload (got ${files.length})`);
  const large = files.find((f) => f.size > LIMITS.fileBytes);
  if (large) throw new ApiError('payload_too_large', `${large.name}: larger than ${LIMITS.fileBytes / (1024 * 1024)} MB`);
  return files.map((f) => ({ kind: 'file', name: f.name, text: f.text, typed: meta[f.name] }));
}
