import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

import type { ArticleInput } from '../engine';

import { ARTICLE_EXTENSIONS, parseArticle } from './parse-article';

export interface ReadArticles {
  articles: ArticleInput[];
  errors: Array<{ file: string; message: string }>;
}

/** The article files under the given files and folders (folders recursively), sorted for stable output. */
export function listArticleFiles(paths: string[]): { files: string[]; errors: ReadArticles['errors'] } {
  const files: string[] = [];
  const errors: ReadArticles['errors'] = [];
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      errors.push({ file: path, message: `${path}: no such file or folder` });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name), false);
    } else if (explicit || ARTICLE_EXTENSIONS.some((e) => path.toLowerCase().endsWith(e))) files.push(path);
  };
  for (const p of paths) visit(p, true);
  return { files, errors };
}

/** Reads and parses every article; a file that fails is reported and the others are still read. */
export function readArticles(paths: string[]): ReadArticles {
  const { files, errors } = listArticleFiles(paths);
  const articles: ArticleInput[] = [];
  for (const path of files) {
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (e) {
      errors.push({ file: path, message: `${path}: cannot be read (${e instanceof Error ? e.message : String(e)})` });
      continue;
    }
    const result = parseArticle(basename(path), content);
    if (result.ok) articles.push(result.article);
    else errors.push({ file: path, message: result.message });
  }
  return { articles, errors };
}
