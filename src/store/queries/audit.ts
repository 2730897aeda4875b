// The audit log: who changed what, when, with the details of the change.
import type { Kysely } from 'kysely'
import type { Database } from '../schema.ts'

export interface AuditInput {
  readonly actorId: number | null
  readonly action: string
  readonly targetKind: string
  readonly targetId: string | number
  readonly detail?: Record<string, unknown> | undefined
}

export interface AuditEntry {
  readonly id: number
  readonly actorId: number | null
  readonly actor: string | null
  readonly action: string
  readonly targetKind: string
  readonly targetId: string
  readonly detail: Record<string, unknown>
  readonly createdAt: Date
}

export async function recordAudit(db: Kysely<Database>, input: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: input.actorId,
      action: input.action,
      target_kind: input.targetKind,
      target_id: String(input.targetId),
      detail: JSON.stringify(input.detail ?? {}),
    })
    .execute()
}

export async function listAudit(
  db: Kysely<Database>,
  options: { readonly targetKind?: string; readonly targetId?: string | number; readonly limit?: number } = {},
): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_id')
    .select([
      'l.id',
      'l.actor_id',
      'u.username',
      'l.action',
      'l.target_kind',
      'l.target_id',
      'l.detail',
      'l.created_at',
    ])
  if (options.targetKind) query = query.where('l.target_kind', '=', options.targetKind)
  if (options.targetId !== undefined) query = query.where('l.target_id', '=', String(options.targetId))
  const rows = await query
    .orderBy('l.id', 'desc')
    .limit(options.limit ?? 200)
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    actorId: r.actor_id,
    actor: r.username,
    action: r.action,
    targetKind: r.target_kind,
    targetId: r.target_id,
    detail: r.detail,
    createdAt: new Date(r.created_at),
  }))
}
