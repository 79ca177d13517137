/**
 * Reading and analysing articles, and regrouping a story, are the CPU-heavy work of the server. They go
 * through an Analyzer: inline (tests, the in-browser mock) or on worker threads (worker-analyzer.ts, what
 * `npm start` uses), so an upload of many or large articles leaves the event loop free for other reviewers.
 */
import { analyzeArticle, type ArticleInput, type Claim, type Source } from '../../engine';
import { resolveOutlet } from '../../ingest/outlet';
import { parseArticle } from '../../ingest/parse-article';

import { groupStory, type GroupedStory, type GroupInput } from './group-story';
import { readRequestBody, type RequestBody } from './request-body';

/** Metadata typed in the dashboard for an uploaded file; it wins over the file's front matter. */
export interface TypedMeta { title?: string; outlet?: string | null; published?: string | null; url?: string | null }

/** An uploaded file still to be read, or an article sent as JSON. */
export type UploadItem = { kind: 'file'; name: string; text: string; typed?: TypedMeta } | { kind: 'article'; article: ArticleInput };
export type AnalysedItem = { ok: true; article: ArticleInput; source: Source; claims: Claim[] } | { ok: false; file: string; message: string };

/** Reads a file (front matter, HTML) and finds its claims; a file that cannot be read says why. Pure. */
export function analyzeItem(item: UploadItem): AnalysedItem {
  let article: ArticleInput;
  if (item.kind === 'article') article = item.article;
  else {
    const parsed = parseArticle(item.name, item.text);
    if (!parsed.ok) return { ok: false, file: item.name, message: parsed.message };
    article = parsed.article;
    if (item.typed) {
      const { title, outlet, published, url } = item.typed;
      const address = url || article.url;
      article = { ...article, ...(title ? { title } : {}), outlet: resolveOutlet(outlet || article.outlet, address), ...(published ? { published } : {}), ...(url ? { url } : {}) };
    }
  }
  const { source, claims } = analyzeArticle(article);
  return { ok: true, article, source, claims };
}

export interface Analyzer {
  /** Parses an upload's body (JSON or a multipart form); the bytes are handed over and no longer usable. */
  readBody(contentType: string, body: ArrayBuffer): Promise<RequestBody>;
  /** Analyses every item, in order; `onItem` is called as each one is done (for progress). */
  analyze(items: UploadItem[], onItem?: () => void): Promise<AnalysedItem[]>;
  /** Regroups a story's claims into facts (group-story.ts). */
  group(input: GroupInput): Promise<GroupedStory>;
  close(): Promise<void>;
}

/** On the calling thread: fine for tests and small stories, and where there are no worker threads. */
export const inlineAnalyzer: Analyzer = {
  readBody: readRequestBody,
  async analyze(items, onItem) {
    return items.map((item) => {
      const result = analyzeItem(item);
      onItem?.();
      return result;
    });
  },
  group: async (input) => groupStory(input),
  close: async () => undefined,
};
