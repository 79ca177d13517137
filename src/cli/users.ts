/**
 * `npm run users -- add NAME --role admin|reviewer|viewer [--password-stdin]`, `list`, `remove NAME`,
 * `role NAME ROLE`: the users of a team server, in its database (DATA_DIR or DATABASE_URL, as `npm start`).
 * The password is read from standard input when it is not a terminal, else asked for with echo off.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { newUserSchema, roleSchema } from '../contract/api';
import { addUser, listUsers, removeUser, setUserRole } from '../server/services/users';
import { serverHoldingDataDir } from '../server/storage/data-dir-lock';
import type { Db } from '../server/storage/db';
import { openDatabase } from '../server/storage/open-database';

import { readNewPassword } from './read-password';

const USAGE = `usage: npm run users -- add NAME --role admin|reviewer|viewer [--password-stdin]
       npm run users -- list
       npm run users -- remove NAME
       npm run users -- role NAME admin|reviewer|viewer`;

class UsageError extends Error {}

async function openConfiguredDb(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (url) return openDatabase({ kind: 'postgres', url });
  const dataDir = resolve(process.env.DATA_DIR ?? join(resolve(import.meta.dirname, '../..'), 'data'));
  const pid = serverHoldingDataDir(dataDir);
  if (pid) throw new Error(`the server (pid ${pid}) has the database in ${dataDir} open: stop it first, or manage users in the dashboard as an admin`);
  mkdirSync(dataDir, { recursive: true });
  return openDatabase({ kind: 'pglite', dataDir });
}

const issues = (e: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }) => e.issues.map((i) => `${i.path.map(String).join('.') || 'value'}: ${i.message}`).join('; ');

async function run(args: string[], out: (line: string) => void): Promise<void> {
  const [command, ...rest] = args;
  const flags = new Set(rest.filter((a) => a.startsWith('--') && a !== '--role'));
  const roleAt = rest.indexOf('--role');
  const role = roleAt >= 0 ? rest[roleAt + 1] : undefined;
  const positional = rest.filter((a, i) => !a.startsWith('--') && !(roleAt >= 0 && i === roleAt + 1));
  for (const f of flags) if (f !== '--password-stdin') throw new UsageError(`unknown option ${f}`);
  if (command === 'add') {
    if (positional.length !== 1 || !role) throw new UsageError('add takes a NAME and --role');
    const password = await readNewPassword(positional[0] as string, flags.has('--password-stdin'));
    const input = newUserSchema.safeParse({ name: positional[0], role, password });
    if (!input.success) throw new UsageError(issues(input.error));
    const db = await openConfiguredDb();
    try {
      const user = await addUser(db, input.data);
      out(`added ${user.name} (${user.role})`);
    } finally {
      await db.close();
    }
    return;
  }
  if (command === 'list' || command === 'remove' || command === 'role') {
    const expected = command === 'list' ? 0 : command === 'remove' ? 1 : 2;
    if (positional.length !== expected || role !== undefined) throw new UsageError(`${command} takes ${['no argument', 'a NAME', 'a NAME and a ROLE'][expected]}`);
    const newRole = command === 'role' ? roleSchema.safeParse(positional[1]) : null;
    if (newRole && !newRole.success) throw new UsageError(`ROLE is one of ${roleSchema.options.join(', ')}`);
    const name = positional[0]?.toLowerCase() ?? '';
    const db = await openConfiguredDb();
    try {
      if (command === 'list') {
        const users = await listUsers(db);
        if (users.length === 0) out('no users yet: npm run users -- add NAME --role admin');
        for (const u of users) out(`${u.name.padEnd(24)} ${u.role.padEnd(9)} since ${u.createdAt.slice(0, 10)}`);
      } else if (command === 'remove') {
        await removeUser(db, name);
        out(`removed ${name}; their sessions have ended`);
      } else if (newRole?.success) {
        const user = await setUserRole(db, name, newRole.data);
        out(`${user.name} is now ${user.role}`);
      }
    } finally {
      await db.close();
    }
    return;
  }
  throw new UsageError(command ? `unknown command ${command}` : 'name a command');
}

run(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)).then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`users: ${e instanceof Error ? e.message : String(e)}\n`);
    if (e instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
