// Bulk writes as one statement with one parameter per column (INSERT … SELECT FROM ROWS FROM (unnest(…), …)): the
// statement stays the same size whatever the number of rows, so neither Kysely nor the driver builds thousands of
// parameters.
import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { Database } from '../schema.ts'

/**
 * Column name → the PostgreSQL type of its values (`text`, `bigint`, `jsonb`, `timestamptz`, …). An array type
 * (`bigint[]`) takes JS arrays of numbers: they travel as array literals in a text[] parameter, cast back here. A
 * `json`/`jsonb` column takes JSON text (or a value to stringify): with no NULL among them, the values travel as one
 * JSON array, unescaped, read back by `json_array_elements`. A string there must be one JSON value, as JSON.stringify
 * writes it: it is spliced into the array as it is.
 */
export type ColumnTypes = Readonly<Record<string, string>>

const isArrayType = (type: string) => type.endsWith('[]')
const isJsonType = (type: string) => type === 'json' || type === 'jsonb'

const QUOTED = /["\\]/g

/** One element of an array literal: NULL, a number as written, anything else quoted (objects as JSON, dates ISO). */
function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value)
  return `"${text.replace(QUOTED, '\\$&')}"`
}

/**
 * Values as one array literal (`{"a","b",NULL}`), sent as a single text parameter: one pass over each value, where
 * the driver would escape it twice and build the literal piece by piece.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map(element).join(',')}}`
}

/**
 * JSON texts (or values to stringify) as one JSON array, or undefined when one is missing (a SQL NULL, which a
 * JSON array cannot carry apart from JSON null). JSON text needs no escaping in a JSON array, where an array literal
 * would escape every quote in it.
 */
function jsonDocument(values: readonly unknown[]): string | undefined {
  const parts: string[] = []
  for (const value of values) {
    if (value === null || value === undefined) return undefined
    parts.push(typeof value === 'string' ? value : JSON.stringify(value))
  }
  return `[${parts.join(',')}]`
}

/**
 * `ROWS FROM (…) WITH ORDINALITY AS alias(…columns, ord)`: the rows as a relation, one parameter per column, each
 * unnested in step with the others.
 */
export function unnestOf(
  columns: ColumnTypes,
  rows: readonly Readonly<Record<string, unknown>>[],
  alias = 'u',
): RawBuilder<unknown> {
  const names = Object.keys(columns)
  const sources = names.map((name) => {
    const type = columns[name] as string
    const values = rows.map((r) => r[name])
    if (isArrayType(type)) {
      const literals = values.map((v) => (v == null ? null : `{${(v as readonly number[]).join(',')}}`))
      return sql`unnest(${arrayLiteral(literals)}::text[])`
    }
    const document = isJsonType(type) ? jsonDocument(values) : undefined
    if (document !== undefined) return sql`json_array_elements(${document}::json)`
    return sql`unnest(${arrayLiteral(values)}::${sql.raw(`${type}[]`)})`
  })
  return sql`ROWS FROM (${sql.join(sources)}) WITH ORDINALITY AS ${sql.raw(alias)}(${sql.join(names.map((n) => sql.ref(n)))}, ord)`
}

/** `alias.name`, cast back to its type when it travelled as a literal or in a JSON array. */
export function columnValue(columns: ColumnTypes, name: string, alias = 'u'): RawBuilder<unknown> {
  const type = columns[name] as string
  const ref = sql.ref(`${alias}.${name}`)
  return isArrayType(type) || isJsonType(type) ? sql`${ref}::${sql.raw(type)}` : sql`${ref}`
}

/** The numbers of an array literal, "{1,2,3}" (as an integer array comes back as text); none for NULL. */
export function numbers(literal: string | null | undefined): number[] {
  return literal && literal.length > 2 ? literal.slice(1, -1).split(',').map(Number) : []
}

/**
 * Inserts `rows` into `table` (the `columns` of each row; missing values are NULL). With `returning: 'id'`, returns
 * the new rows' ids in input order, as one array in one row (rows are inserted in input order, so their serial ids
 * ascend with it; a driver reads one row faster than one per id).
 */
export async function bulkInsert(
  db: Kysely<Database>,
  table: string,
  columns: ColumnTypes,
  rows: readonly Readonly<Record<string, unknown>>[],
  returning?: 'id',
): Promise<number[]> {
  if (rows.length === 0) return []
  const names = Object.keys(columns)
  const insert = sql`
    INSERT INTO ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    SELECT ${sql.join(names.map((n) => columnValue(columns, n)))} FROM ${unnestOf(columns, rows)} ORDER BY u.ord`
  if (!returning) {
    await insert.execute(db)
    return []
  }
  const result = await sql<{ ids: string | null }>`
    WITH inserted AS (${insert} RETURNING id) SELECT array_agg(id ORDER BY id)::text AS ids FROM inserted`.execute(db)
  return numbers(result.rows[0]?.ids)
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
