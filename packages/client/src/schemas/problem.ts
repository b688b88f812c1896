/** Errors as `application/problem+json` (RFC 9457) with a stable `code`. */
import * as z from 'zod/mini';

/** One invalid field in a request, RFC 9457 §3 style. */
export const ProblemFieldErrorSchema = z.object({
  /** JSON Pointer (RFC 6901) into the request body, or the parameter name. */
  pointer: z.string(),
  /** What is wrong with it, as plain text. */
  detail: z.string(),
});

/** One invalid field in a request. */
export type ProblemFieldError = z.infer<typeof ProblemFieldErrorSchema>;

/**
 * Problem details (RFC 9457) plus a stable machine-readable `code`, e.g.
 * `DOSSIER_NOT_FOUND`. Extension members are kept.
 */
export const ProblemSchema = z.looseObject({
  /** A URI reference naming the problem type (`about:blank` if absent). */
  type: z.optional(z.string()),
  /** Short human-readable summary. */
  title: z.string(),
  /** The HTTP status code. */
  status: z.int().check(z.gte(100), z.lte(599)),
  /** Explanation of this occurrence. */
  detail: z.optional(z.string()),
  /** A URI reference for this occurrence. */
  instance: z.optional(z.string()),
  /** Stable machine-readable code; see {@link ProblemCodes}. */
  code: z.string().check(z.minLength(1)),
  /** Invalid fields, for 400/422 answers. */
  errors: z.optional(z.array(ProblemFieldErrorSchema)),
});

/** Problem details (RFC 9457) with a stable `code`. */
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * The problem codes the contract defines. Servers may add others; clients
 * treat an unknown code like its HTTP status.
 */
export const ProblemCodes = {
  /** 400: a parameter or the body is invalid (see `errors`). */
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  /** 401: not signed in. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** 403: signed in, but not the dossier's owner; or a CSRF check failed. */
  FORBIDDEN: 'FORBIDDEN',
  /** 403: the `X-CSRF-Token` header is missing or wrong. */
  CSRF_FAILED: 'CSRF_FAILED',
  /** 404: no procedure with that code. */
  PROCEDURE_NOT_FOUND: 'PROCEDURE_NOT_FOUND',
  /** 404: no dossier with that code. */
  DOSSIER_NOT_FOUND: 'DOSSIER_NOT_FOUND',
  /** 409: the payment cannot be started in its current state (paid, not required…). */
  PAYMENT_NOT_STARTABLE: 'PAYMENT_NOT_STARTABLE',
  /** 409: the survey was not available for this dossier yet. */
  SURVEY_NOT_AVAILABLE: 'SURVEY_NOT_AVAILABLE',
  /** 409: the dossier was already rated. */
  SURVEY_ALREADY_ANSWERED: 'SURVEY_ALREADY_ANSWERED',
  /** 422: the same Idempotency-Key came with a different body. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** 409: a request with the same Idempotency-Key is still in flight. */
  IDEMPOTENCY_IN_PROGRESS: 'IDEMPOTENCY_IN_PROGRESS',
  /** 429: too many requests; see `Retry-After`. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** 5xx: something failed on the server. */
  INTERNAL: 'INTERNAL',
  /** 503: the service or an upstream system is down; see `Retry-After`. */
  UNAVAILABLE: 'UNAVAILABLE',
} as const;

/** A problem code the contract defines. */
export type ProblemCode = (typeof ProblemCodes)[keyof typeof ProblemCodes];
