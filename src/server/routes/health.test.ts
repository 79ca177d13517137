import { describe, expect, it } from 'vitest';

import { healthSchema } from '../../contract/api';
import { createApp } from '../app';
import { BACKENDS, openTestDb } from '../test-support';

describe.each(BACKENDS)('GET /api/health on %s', (backend) => {
  it('says the database answers, and turns 503 when shutting down or when it does not', async () => {
    const db = await openTestDb(backend);
    const lifecycle = { shuttingDown: false };
    const app = createApp({ db, lifecycle });
    const up = await app.request('/api/health');
    expect(up.status).toBe(200);
    expect(healthSchema.parse(await up.json())).toMatchObject({ ok: true, database: backend, databaseReachable: true, shuttingDown: false });
    lifecycle.shuttingDown = true;
    const draining = await app.request('/api/health');
    expect(draining.status).toBe(503);
    expect(healthSchema.parse(await draining.json())).toMatchObject({ ok: false, databaseReachable: true, shuttingDown: true });
    lifecycle.shuttingDown = false;
    await db.close();
    const down = await app.request('/api/health');
    expect(down.status).toBe(503);
    expect(healthSchema.parse(await down.json())).toMatchObject({ ok: false, databaseReachable: false });
  });
});
