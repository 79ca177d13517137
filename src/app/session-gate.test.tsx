import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { seriousViolations } from '../testing/axe';
import { TEAM_PASSWORD, teamHandlers } from '../testing/mocks/handlers/team-handlers';
import { server } from '../testing/mocks/node';
import { renderWithClient } from '../testing/render';

import { SessionGate } from './session-gate';
import { UserMenu } from './user-menu';

const renderGate = () => renderWithClient(<><UserMenu /><SessionGate><p>the stories</p></SessionGate></>);

describe('SessionGate', () => {
  it('shows the pages at once in personal mode, with no sign-in and no account menu', async () => {
    renderGate();
    // The first request waits for the mock app to load the fixture story.
    expect(await screen.findByText('the stories', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Account' })).toBeNull();
  });

  it('asks a signed-out team member to sign in, refuses a wrong password, and lets the right one in', async () => {
    server.use(...(await teamHandlers(null)));
    const { user, container } = renderGate();
    await screen.findByRole('heading', { name: 'Sign in' }, { timeout: 15_000 });
    expect(screen.queryByText('the stories')).toBeNull();
    expect(await seriousViolations(container)).toEqual([]);
    await user.type(screen.getByLabelText('User name'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'not her password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('wrong user name or password')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), TEAM_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('the stories')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Account' })).toHaveTextContent('Signed in as ana (reviewer)');
  });

  it('says sign-in is paused after too many failures (429)', async () => {
    server.use(...(await teamHandlers(null)));
    // Scenario: ten failed sign-ins already; the server answers 429.
    server.use(http.post('*/api/session', () => HttpResponse.json({ error: { code: 'too_many_requests', message: 'too many failed sign-ins: try again in 10 minutes' } }, { status: 429, headers: { 'Retry-After': '600' } })));
    const { user } = renderGate();
    await user.type(await screen.findByLabelText('User name'), 'ana');
    await user.type(screen.getByLabelText('Password'), TEAM_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/try again in 10 minutes/)).toBeInTheDocument();
    expect(screen.getByText(/paused for this name or this computer/)).toBeInTheDocument();
  });

  it('signs out: the session ends and the sign-in page comes back', async () => {
    server.use(...(await teamHandlers('bo')));
    const { user } = renderGate();
    const menu = await screen.findByRole('navigation', { name: 'Account' });
    expect(menu).toHaveTextContent('Signed in as bo (reviewer)');
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
    // After the DELETE the server no longer knows bo's cookie: every request answers 401 again.
    server.use(...(await teamHandlers(null)));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { name: 'Sign in' });
    await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Account' })).toBeNull());
  });
});
