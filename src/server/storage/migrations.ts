import type { Db } from './db';

/** Versioned schema changes, applied in order at start-up; never edit one that has shipped. */
const MIGRATIONS: Array<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE stories (id text PRIMARY KEY, title text NOT NULL, created_at text NOT NULL, engine_version text, copies jsonb NOT NULL DEFAULT '[]');
      CREATE TABLE articles (
        id text PRIMARY KEY, story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE, source_id text NOT NULL,
        file text NOT NULL, title text NOT NULL, outlet text NOT NULL, published text, url text, body text NOT NULL,
        claim_count integer NOT NULL DEFAULT 0, created_at text NOT NULL, UNIQUE (story_id, source_id));
      CREATE TABLE claims (
        story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE, id text NOT NULL,
        article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE, data jsonb NOT NULL, PRIMARY KEY (story_id, id));
      CREATE TABLE facts (
        story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE, id text NOT NULL, key text NOT NULL,
        position integer NOT NULL, data jsonb NOT NULL, claim_ids jsonb NOT NULL, source_ids jsonb NOT NULL, search_text text NOT NULL, PRIMARY KEY (story_id, id));
      CREATE UNIQUE INDEX facts_by_id ON facts (id);
      CREATE INDEX claims_by_id ON claims (id);
      CREATE TABLE reviews (
        story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE, fact_key text NOT NULL, status text NOT NULL,
        reason text, value double precision, right_claim_ids jsonb NOT NULL, note text NOT NULL, reviewer text,
        version integer NOT NULL, updated_at text NOT NULL, claim_ids jsonb NOT NULL, PRIMARY KEY (story_id, fact_key));
      CREATE TABLE marks (
        story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE, claim_id text NOT NULL, mark text NOT NULL,
        reviewer text, updated_at text NOT NULL, PRIMARY KEY (story_id, claim_id));
      CREATE TABLE corrections (
        story_id text NOT NULL REFERENCES stories(id) ON DELETE CASCADE, claim_id text NOT NULL, fact_key text NOT NULL,
        PRIMARY KEY (story_id, claim_id));
      CREATE TABLE history (
        seq bigserial PRIMARY KEY, story_id text NOT NULL, at text NOT NULL, actor text, action text NOT NULL,
        entity text NOT NULL, entity_id text NOT NULL, before jsonb, after jsonb);
      CREATE INDEX history_by_entity ON history (entity_id);
    `,
  },
  {
    // Team mode: users (scrypt hashes, never the password), server-side sessions (only a hash of the
    // cookie's token is kept) and failed sign-ins (for the limit of ten in ten minutes).
    version: 2,
    sql: `
      CREATE TABLE users (
        name text PRIMARY KEY, role text NOT NULL CHECK (role IN ('viewer', 'reviewer', 'admin')), password_hash text NOT NULL, created_at text NOT NULL);
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY, user_name text NOT NULL REFERENCES users(name) ON DELETE CASCADE, created_at text NOT NULL, expires_at text NOT NULL);
      CREATE INDEX sessions_by_user ON sessions (user_name);
      CREATE TABLE sign_in_failures (seq bigserial PRIMARY KEY, username text NOT NULL, address text NOT NULL, at text NOT NULL);
      CREATE INDEX sign_in_failures_by_time ON sign_in_failures (at);
    `,
  },
  {
    // Under load and on several processes: a revision per story, bumped with every change to it (caches
    // are keyed by it), and one bumped only when its facts are regrouped (an upload groups outside its
    // transaction and checks nobody regrouped meanwhile); a fact's claim count kept beside its claim ids, so the list never reads those;
    // bus messages too large for a NOTIFY; indexes for what the busy paths look up.
    version: 3,
    sql: `
      ALTER TABLE stories ADD COLUMN revision bigint NOT NULL DEFAULT 0;
      ALTER TABLE stories ADD COLUMN grouping_revision bigint NOT NULL DEFAULT 0;
      ALTER TABLE facts ADD COLUMN claim_count integer NOT NULL DEFAULT 0;
      UPDATE facts SET claim_count = jsonb_array_length(claim_ids);
      CREATE INDEX facts_by_position ON facts (story_id, position);
      CREATE INDEX claims_by_article ON claims (article_id);
      CREATE TABLE bus_messages (seq bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), payload jsonb NOT NULL);
    `,
  },
];

export async function runMigrations(db: Db): Promise<number> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at text NOT NULL)');
  const done = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  let applied = 0;
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of m.sql.split(';').map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
    });
    applied++;
  }
  return applied;
}
