// The outbox: messages Zhengji would send (password resets); no mail server, an operator or a relay reads them here.
import type { Kysely } from 'kysely'
import type { Database } from '../schema.ts'

export interface OutboxMessage {
  readonly id: number
  readonly kind: string
  readonly recipient: string
  readonly subject: string
  readonly body: string
  readonly createdAt: Date
}

export async function enqueueMessage(
  db: Kysely<Database>,
  input: { readonly kind: string; readonly recipient: string; readonly subject: string; readonly body: string },
): Promise<number> {
  const row = await db
    .insertInto('outbox')
    .values({ ...input, sent_at: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  return Number(row.id)
}

export async function listOutbox(
  db: Kysely<Database>,
  options: { readonly recipient?: string; readonly limit?: number } = {},
): Promise<OutboxMessage[]> {
  let query = db.selectFrom('outbox').select(['id', 'kind', 'recipient', 'subject', 'body', 'created_at'])
  if (options.recipient) query = query.where('recipient', '=', options.recipient)
  const rows = await query
    .orderBy('id', 'desc')
    .limit(options.limit ?? 50)
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    createdAt: new Date(r.created_at),
  }))
}
