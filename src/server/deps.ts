import type { Analyzer } from './services/analyzer';
import type { FetchOptions } from './services/fetch-page';
import type { LiveHub } from './services/live-events';
import type { ReadCache } from './services/read-cache';
import type { StoryOwners } from './services/story-owners';
import type { Db } from './storage/db';

/** What the story, fact, article and claim routes work with: one of each per app. */
export interface Deps {
  db: Db;
  live: LiveHub;
  analyzer: Analyzer;
  cache: ReadCache;
  owners: StoryOwners;
  fetch: FetchOptions;
}
