import { Hono } from 'hono';

import { newUserSchema, updateUserSchema } from '../../contract/api';
import { allow, type AppEnv } from '../auth/guard';
import { addUser, listUsers, removeUser, setUserRole } from '../services/users';
import type { Db } from '../storage/db';
import { validate } from '../validate';

/** Users and roles, for admins only (the same as `npm run users`). Passwords go in, never out. */
export const userRoutes = (db: Db) =>
  new Hono<AppEnv>()
    .use(allow('admin'))
    .get('/', async (c) => c.json({ users: await listUsers(db) }, 200))
    .post('/', validate('json', newUserSchema), async (c) => c.json(await addUser(db, c.req.valid('json')), 201))
    .patch('/:name', validate('json', updateUserSchema), async (c) => c.json(await setUserRole(db, c.req.param('name'), c.req.valid('json').role), 200))
    .delete('/:name', async (c) => c.json(await removeUser(db, c.req.param('name')), 200));
