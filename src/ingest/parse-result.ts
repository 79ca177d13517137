import type { ArticleInput } from '../engine';

/** Reading an article never throws: it gives the article, or an error that names the file and the problem. */
export type ParseResult = { ok: true; article: ArticleInput } | { ok: false; file: string; message: string };

export const parseError = (file: string, message: string): ParseResult => ({ ok: false, file, message: `${file}: ${message}` });
