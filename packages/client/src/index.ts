/**
 * @dvc-kit/client — the dvc-kit API contract as `zod/mini` schemas, and a
 * typed, validated, resilient client for it (browser and Node).
 *
 * @packageDocumentation
 */
export * from './schemas/index';
export { createClient, DEFAULT_TIMEOUT_MS } from './client';
export type { DvcClient } from './client';
export { DvcError, isDvcError } from './errors';
export type { DvcErrorCode, DvcErrorDetails, DvcIssue } from './errors';
export type {
  CallOptions,
  ClientOptions,
  FetchLike,
  IdempotentCallOptions,
  RequestHookInfo,
  ResponseHookInfo,
} from './options';
export { DEFAULT_RETRY } from './retry';
export type { RetryOptions } from './retry';
export type { ProcedureSearchParams, ProceduresApi } from './resources/procedures';
export type { DossiersApi } from './resources/dossiers';
export type { PaymentsApi, StartPaymentOptions } from './resources/payments';
export type { SurveysApi } from './resources/surveys';
export { CSRF_HEADER } from './resources/session';
export type { LogoutOptions, SessionApi } from './resources/session';
