import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { ErrorMessage } from '../../../components/ui/query-state';
import { ApiRequestError } from '../../../lib/api-client';
import { SESSION_KEY, signIn } from '../../../lib/session';

/** Team mode: the dashboard behind a sign-in. Wrong names and passwords get one answer; too many give a wait. */
export function SignInPage() {
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = useMutation({
    mutationFn: () => signIn({ username: username.trim(), password }),
    onSuccess: (session) => {
      setPassword('');
      // Whatever was cached belonged to no one (or someone else): start afresh as this user.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      client.setQueryData(SESSION_KEY, session);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (username.trim() && password) submit.mutate();
  };
  const tooMany = submit.error instanceof ApiRequestError && submit.error.status === 429;
  return (
    <section className="card sign-in" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">Sign in</h1>
      <p className="muted">This Tally is shared by a team: sign in with the name and password an admin gave you.</p>
      <form onSubmit={onSubmit} aria-label="Sign in">
        <div className="field">
          <label htmlFor="sign-in-name">User name</label>
          <input id="sign-in-name" autoComplete="username" autoCapitalize="none" spellCheck={false} value={username} onChange={(e) => setUsername(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input id="sign-in-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </div>
        <button type="submit" disabled={submit.isPending}>{submit.isPending ? 'Signing in…' : 'Sign in'}</button>
      </form>
      {submit.isError && <ErrorMessage error={submit.error} />}
      {tooMany && <p className="muted">Sign-in is paused for this name or this computer after ten failed attempts in ten minutes.</p>}
    </section>
  );
}
