import type { ClaimView, FullFact } from '../contract/api';

import { REASONS, claimValue, scopeText, summarize } from './summarize';
import type { ReportInput } from './types';

/** Everything from articles and reviewers goes through this: the page holds no markup it did not write. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const h = escapeHtml;
const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? h(url) : null);

const COLORS = ['#1f4e8c', '#b3261e', '#1e6b3a', '#8a5a00', '#6b2d8c', '#00707a'];

/** A small inline SVG of a fact's claims: a dot at each value as reported, labelled as written, one colour per outlet. */
export function factSvg(claims: ClaimView[]): string {
  if (claims.length === 0) return '';
  const max = Math.max(...claims.map((c) => c.number)) * 1.1 || 1;
  const width = 520;
  const rowH = 18;
  const x = (v: number) => 130 + (Math.max(0, v) / max) * (width - 260);
  const outlets = [...new Set(claims.map((c) => c.article.outlet))];
  const rows = claims.map((c, i) => {
    const y = 12 + i * rowH;
    const color = COLORS[outlets.indexOf(c.article.outlet) % COLORS.length];
    const cx = x(c.number).toFixed(1);
    return `<text x="0" y="${y + 4}" font-size="10">${h(c.article.outlet.slice(0, 22))}</text><circle cx="${cx}" cy="${y}" r="4" fill="${color}"/>`
      + `<text x="${(Number(cx) + 8).toFixed(1)}" y="${y + 4}" font-size="10">${h(claimValue(c).slice(0, 40))}</text>`;
  });
  const height = 12 + claims.length * rowH;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="values as reported, one dot per claim" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}</svg>`;
}

function factSection(f: FullFact): string {
  const claims = f.claims.map((c) => `
      <tr${f.review.rightClaimIds.includes(c.id) ? ' class="right"' : ''}><td class="value">${h(claimValue(c))}</td><td>${h(c.article.outlet)}</td><td>${h(c.article.published ?? '—')}</td><td>${h(c.asOf ?? '—')}</td>
        <td>${h(c.quote)}</td><td>${safeHref(c.article.url) ? `<a href="${safeHref(c.article.url)}">source</a>` : h(c.article.file)}</td></tr>`).join('');
  return `
  <section class="fact">
    <h2>${h(f.label)}</h2>
    <p><span class="badge ${h(f.assessment)}">${h(f.assessment)}</span> ${h(f.explanation)}</p>
    <p>Review: <strong>${h(f.review.status)}</strong>${f.review.reason ? ` — ${h(REASONS[f.review.reason] ?? f.review.reason)}` : ''}${f.review.value !== null ? ` · verified value <strong>${f.review.value.toLocaleString('en-US')}</strong>` : ''}${f.review.reviewer ? ` · by ${h(f.review.reviewer)}` : ''}${f.review.updatedAt ? ` at ${h(f.review.updatedAt)}` : ''}</p>
    ${f.review.note ? `<p class="note">${h(f.review.note)}</p>` : ''}
    ${factSvg(f.claims)}
    <table><thead><tr><th>Value</th><th>Outlet</th><th>Published</th><th>As of</th><th>Quote</th><th>Source</th></tr></thead><tbody>${claims}</tbody></table>
  </section>`;
}

/** One standalone page: styles inside, a print stylesheet, charts as inline SVG. */
export function renderHtml(input: ReportInput): string {
  const s = summarize(input);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Figures review: ${h(input.story.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font-family: system-ui, sans-serif; color: #1b2430; max-width: 980px; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { border-bottom: 1px solid #d9dee5; padding: .3rem .4rem; text-align: left; vertical-align: top; }
.value { font-weight: 700; white-space: nowrap; } tr.right td:first-child::after { content: ' ✓'; color: #1e6b3a; }
.badge { border: 1px solid currentColor; border-radius: 999px; padding: 0 .4rem; font-size: .8rem; }
.conflict { color: #b3261e; } .changed-over-time { color: #8a5a00; } .consistent { color: #1e6b3a; } .single-source { color: #55606c; }
.note { background: #f6f7f9; padding: .5rem; border-left: 3px solid #1f4e8c; }
.summary { display: flex; gap: 1.5rem; flex-wrap: wrap; } .summary div { font-size: 1.3rem; font-weight: 700; } .summary span { display: block; font-size: .8rem; font-weight: 400; color: #5b6673; }
@media print { body { margin: 0; max-width: none; } .fact { break-inside: avoid; page-break-inside: avoid; } a { color: inherit; } h2 { break-after: avoid; } }
</style></head>
<body>
<h1>Figures review: ${h(input.story.title)}</h1>
<div class="summary">
  <div>${s.facts}<span>facts</span></div><div>${s.conflicts}<span>conflicts</span></div><div>${s.changedOverTime}<span>changed over time</span></div>
  <div>${s.verified}<span>verified</span></div><div>${s.disputed}<span>disputed</span></div><div>${s.dismissed}<span>dismissed</span></div><div>${s.open}<span>still open</span></div>
</div>
${input.facts.map(factSection).join('\n')}
<h2>Articles</h2>
<ul>${input.story.articles.map((a) => `<li>${h(a.title)} — ${h(a.outlet)}, ${h(a.published ?? 'date unknown')}${safeHref(a.url) ? ` <a href="${safeHref(a.url)}">${safeHref(a.url)}</a>` : ''}</li>`).join('')}</ul>
<footer><p>Made ${h(input.generatedAt)} by Tally (engine ${h(input.engineVersion)}) from ${input.story.articles.length} articles; scope: ${h(scopeText(input))}.</p></footer>
</body></html>
`;
}
