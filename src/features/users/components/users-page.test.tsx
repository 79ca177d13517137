import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { userListSchema } from '../../../contract/api';
import { seriousViolations } from '../../../testing/axe';
import { teamApp, teamHandlers } from '../../../testing/mocks/handlers/team-handlers';
import { server } from '../../../testing/mocks/node';
import { renderWithClient } from '../../../testing/render';

import { UsersPage } from './users-page';

const usersNow = async () => {
  const { app, cookie } = await teamApp();
  return userListSchema.parse(await (await app.request('/api/users', { headers: { Cookie: await cookie('ada') } })).json()).users;
};

describe('UsersPage', () => {
  it('lets an admin add a user, change a role and remove a user', async () => {
    server.use(...(await teamHandlers('ada')));
    const { user, container } = renderWithClient(<UsersPage />);
    const table = await screen.findByRole('table', { name: 'Users' }, { timeout: 15_000 });
    expect(within(table).getByRole('rowheader', { name: 'ada (you)' })).toBeInTheDocument();
    expect(await seriousViolations(container)).toEqual([]);
    await user.type(screen.getByLabelText('Name'), 'Eve');
    await user.selectOptions(screen.getByLabelText('Role'), 'viewer');
    await user.type(screen.getByLabelText(/Password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    // The browser's own check stops a short password; the server's check stands behind it.
    expect((await usersNow()).map((u) => u.name)).not.toContain('eve');
    await user.type(screen.getByLabelText(/Password/), ' but now long enough');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByText('Added eve (viewer).')).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText('Role of eve'), 'reviewer');
    await waitFor(async () => expect((await usersNow()).find((u) => u.name === 'eve')?.role).toBe('reviewer'));
    await user.click(within(screen.getByRole('row', { name: /eve/ })).getByRole('button', { name: 'Remove…' }));
    await user.click(screen.getByRole('button', { name: 'Remove eve for good' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'eve' })).toBeNull());
    expect((await usersNow()).map((u) => u.name)).not.toContain('eve');
  });

  it('shows why when the server refuses: the last admin stays admin', async () => {
    server.use(...(await teamHandlers('ada')));
    const { user } = renderWithClient(<UsersPage />);
    await user.selectOptions(await screen.findByLabelText('Role of ada', {}, { timeout: 15_000 }), 'viewer');
    expect(await screen.findByText(/ada is the last admin/)).toBeInTheDocument();
    expect((await usersNow()).find((u) => u.name === 'ada')?.role).toBe('admin');
  });

  it('tells a reviewer that only an admin manages users, and lists no one', async () => {
    server.use(...(await teamHandlers('bo')));
    renderWithClient(<UsersPage />);
    expect(await screen.findByText(/Only an admin manages users/, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
