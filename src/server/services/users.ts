import type { NewUser, Role, User } from '../../contract/api';
import { hashPassword } from '../auth/password';
import { ApiError, notFound } from '../errors';
import type { Db } from '../storage/db';
import { store, type UserRow } from '../storage/store';

import { now } from './clock';

const toUser = (r: Pick<UserRow, 'name' | 'role' | 'created_at'>): User => ({ name: r.name, role: r.role, createdAt: r.created_at });

export const listUsers = async (db: Db): Promise<User[]> => (await store.listUsers(db)).map(toUser);

/** Adds a user with a fresh scrypt hash of the password (validated by the contract: at least 12 characters). */
export async function addUser(db: Db, input: NewUser): Promise<User> {
  const row: UserRow = { name: input.name, role: input.role, password_hash: await hashPassword(input.password), created_at: now() };
  if (!(await store.insertUser(db, row))) throw new ApiError('conflict', `a user named ${input.name} already exists`);
  return toUser(row);
}

const lastAdmin = (name: string) => new ApiError('conflict', `${name} is the last admin: make another user admin first`);

/** Changes a user's role at once (sessions read the role on every request); the last admin stays admin. */
export async function setUserRole(db: Db, name: string, role: Role): Promise<User> {
  return db.transaction(async (tx) => {
    const admins = await store.lockAdmins(tx);
    const user = await store.getUser(tx, name);
    if (!user) throw notFound('user', name);
    if (user.role === 'admin' && role !== 'admin' && admins.length === 1) throw lastAdmin(name);
    await store.setRole(tx, name, role);
    return toUser({ ...user, role });
  });
}

/** Removes a user and ends their sessions; what they did stays in the history under their name. */
export async function removeUser(db: Db, name: string): Promise<{ removed: string }> {
  return db.transaction(async (tx) => {
    const admins = await store.lockAdmins(tx);
    const user = await store.getUser(tx, name);
    if (!user) throw notFound('user', name);
    if (user.role === 'admin' && admins.length === 1) throw lastAdmin(name);
    await store.deleteUser(tx, name);
    return { removed: name };
  });
}
