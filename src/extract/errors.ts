// Typed error codes of the reading engine: every failure the layer reports carries a stable code and its input.

export const EXTRACT_ERRORS = {
  ZJ_EXTRACT_BAD_PUBLISHED: 'published must be an ISO 8601 date or date-time (2023-11-12, 2023-11-12T21:33+08:00)',
  ZJ_EXTRACT_BAD_TEXT: 'text must be a string',
  ZJ_EXTRACT_BAD_REF: 'the reference must be an object { published, title?, outlet? }',
} as const

export type ExtractErrorCode = keyof typeof EXTRACT_ERRORS

/** An error of the Zhengji layers: a stable `code`, a readable message and the offending input. */
export class ZhengjiError extends Error {
  readonly code: string
  readonly input: unknown

  constructor(code: string, message: string, input?: unknown) {
    super(message)
    this.name = 'ZhengjiError'
    this.code = code
    this.input = input
  }
}

/** Builds the error for one of this layer's codes, with its message template and the input that caused it. */
export function extractError(code: ExtractErrorCode, input?: unknown, detail?: string): ZhengjiError {
  const base = EXTRACT_ERRORS[code]
  return new ZhengjiError(code, detail === undefined ? base : `${base}: ${detail}`, input)
}

export function isZhengjiError(value: unknown): value is ZhengjiError {
  return value instanceof ZhengjiError
}
