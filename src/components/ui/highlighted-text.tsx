import type { ReactNode } from 'react';

export interface Highlight {
  start: number;
  end: number;
  key: string;
  /** Rendered around the highlighted text, e.g. a link to the claim's fact. */
  render: (text: string) => ReactNode;
}

/**
 * Text with spans highlighted, built as React nodes: untrusted article text is only ever text,
 * never HTML. Highlights must be sorted and must not overlap.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const h of highlights) {
    if (h.start < at || h.end > text.length) continue;
    if (h.start > at) nodes.push(text.slice(at, h.start));
    nodes.push(<span key={h.key}>{h.render(text.slice(h.start, h.end))}</span>);
    at = h.end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return <>{nodes}</>;
}
