import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';

import { HighlightedText } from '../../../components/ui/highlighted-text';
import { ErrorMessage, Loading } from '../../../components/ui/query-state';
import { safeUrl } from '../../../lib/format';
import { articleQueries } from '../api/queries';

/** The article's text with every figure highlighted; a figure opens its fact. The text is never parsed as HTML. */
export function ArticlePage({ storyId, articleId }: { storyId: string; articleId: string }) {
  const article = useQuery(articleQueries.detail(articleId));
  const { hash } = useLocation();
  useEffect(() => {
    if (!article.data || !hash.startsWith('#claim-')) return;
    const el = document.getElementById(hash.slice(1));
    el?.scrollIntoView?.({ block: 'center' });
    el?.focus();
  }, [article.data, hash]);
  if (article.isPending) return <Loading label="Loading the article…" />;
  if (article.isError) return <ErrorMessage error={article.error} onRetry={() => void article.refetch()} />;
  const a = article.data;
  const url = safeUrl(a.url);
  const highlights = a.claims.map((c) => ({
    start: c.start,
    end: c.end,
    key: c.id,
    render: (text: string) =>
      c.factId ? (
        <Link id={`claim-${c.id}`} className="figure-link" to={`/stories/${storyId}/facts/${c.factId}`} title={`${c.unit ?? 'figure'} — open its fact`}>{text}</Link>
      ) : (
        <mark id={`claim-${c.id}`} tabIndex={-1} title="a figure that joined no fact">{text}</mark>
      ),
  }));
  return (
    <>
      <p><Link to={`/stories/${storyId}`}>← Story overview</Link></p>
      <h1>{a.title}</h1>
      <p className="muted">{a.outlet} · {a.published ?? 'date unknown'} · {a.claims.length} figures{url && <> · <a href={url} rel="noopener noreferrer" target="_blank">original</a></>}</p>
      <article className="article-text" aria-label="Article text">
        <HighlightedText text={a.text} highlights={highlights} />
      </article>
    </>
  );
}
