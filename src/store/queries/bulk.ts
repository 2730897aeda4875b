// Bulk writes as one statement with one array parameter per column (INSERT … SELECT FROM unnest(…)): the statement
// stays the same size whatever the number of rows, so neither Kysely nor the driver builds thousands of parameters.
import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { Database } from '../schema.ts'

/**
 * Column name → the PostgreSQL type of its values (`text`, `bigint`, `jsonb`, `timestamptz`, …). An array type
 * (`bigint[]`) takes JS arrays of numbers: they travel as array literals in a text[] parameter, cast back here.
 */
export type ColumnTypes = Readonly<Record<string, string>>

const isArrayType = (type: string) => type.endsWith('[]')

const QUOTED = /["\\]/g

/** One element of an array literal: NULL, a number as written, anything else quoted (objects as JSON, dates ISO). */
function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value)
  return `"${text.replace(QUOTED, '\\$&')}"`
}

/**
 * The `name` values of `rows` as one array literal (`{"a","b",NULL}`), sent as a single text parameter: one pass over
 * each value, where the driver would escape it twice and build the literal piece by piece.
 */
export function arrayLiteral(rows: readonly Readonly<Record<string, unknown>>[], name: string): string {
  return `{${rows.map((r) => element(r[name])).join(',')}}`
}

/** `unnest(…) WITH ORDINALITY AS alias(…columns, ord)`: the rows as a relation, one array parameter per column. */
export function unnestOf(
  columns: ColumnTypes,
  rows: readonly Readonly<Record<string, unknown>>[],
  alias = 'u',
): RawBuilder<unknown> {
  const names = Object.keys(columns)
  const arrays = names.map((name) => {
    const type = columns[name] as string
    if (!isArrayType(type)) return sql`${arrayLiteral(rows, name)}::${sql.raw(`${type}[]`)}`
    const literals = rows.map((r) => {
      const value = r[name] as readonly number[] | null | undefined
      return value == null ? null : `{${value.join(',')}}`
    })
    return sql`${literals}::text[]`
  })
  return sql`unnest(${sql.join(arrays)}) WITH ORDINALITY AS ${sql.raw(alias)}(${sql.join(names.map((n) => sql.ref(n)))}, ord)`
}

/** `alias.name`, cast back to its array type when it travelled as a literal. */
export function columnValue(columns: ColumnTypes, name: string, alias = 'u'): RawBuilder<unknown> {
  const type = columns[name] as string
  const ref = sql.ref(`${alias}.${name}`)
  return isArrayType(type) ? sql`${ref}::${sql.raw(type)}` : sql`${ref}`
}

/**
 * Inserts `rows` into `table` (the `columns` of each row; missing values are NULL) and returns the `returning` column
 * of each, in input order (rows are inserted in that order and RETURNING reports them so).
 */
export async function bulkInsert(
  db: Kysely<Database>,
  table: string,
  columns: ColumnTypes,
  rows: readonly Readonly<Record<string, unknown>>[],
  returning?: string,
): Promise<unknown[]> {
  if (rows.length === 0) return []
  const names = Object.keys(columns)
  const result = await sql<Record<string, unknown>>`
    INSERT INTO ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    SELECT ${sql.join(names.map((n) => columnValue(columns, n)))} FROM ${unnestOf(columns, rows)} ORDER BY u.ord
    ${returning ? sql`RETURNING ${sql.ref(returning)}` : sql``}`.execute(db)
  return returning ? result.rows.map((r) => r[returning]) : []
}

/** Updates rows of `table` by `key`: each row sets the `columns` it lists, plus `updated_at = now()` when asked. */
export async function bulkUpdate(
  db: Kysely<Database>,
  table: string,
  key: { name: string; type: string },
  columns: ColumnTypes,
  rows: readonly Readonly<Record<string, unknown>>[],
  options: { touch?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return
  const names = Object.keys(columns)
  const sets = names.map((n) => sql`${sql.ref(n)} = ${columnValue(columns, n)}`)
  if (options.touch) sets.push(sql`updated_at = now()`)
  await sql`
    UPDATE ${sql.table(table)} SET ${sql.join(sets)}
    FROM ${unnestOf({ [key.name]: key.type, ...columns }, rows)}
    WHERE ${sql.ref(`${table}.${key.name}`)} = ${sql.ref(`u.${key.name}`)}`.execute(db)
}
