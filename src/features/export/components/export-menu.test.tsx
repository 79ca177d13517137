import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithClient } from '../../../testing/render';

import { ExportMenu } from './export-menu';

describe('ExportMenu', () => {
  it('offers every format for the whole story, the filtered view and the verified facts', async () => {
    const { user } = renderWithClient(<ExportMenu storyId="st-1" filters={{ assessment: 'conflict', q: 'bulgaria' }} />);
    const button = screen.getByRole('button', { name: 'Export ▾' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const items = screen.getAllByRole('menuitem');
    expect(items).toHaveLength(15);
    expect(items[0]).toHaveFocus();
    const hrefs = items.map((i) => i.getAttribute('href'));
    expect(hrefs).toContain('/api/stories/st-1/report?format=csv&scope=all');
    expect(hrefs).toContain('/api/stories/st-1/report?format=claimreview&scope=filtered&assessment=conflict&q=bulgaria');
    expect(hrefs).toContain('/api/stories/st-1/report?format=html&scope=verified');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('has no filtered scope when the view is not filtered', async () => {
    const { user } = renderWithClient(<ExportMenu storyId="st-1" filters={{}} />);
    await user.click(screen.getByRole('button', { name: 'Export ▾' }));
    expect(screen.getAllByRole('menuitem')).toHaveLength(10);
  });
});
