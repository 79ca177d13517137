import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { Empty, ErrorMessage, Loading } from '../../../components/ui/query-state';
import { PASSWORD_MIN_LENGTH, roleSchema, type Role } from '../../../contract/api';
import { can, useSession } from '../../../lib/session';
import { addUser, removeUser, setUserRole, userQueries } from '../api/queries';

const ROLE_HELP: Record<Role, string> = {
  viewer: 'reads and exports',
  reviewer: 'also reviews, marks, moves claims and adds articles',
  admin: 'also manages users and deletes stories',
};

/** Admins manage the team here, as `npm run users` does: add, change a role, remove. */
export function UsersPage() {
  const session = useSession();
  const users = useQuery({ ...userQueries.list(), enabled: can(session, 'admin') });
  const client = useQueryClient();
  const [confirm, setConfirm] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: userQueries.all() });
  const role = useMutation({ mutationFn: ({ name, next }: { name: string; next: Role }) => setUserRole(name, next), onSettled: refresh });
  const remove = useMutation({ mutationFn: removeUser, onSuccess: () => setConfirm(null), onSettled: refresh });
  if (!session) return <Loading />;
  if (!can(session, 'admin')) return <p>Only an admin manages users; you are signed in as a {session.role}.</p>;
  return (
    <>
      <h1>Users</h1>
      <ul className="muted">{roleSchema.options.map((r) => <li key={r}><strong>{r}</strong>: {ROLE_HELP[r]}</li>)}</ul>
      <AddUserForm onAdded={refresh} />
      {users.isPending ? <Loading label="Loading users…" />
        : users.isError ? <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />
        : users.data.users.length === 0 ? <Empty>No users yet.</Empty>
        : (
          <table aria-label="Users">
            <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Since</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {users.data.users.map((u) => (
                <tr key={u.name}>
                  <th scope="row">{u.name}{u.name === session.user ? ' (you)' : ''}</th>
                  <td>
                    <label className="visually-hidden" htmlFor={`role-${u.name}`}>Role of {u.name}</label>
                    <select id={`role-${u.name}`} value={u.role} disabled={role.isPending} onChange={(e) => role.mutate({ name: u.name, next: e.target.value as Role })}>
                      {roleSchema.options.map((r) => <option key={r} value={r}>{r}</option>)}
                    </select>
                  </td>
                  <td>{u.createdAt.slice(0, 10)}</td>
                  <td>
                    {confirm === u.name ? (
                      <span className="row">
                        <button type="button" className="danger" onClick={() => remove.mutate(u.name)} disabled={remove.isPending}>Remove {u.name} for good</button>
                        <button type="button" className="secondary" onClick={() => setConfirm(null)}>Keep</button>
                      </span>
                    ) : <button type="button" className="secondary" onClick={() => setConfirm(u.name)}>Remove…</button>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      {role.isError && <ErrorMessage error={role.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
    </>
  );
}

function AddUserForm({ onAdded }: { onAdded: () => Promise<unknown> }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [password, setPassword] = useState('');
  const add = useMutation({
    mutationFn: () => addUser({ name: name.trim(), role, password }),
    onSuccess: async () => {
      setName('');
      setPassword('');
      await onAdded();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="card row" onSubmit={submit} aria-label="Add a user" style={{ alignItems: 'flex-end' }}>
      <div className="field"><label htmlFor="new-user-name">Name</label><input id="new-user-name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} required /></div>
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>{roleSchema.options.map((r) => <option key={r} value={r}>{r}</option>)}</select>
      </div>
      <div className="field">
        <label htmlFor="new-user-password">Password (at least {PASSWORD_MIN_LENGTH} characters)</label>
        <input id="new-user-password" type="password" autoComplete="new-password" minLength={PASSWORD_MIN_LENGTH} value={password} onChange={(e) => setPassword(e.target.value)} required />
      </div>
      <button type="submit" disabled={add.isPending}>{add.isPending ? 'Adding…' : 'Add user'}</button>
      {add.isSuccess && <p role="status">Added {add.data.name} ({add.data.role}).</p>}
      {add.isError && <ErrorMessage error={add.error} />}
    </form>
  );
}
