/**
 * @dvc-kit/mock-api — one fake backend for dvc-kit: a deterministic seeded
 * store, msw handlers for the whole API contract (answers validated with the
 * client's schemas), faults on request, and a scenario API for tests.
 *
 * Node: `@dvc-kit/mock-api/node` (msw `setupServer`); browser:
 * `@dvc-kit/mock-api/browser` (msw `setupWorker`); a real HTTP sandbox with
 * an OpenID Connect provider: `@dvc-kit/mock-api/sandbox`.
 *
 * @packageDocumentation
 */
export { createStore, MockStore } from './store/store';
export type {
  IdempotencyBegin,
  PaymentOutcome,
  QueuedFault,
  SettlePaymentResult,
  StartPaymentResult,
  StoreOptions,
  SubmitSurveyResult,
} from './store/store';
export type {
  DossierRecord,
  PaymentAttempt,
  PaymentRecord,
  SessionRecord,
  SurveyResponseRecord,
} from './store/types';
export { createHandlers, DEFAULT_ORIGIN } from './handlers/index';
export type { HandlerOptions } from './handlers/index';
export { MockContractError } from './handlers/respond';
export { CSRF_HEADER } from './handlers/session';
export { createScenario, findCitizen } from './scenario';
export type { CitizenRef, Scenario } from './scenario';
export {
  FAULT_HEADER,
  FAULT_QUERY,
  MAX_LATENCY_MS,
  parseFault,
  type FaultSpec,
  type ParsedFault,
} from './faults';
export { DEFAULT_NOW, fixedClock, systemClock, type Clock, type ManualClock } from './clock';
export {
  CITIZEN_AN,
  CITIZEN_BINH,
  CITIZENS,
  CUSTOM_SURVEY,
  maskIdentityNumber,
  PAYMENT_FAILURES,
  SCENARIO_DESCRIPTIONS,
  SEED,
  STATUTORY_SURVEY,
  SURVEYS,
  type AssuranceLevel,
  type Citizen,
  type PaymentFailureCode,
  type ScenarioKey,
} from './seed/index';
