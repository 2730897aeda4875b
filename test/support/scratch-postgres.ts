// A PostgreSQL database of its own for a test or a benchmark: created on the server `adminUrl` names, dropped again.
import { randomBytes } from 'node:crypto'
import pg from 'pg'

async function run(adminUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(statement)
  } finally {
    await admin.end()
  }
}

/** Creates a database named `prefix` + random hex; returns its URL and how to drop it. */
export async function scratchDatabase(
  adminUrl: string,
  prefix: string,
): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  const name = `${prefix}${randomBytes(6).toString('hex')}`
  await run(adminUrl, `CREATE DATABASE ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return { databaseUrl: url.toString(), drop: () => run(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}
