// Security headers (helmet) with a Content-Security-Policy that allows scripts and styles only from this origin or
// with the response's nonce; no inline script runs without it. Rate limits (per route, opt-in) are registered here.
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import { PortalError } from '../errors.ts'
import { shared } from './shared.ts'

export const securityPlugin = () =>
  shared(async (app: FastifyInstance) => {
    await app.register(helmet, {
      enableCSPNonces: true,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    })
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        new PortalError('ZJ_AUTH_RATE_LIMITED', `rate limit: at most ${context.max} requests in ${context.after}`),
    })
  })
