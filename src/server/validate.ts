import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';

/** zod at the boundary: a request that does not fit the contract gets a 400 naming the field and the problem. */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> = result.error.issues;
      const message = issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : target}: ${i.message}`).join('; ');
      return c.json({ error: { code: 'bad_request' as const, message: message || `invalid ${target}` } }, 400);
    }
    return undefined;
  });
}
