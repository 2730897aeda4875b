// Typed errors of the web layer: a stable code, the HTTP status, a message key the error page shows.
import type { MessageKey } from '../web/index.ts'

export type PortalErrorCode =
  | 'ZJ_AUTH_REQUIRED'
  | 'ZJ_AUTH_FORBIDDEN'
  | 'ZJ_AUTH_CSRF'
  | 'ZJ_AUTH_RATE_LIMITED'
  | 'ZJ_AUTH_BAD_CREDENTIALS'
  | 'ZJ_AUTH_BAD_INPUT'
  | 'ZJ_AUTH_TAKEN'
  | 'ZJ_AUTH_RESET_INVALID'
  | 'ZJ_PORTAL_NOT_FOUND'
  | 'ZJ_PORTAL_BAD_INPUT'
  | 'ZJ_PORTAL_INTERNAL'

const STATUS: Record<PortalErrorCode, number> = {
  ZJ_AUTH_REQUIRED: 401,
  ZJ_AUTH_FORBIDDEN: 403,
  ZJ_AUTH_CSRF: 403,
  ZJ_AUTH_RATE_LIMITED: 429,
  ZJ_AUTH_BAD_CREDENTIALS: 401,
  ZJ_AUTH_BAD_INPUT: 400,
  ZJ_AUTH_TAKEN: 409,
  ZJ_AUTH_RESET_INVALID: 400,
  ZJ_PORTAL_NOT_FOUND: 404,
  ZJ_PORTAL_BAD_INPUT: 400,
  ZJ_PORTAL_INTERNAL: 500,
}

const MESSAGE: Record<PortalErrorCode, MessageKey> = {
  ZJ_AUTH_REQUIRED: 'auth.loginRequired',
  ZJ_AUTH_FORBIDDEN: 'error.forbidden',
  ZJ_AUTH_CSRF: 'error.csrf',
  ZJ_AUTH_RATE_LIMITED: 'error.rateLimited',
  ZJ_AUTH_BAD_CREDENTIALS: 'auth.badCredentials',
  ZJ_AUTH_BAD_INPUT: 'error.badRequest',
  ZJ_AUTH_TAKEN: 'auth.taken',
  ZJ_AUTH_RESET_INVALID: 'auth.resetInvalid',
  ZJ_PORTAL_NOT_FOUND: 'error.notFound',
  ZJ_PORTAL_BAD_INPUT: 'error.badRequest',
  ZJ_PORTAL_INTERNAL: 'error.internal',
}

export class PortalError extends Error {
  readonly code: PortalErrorCode
  readonly statusCode: number
  readonly messageKey: MessageKey
  readonly input: string | undefined
  /** a sentence for the reader, in their language, shown instead of the message key's text */
  readonly userMessage: string | undefined
  /** `message` is for the log; `userMessage` (already translated) for the page */
  constructor(
    code: PortalErrorCode,
    message?: string,
    options: { readonly input?: string; readonly userMessage?: string | undefined } = {},
  ) {
    super(message ?? code)
    this.name = 'PortalError'
    this.code = code
    this.statusCode = STATUS[code]
    this.messageKey = MESSAGE[code]
    this.input = options.input
    this.userMessage = options.userMessage
  }
}
