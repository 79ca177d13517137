import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import type { ClaimView } from '../../../contract/api';
import { analyze } from '../../../engine';
import { renderWithClient } from '../../../testing/render';

import { ClaimCard } from './claim-card';

/** A claim as the engine reads it from a sentence of our own, shaped as the API sends it. */
function claimFrom(text: string): ClaimView {
  const [claim] = analyze([{ file: 'a.md', title: 'A', outlet: 'Outlet A', published: '2025-01-31', url: null, text }]).claims;
  if (!claim) throw new Error(`no claim in ${text}`);
  return {
    ...claim, mark: null, copyOfArticleId: null, written: claim.surface,
    article: { id: 'a1', title: 'A', outlet: 'Outlet A', published: '2025-01-31', url: null, file: 'a.md' },
  };
}

describe('ClaimCard', () => {
  it('says who gives the figure and whether it is an estimate', () => {
    renderWithClient(<ClaimCard storyId="s" claims={[claimFrom('Police said 8,000 people took part in the march.')]} onMark={vi.fn()} onMove={vi.fn()} />);
    const card = screen.getByRole('article', { name: /Outlet A: 8,000/ });
    expect(within(card).getByText('According to Police')).toBeInTheDocument();
  });

  it('marks an estimate as one', () => {
    renderWithClient(<ClaimCard storyId="s" claims={[claimFrom('Authorities fear 10,000 more people remain missing.')]} onMark={vi.fn()} onMove={vi.fn()} />);
    expect(screen.getByText(/an estimate/)).toBeInTheDocument();
  });

  it('shows a speaker written with markup as text', () => {
    const claim = claimFrom('Police said 8,000 people took part in the march.');
    const hostile = { ...claim, frame: { ...claim.frame, attribution: '<img src=x onerror=alert(1)>' } };
    const { container } = renderWithClient(<ClaimCard storyId="s" claims={[hostile]} onMark={vi.fn()} onMove={vi.fn()} />);
    expect(screen.getByText('According to <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
