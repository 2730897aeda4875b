// Outlets: find or create by slug.
import type { Kysely } from 'kysely'
import type { Database, Outlet } from '../schema.ts'

export interface OutletInput {
  readonly name: string
  readonly url?: string | undefined
  readonly regionCode?: string | undefined
}

export function outletSlug(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-')
}

export async function ensureOutlet(db: Kysely<Database>, input: OutletInput): Promise<Outlet> {
  const slug = outletSlug(input.name)
  const row = await db
    .insertInto('outlets')
    .values({ slug, name: input.name.trim(), url: input.url ?? null, region_code: input.regionCode ?? null })
    .onConflict((oc) => oc.column('slug').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
    .returningAll()
    .executeTakeFirstOrThrow()
  return row
}
