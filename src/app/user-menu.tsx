import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import { SESSION_KEY, signOut, useSession } from '../lib/session';

/** Team mode: who is signed in, with which role; Users for admins; Sign out ends the session on the server. */
export function UserMenu() {
  const session = useSession();
  const client = useQueryClient();
  const out = useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      await client.resetQueries({ queryKey: SESSION_KEY });
    },
  });
  if (session?.mode !== 'team') return null;
  return (
    <nav className="user-menu row" aria-label="Account">
      <span>Signed in as <strong>{session.user}</strong> <span className="muted">({session.role})</span></span>
      {session.role === 'admin' && <Link to="/users">Users</Link>}
      <button type="button" className="secondary" onClick={() => out.mutate()} disabled={out.isPending}>Sign out</button>
    </nav>
  );
}
