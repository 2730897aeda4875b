// Follows: a user follows outlets (and, later, regions, people, events, topics); toggled.
import type { Kysely } from 'kysely'
import type { Database, FollowKind } from '../schema.ts'

export async function toggleFollow(
  db: Kysely<Database>,
  input: { readonly userId: number; readonly kind: FollowKind; readonly key: string },
): Promise<boolean> {
  const added = await db
    .insertInto('follows')
    .values({ user_id: input.userId, target_kind: input.kind, target_key: input.key })
    .onConflict((oc) => oc.doNothing())
    .returning('target_key')
    .executeTakeFirst()
  if (added) return true
  await db
    .deleteFrom('follows')
    .where('user_id', '=', input.userId)
    .where('target_kind', '=', input.kind)
    .where('target_key', '=', input.key)
    .execute()
  return false
}

export async function isFollowing(
  db: Kysely<Database>,
  userId: number,
  kind: FollowKind,
  key: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('follows')
    .select('target_key')
    .where('user_id', '=', userId)
    .where('target_kind', '=', kind)
    .where('target_key', '=', key)
    .executeTakeFirst()
  return row !== undefined
}

export interface FollowedOutlet {
  readonly id: number
  readonly name: string
  readonly followedAt: Date
}

export async function listFollowedOutlets(db: Kysely<Database>, userId: number): Promise<FollowedOutlet[]> {
  const follows = await db
    .selectFrom('follows')
    .select(['target_key', 'created_at'])
    .where('user_id', '=', userId)
    .where('target_kind', '=', 'outlet')
    .orderBy('created_at', 'desc')
    .execute()
  const ids = follows.map((f) => f.target_key).filter((k) => /^\d{1,9}$/.test(k))
  if (ids.length === 0) return []
  const outlets = await db.selectFrom('outlets').select(['id', 'name']).where('id', 'in', ids.map(Number)).execute()
  const byId = new Map(outlets.map((o) => [String(o.id), o.name]))
  return follows.flatMap((f) => {
    const name = byId.get(f.target_key)
    return name === undefined ? [] : [{ id: Number(f.target_key), name, followedAt: new Date(f.created_at) }]
  })
}
