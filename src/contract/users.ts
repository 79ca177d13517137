/**
 * Team mode: who may do what. Users, roles, the session and sign-in, shared by server, client and mocks
 * (re-exported from api.ts, the one contract).
 */
import { z } from 'zod';

/** viewer: reads and exports; reviewer: also reviews, marks, moves claims and adds articles; admin: also users and deletions. */
export const roleSchema = z.enum(['viewer', 'reviewer', 'admin']);
export type Role = z.infer<typeof roleSchema>;
export const ROLE_RANK: Record<Role, number> = { viewer: 0, reviewer: 1, admin: 2 };
/** e.g. `roleAllows('admin', 'reviewer')` is true, `roleAllows('viewer', 'reviewer')` false. */
export const roleAllows = (role: Role, needed: Role) => ROLE_RANK[role] >= ROLE_RANK[needed];

export const PASSWORD_MIN_LENGTH = 12;
export const usernameSchema = z.string().trim().toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._@-]{0,63}$/, 'a user name is 1 to 64 letters, digits or . _ @ -, starting with a letter or digit');
export const passwordSchema = z.string()
  .min(PASSWORD_MIN_LENGTH, `a password has at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(1024, 'a password has at most 1,024 characters');

/** POST /session. The password is checked as given; only its length is limited, so a long one is never cut. */
export const signInSchema = z.object({ username: z.string().trim().toLowerCase().min(1).max(64), password: z.string().min(1).max(1024) }).strict();
export type SignIn = z.infer<typeof signInSchema>;
/**
 * GET /session: who is signed in. In personal mode (no sign-in) there is no user and everyone may do
 * everything, as on a laptop; in team mode `user` is the signed-in name.
 */
export const sessionSchema = z.object({ mode: z.enum(['personal', 'team']), user: z.string().nullable(), role: roleSchema });
export type Session = z.infer<typeof sessionSchema>;
export const signedOutSchema = z.object({ signedOut: z.boolean() });

export const userSchema = z.object({ name: z.string(), role: roleSchema, createdAt: z.string() });
export type User = z.infer<typeof userSchema>;
export const userListSchema = z.object({ users: z.array(userSchema) });
export const newUserSchema = z.object({ name: usernameSchema, role: roleSchema, password: passwordSchema }).strict();
export type NewUser = z.infer<typeof newUserSchema>;
export const updateUserSchema = z.object({ role: roleSchema }).strict();
export const removedUserSchema = z.object({ removed: z.string() });
