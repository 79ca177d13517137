import { REASONS, claimValue, scopeText, summarize } from './summarize';
import type { ReportInput } from './types';

/** Text from articles is data: escaped so Markdown renders neither its HTML nor its Markdown. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

export function renderMarkdown(input: ReportInput): string {
  const s = summarize(input);
  const e = escapeMarkdown;
  const lines: string[] = [
    `# Figures review: ${e(input.story.title)}`,
    '',
    `${s.facts} facts · ${s.conflicts} conflicts · ${s.changedOverTime} changed over time · ${s.verified} verified · ${s.disputed} disputed · ${s.dismissed} dismissed · ${s.open} still open`,
    '',
  ];
  for (const f of input.facts) {
    lines.push(`## ${e(f.label)}`, '');
    lines.push(`- Assessment: **${f.assessment}** — ${e(f.explanation)}`);
    lines.push(`- Review: **${f.review.status}**${f.review.reason ? ` (${REASONS[f.review.reason]})` : ''}${f.review.value !== null ? ` · verified value ${f.review.value.toLocaleString('en-US')}` : ''}`);
    if (f.review.note) lines.push(`- Note: ${e(f.review.note)}`);
    if (f.review.reviewer || f.review.updatedAt) lines.push(`- Reviewed by ${e(f.review.reviewer ?? 'unknown')} at ${f.review.updatedAt ?? '—'}`);
    lines.push('', '| Value | Outlet | Published | As of | Quote | Source |', '|---|---|---|---|---|---|');
    for (const c of f.claims) {
      const right = f.review.rightClaimIds.includes(c.id) ? ' ✓' : '';
      lines.push(`| ${e(claimValue(c))}${right} | ${e(c.article.outlet)} | ${c.article.published ?? '—'} | ${c.asOf ?? '—'} | ${e(c.quote)} | ${c.article.url ? `<${encodeURI(c.article.url)}>` : e(c.article.file)} |`);
    }
    lines.push('');
  }
  lines.push('## Articles', '');
  for (const a of input.story.articles) lines.push(`- ${e(a.title)} — ${e(a.outlet)}, ${a.published ?? 'date unknown'}${a.url ? ` <${encodeURI(a.url)}>` : ''}`);
  lines.push('', '---', '', `Made ${input.generatedAt} by Tally (engine ${input.engineVersion}) from ${input.story.articles.length} articles; scope: ${scopeText(input)}.`, '');
  return lines.join('\n');
}
