// The HTTP server: buildServer(deps) returns the Fastify app; only main.ts opens a port.
export { buildServer } from './build-server.ts'
export { type Clock, type RateLimitOptions, type ServerDeps, systemClock } from './deps.ts'
export { PortalError, type PortalErrorCode } from './errors.ts'
export { listen } from './main.ts'
export { hashPassword, validPassword } from './passwords.ts'
