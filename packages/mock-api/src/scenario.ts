/**
 * The scenario API: what a test or a story does to the backend that a
 * citizen could not (reset, force a payment state, count survey responses,
 * sign in without a login flow, queue faults).
 */
import type { PaymentState, Session } from '@dvc-kit/client';
import { CITIZENS, type Citizen } from './seed/citizens';
import type { ScenarioKey } from './seed/dossiers';
import type { PaymentFailureCode } from './seed/payments';
import type { MockStore } from './store/store';
import { sessionView } from './store/views';

/** A citizen by id (`cit-an`, `cit-binh`) or the short names `an`, `binh`. */
export type CitizenRef = 'an' | 'binh' | (string & {});

/** Test-time control over a store. */
export interface Scenario {
  /** Scenario key → seeded receipt code. */
  readonly codes: Record<ScenarioKey, string>;
  /** Restores the seed and forgets sessions, idempotency keys and queued faults. */
  reset(): void;
  /** Forces a dossier's payment into `status`, with consistent details. */
  setPaymentState(
    dossierCode: string,
    status: PaymentState,
    options?: { failureCode?: PaymentFailureCode; refundAmount?: number },
  ): void;
  /** Stored survey responses, for one dossier or all. */
  surveyResponseCount(dossierCode?: string): number;
  /**
   * Signs a citizen in without a login flow (msw mode): `GET /v1/session`
   * answers with them wherever no session cookie says otherwise. Returns the
   * session, with its CSRF token.
   */
  signIn(citizen?: CitizenRef): Session & { authenticated: true };
  /** Ends the ambient session. */
  signOut(): void;
  /** Queues a fault (see `faults.ts`) for the next `times` matching requests. */
  queueFault(spec: string, options?: { times?: number; pathPrefix?: string }): void;
  /** Forgets every queued fault. */
  clearFaults(): void;
}

/** Finds a sandbox citizen by id or short name. */
export function findCitizen(ref: CitizenRef): Citizen | undefined {
  const id = ref === 'an' ? 'cit-an' : ref === 'binh' ? 'cit-binh' : ref;
  return CITIZENS.find((c) => c.id === id);
}

/**
 * The scenario API of `store`.
 *
 * @example
 * ```ts
 * const scenario = createScenario(store);
 * scenario.signIn('an');
 * scenario.setPaymentState(scenario.codes.paymentUnpaid, 'paid');
 * ```
 */
export function createScenario(store: MockStore): Scenario {
  return {
    get codes() {
      return store.scenarios;
    },
    reset: () => store.reset(),
    setPaymentState: (code, status, options) => {
      store.setPaymentState(code, status, options);
    },
    surveyResponseCount: (code) => store.surveyResponseCount(code),
    signIn: (ref = 'an') => {
      const citizen = findCitizen(ref);
      if (!citizen) throw new Error(`Unknown citizen "${ref}": use "an" or "binh"`);
      if (store.ambientSessionId) store.deleteSession(store.ambientSessionId);
      const session = store.createSession(citizen.id);
      store.ambientSessionId = session.id;
      return sessionView(session) as Session & { authenticated: true };
    },
    signOut: () => {
      if (store.ambientSessionId) store.deleteSession(store.ambientSessionId);
    },
    queueFault: (spec, options) => store.queueFault(spec, options),
    clearFaults: () => store.clearQueuedFaults(),
  };
}
