// Users: create, find by username or e-mail, change role or password; password-reset tokens (stored hashed, single use).
import type { Kysely } from 'kysely'
import type { Database, Role } from '../schema.ts'

export interface UserRecord {
  readonly id: number
  readonly username: string
  readonly email: string | null
  readonly role: Role
  readonly displayName: string | null
  readonly passwordHash: string
  readonly createdAt: Date
}

export interface NewUserInput {
  readonly username: string
  readonly email?: string | undefined
  readonly passwordHash: string
  readonly role?: Role | undefined
  readonly displayName?: string | undefined
}

type Row = {
  id: number
  username: string
  email: string | null
  role: Role
  display_name: string | null
  password_hash: string
  created_at: Date
}

function toRecord(r: Row): UserRecord {
  return {
    id: r.id,
    username: r.username,
    email: r.email,
    role: r.role,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    createdAt: new Date(r.created_at),
  }
}

const COLUMNS = ['id', 'username', 'email', 'role', 'display_name', 'password_hash', 'created_at'] as const

/** Creates a user; returns undefined when the username or e-mail is taken. */
export async function createUser(db: Kysely<Database>, input: NewUserInput): Promise<UserRecord | undefined> {
  const email = input.email?.trim().toLowerCase() || null
  if (email) {
    const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
    if (taken) return undefined
  }
  try {
    const row = await db
      .insertInto('users')
      .values({
        username: input.username,
        email,
        password_hash: input.passwordHash,
        role: input.role ?? 'reader',
        display_name: input.displayName ?? null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning(COLUMNS)
      .executeTakeFirst()
    return row ? toRecord(row) : undefined
  } catch (error) {
    // a concurrent insert of the same e-mail (the lower(email) unique index)
    if ((error as { code?: string }).code === '23505') return undefined
    throw error
  }
}

/** Finds a user by username (exact) or e-mail (case-insensitive). */
export async function findUserByLogin(db: Kysely<Database>, login: string): Promise<UserRecord | undefined> {
  const text = login.trim()
  if (!text) return undefined
  const row = await db
    .selectFrom('users')
    .select(COLUMNS)
    .where((eb) => eb.or([eb('username', '=', text), eb('email', '=', text.toLowerCase())]))
    .orderBy('id')
    .executeTakeFirst()
  return row ? toRecord(row) : undefined
}

export async function getUser(db: Kysely<Database>, id: number): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst()
  return row ? toRecord(row) : undefined
}

export async function listUsers(db: Kysely<Database>, options: { limit?: number } = {}): Promise<UserRecord[]> {
  const rows = await db
    .selectFrom('users')
    .select(COLUMNS)
    .orderBy('id')
    .limit(options.limit ?? 500)
    .execute()
  return rows.map(toRecord)
}

export async function setUserRole(db: Kysely<Database>, id: number, role: Role): Promise<boolean> {
  const r = await db.updateTable('users').set({ role }).where('id', '=', id).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

export async function setPasswordHash(db: Kysely<Database>, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute()
}

export async function createPasswordReset(
  db: Kysely<Database>,
  input: { readonly userId: number; readonly tokenHash: string; readonly now: Date; readonly ttlMs: number },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      token_hash: input.tokenHash,
      user_id: input.userId,
      created_at: input.now,
      expires_at: new Date(input.now.getTime() + input.ttlMs),
    })
    .execute()
}

/** Is the token unused and unexpired? (Does not use it.) */
export async function peekPasswordReset(db: Kysely<Database>, tokenHash: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('password_resets')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Uses a reset token: in one transaction marks it used (only if unused and unexpired), sets the new password hash and
 * ends every session of the user. Returns the user id, or undefined when the token is unknown, used or expired.
 */
export async function consumePasswordReset(
  db: Kysely<Database>,
  input: { readonly tokenHash: string; readonly now: Date; readonly passwordHash: string },
): Promise<number | undefined> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('password_resets')
      .set({ used_at: input.now })
      .where('token_hash', '=', input.tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', input.now)
      .returning('user_id')
      .executeTakeFirst()
    if (!row) return undefined
    await trx.updateTable('users').set({ password_hash: input.passwordHash }).where('id', '=', row.user_id).execute()
    await trx.deleteFrom('sessions').where('user_id', '=', row.user_id).execute()
    return row.user_id
  })
}
