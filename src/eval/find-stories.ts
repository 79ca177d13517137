/**
 * @module eval/find-stories
 * The stories under a folder: each subfolder holding `articles/` and `gold.json`, or the folder itself
 * when it is one (so `fixtures/` can be evaluated as it stands).
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import { isStoryFolder } from './read-corpus';

export interface StoryFolder {
  name: string;
  dir: string;
}

/** e.g. findStories('../shared/corpus') -> { ok: true, stories: [{ name: 'belgrade', dir: '…/belgrade' }, …] }, sorted by name. */
export function findStories(folder: string): { ok: true; stories: StoryFolder[] } | { ok: false; message: string } {
  const dir = resolve(folder);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    return { ok: false, message: `${dir}: no such folder` };
  }
  if (!isDir) return { ok: false, message: `${dir}: not a folder` };
  if (isStoryFolder(dir)) return { ok: true, stories: [{ name: basename(dir), dir }] };
  const stories = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isStoryFolder(join(dir, entry.name)))
    .map((entry) => ({ name: entry.name, dir: join(dir, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (stories.length === 0) return { ok: false, message: `${dir}: no story in it (a folder with articles/ and gold.json)` };
  return { ok: true, stories };
}
