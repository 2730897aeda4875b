// Typed errors of the store layer: a stable code, a message, and the input that caused it.

export type StoreErrorCode =
  | 'ZJ_STORE_BAD_DATABASE_URL'
  | 'ZJ_STORE_UNREACHABLE'
  | 'ZJ_STORE_SCHEMA_TOO_NEW'
  | 'ZJ_STORE_MIGRATION_FAILED'
  | 'ZJ_STORE_DATA_DIR'
  | 'ZJ_STORE_DATA_DIR_BUSY'

export class StoreError extends Error {
  readonly code: StoreErrorCode
  readonly input: string | undefined
  constructor(code: StoreErrorCode, message: string, input?: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
    this.input = input
  }
}

/** A DATABASE_URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')
}
