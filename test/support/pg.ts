// A fresh PostgreSQL database per test, loaded with Mastodon v4.6.5's schema for the tables
// mastodon-ops reads (test/fixtures/mastodon-schema.sql, equal to db/schema.rb), dropped after.

import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG = { host: process.env.PGHOST ?? '127.0.0.1', port: Number(process.env.PGPORT ?? 5432), user: process.env.PGUSER ?? 'postgres' };

const SCHEMA = new URL('../fixtures/mastodon-schema.sql', import.meta.url);

export interface TestDb {
  name: string;
  /** A connection string for the test database (trust auth, no password). */
  url: string;
  client: pg.Client;
  drop(): Promise<void>;
}

export async function createTestDb(opts: { schema?: boolean } = {}): Promise<TestDb> {
  const name = `mops_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ ...PG, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ ...PG, database: name });
  await client.connect();
  if (opts.schema !== false) await client.query(readFileSync(SCHEMA, 'utf8'));
  return {
    name,
    url: `postgres://${PG.user}@${PG.host}:${PG.port}/${name}`,
    client,
    async drop() {
      await client.end().catch(() => {});
      const a = new pg.Client({ ...PG, database: 'postgres' });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}
