// Sessions: stored by the hash of their cookie token, each with its own CSRF token and an expiry.
import type { Kysely } from 'kysely'
import type { Database, Role } from '../schema.ts'

export interface SessionRecord {
  readonly idHash: string
  readonly csrfToken: string
  readonly expiresAt: Date
  readonly user: { readonly id: number; readonly username: string; readonly role: Role }
}

export async function createSession(
  db: Kysely<Database>,
  input: { readonly idHash: string; readonly userId: number; readonly csrfToken: string; readonly expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: input.idHash, user_id: input.userId, csrf_token: input.csrfToken, expires_at: input.expiresAt })
    .execute()
}

/** The live session with this id hash and its user, or undefined when unknown or expired. */
export async function findSession(db: Kysely<Database>, idHash: string, now: Date): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.csrf_token', 's.expires_at', 'u.id as user_id', 'u.username', 'u.role'])
    .where('s.id', '=', idHash)
    .where('s.expires_at', '>', now)
    .executeTakeFirst()
  if (!row) return undefined
  return {
    idHash: row.id,
    csrfToken: row.csrf_token,
    expiresAt: new Date(row.expires_at),
    user: { id: row.user_id, username: row.username, role: row.role },
  }
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', idHash).execute()
}

export async function deleteUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst()
  return Number(r.numDeletedRows)
}
