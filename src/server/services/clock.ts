import { randomUUID } from 'node:crypto';

/** Time and ids come from here, so tests can see them and the engine never needs them. */
export const now = () => new Date().toISOString();
export const newId = (prefix: string) => `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 16)}`;
