/**
 * The in-memory store behind every way of running the mock backend. It holds
 * records, applies the domain rules (overdue, payment expiry and settlement,
 * one survey response per dossier, sessions, idempotency keys) and knows
 * nothing about HTTP.
 */
import type {
  DossierState,
  IdentityProvider,
  PaymentState,
  Procedure,
  SurveyAnswer,
  SurveyDefinition,
} from '@dvc-kit/client';
import { type Clock, systemClock } from '../clock';
import { randomToken } from '../random';
import { CITIZENS, type Citizen, maskIdentityNumber } from '../seed/citizens';
import type { ScenarioKey } from '../seed/dossiers';
import { createSeed } from '../seed/index';
import { paymentFailure, type PaymentFailureCode } from '../seed/payments';
import { SURVEYS } from '../seed/surveys';
import { type ProcedureQuery, searchProcedures } from './search';
import type {
  DossierRecord,
  IdempotencyRecord,
  PaymentRecord,
  SessionCitizen,
  SessionRecord,
  SurveyResponseRecord,
} from './types';

/** Options of {@link createStore}. */
export interface StoreOptions {
  /** Where "now" comes from (default: the wall clock). Pin it in tests with `fixedClock()`. */
  clock?: Clock;
  /** Session lifetime (default 8 hours). */
  sessionTtlMs?: number;
  /** How long a started payment stays payable (default 15 minutes). */
  paymentWindowMs?: number;
  /** Pad the procedure catalogue to this many entries with labelled copies (load tests). */
  catalogueSize?: number;
}

/** How a tester or the gateway ends a pending payment. */
export type PaymentOutcome =
  { kind: 'success' } | { kind: 'failure'; code: PaymentFailureCode } | { kind: 'cancel' };

/** Result of {@link MockStore.startPayment}. */
export type StartPaymentResult =
  { ok: true; payment: PaymentRecord } | { ok: false; reason: 'not_found' | 'not_startable' };

/** Result of {@link MockStore.settlePayment}. */
export type SettlePaymentResult =
  | { ok: true; payment: PaymentRecord }
  | { ok: false; reason: 'not_found' | 'not_pending' | 'wrong_attempt' };

/** Result of {@link MockStore.submitSurveyResponse}. */
export type SubmitSurveyResult =
  | { ok: true; response: SurveyResponseRecord }
  | { ok: false; reason: 'not_found' | 'not_available' | 'already_answered' };

/** Result of {@link MockStore.beginIdempotent}. */
export type IdempotencyBegin =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_progress' };

/** A fault queued for the next matching requests (see `faults.ts`). */
export interface QueuedFault {
  spec: string;
  /** Only requests whose path starts with this (default: any path). */
  pathPrefix?: string;
  remaining: number;
}

const HOUR = 60 * 60 * 1000;
/** States in which the legal clock runs; supplement and payment pause it (citizen's turn). */
const CLOCK_RUNNING: ReadonlySet<DossierState> = new Set(['received', 'processing']);
/** A survey opens once the dossier is handled. */
const SURVEY_OPEN: ReadonlySet<DossierState> = new Set([
  'result_ready',
  'result_returned',
  'rejected',
]);
const STARTABLE: ReadonlySet<PaymentState> = new Set([
  'unpaid',
  'pending',
  'failed',
  'expired',
  'cancelled',
]);
/** Bounds so that a long sandbox run or a bench cannot grow memory without limit. */
const MAX_IDEMPOTENCY_KEYS = 10_000;
const MAX_SESSIONS = 10_000;

/** `0010****1234`: four digits, four stars, four digits. */
const MASKED_ID = /^\d{4}\*{4}\d{4}$/;

function seededSessionCitizen(id: string): SessionCitizen {
  const citizen = CITIZENS.find((c) => c.id === id);
  if (!citizen) throw new Error(`Unknown citizen ${id}`);
  return {
    id: citizen.id,
    name: citizen.name,
    maskedId: maskIdentityNumber(citizen.identityNumber),
    assuranceLevel: citizen.level,
  };
}

/** The mock backend's state. Create it with {@link createStore}. */
export class MockStore {
  /** The clock every rule reads. */
  readonly clock: Clock;
  /** Scenario key → seeded receipt code (see the README table). */
  scenarios!: Record<ScenarioKey, string>;
  /** Session id used by `GET /v1/session` when no cookie names one (msw mode sign-in). */
  ambientSessionId: string | undefined;

  readonly #options: Required<Omit<StoreOptions, 'clock' | 'catalogueSize'>> & {
    catalogueSize?: number;
  };
  #procedureList: Procedure[] = [];
  #procedures = new Map<string, Procedure>();
  #dossiers = new Map<string, DossierRecord>();
  #payments = new Map<string, PaymentRecord>();
  #responses = new Map<string, SurveyResponseRecord>();
  #sessions = new Map<string, SessionRecord>();
  #idempotency = new Map<string, IdempotencyRecord>();
  #faults: QueuedFault[] = [];
  #serial = 0;

  constructor(options: StoreOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.#options = {
      sessionTtlMs: options.sessionTtlMs ?? 8 * HOUR,
      paymentWindowMs: options.paymentWindowMs ?? 15 * 60 * 1000,
      catalogueSize: options.catalogueSize,
    };
    this.reset();
  }

  /** Restores the seed (relative to the clock's current time) and forgets sessions, keys and faults. */
  reset(): void {
    const seed = createSeed(this.clock.now(), this.#options.catalogueSize);
    this.#procedureList = seed.procedures;
    this.#procedures = new Map(seed.procedures.map((p) => [p.code, p]));
    this.#dossiers = new Map(seed.dossiers.map((d) => [d.code, d]));
    this.#payments = new Map(seed.payments.map((p) => [p.dossierCode, p]));
    this.#responses = new Map(seed.responses.map((r) => [r.dossierCode, r]));
    this.#sessions.clear();
    this.#idempotency.clear();
    this.#faults = [];
    this.ambientSessionId = undefined;
    this.scenarios = seed.scenarios;
    this.#serial = 0;
  }

  /** Current time (ms). */
  now(): number {
    return this.clock.now();
  }

  // ---- procedures -------------------------------------------------------

  /** Every procedure in the catalogue, in seed order. */
  procedures(): readonly Procedure[] {
    return this.#procedureList;
  }

  /** One procedure by national code. */
  procedure(code: string): Procedure | undefined {
    return this.#procedures.get(code);
  }

  /** A page of procedures matching `query`. */
  searchProcedures(query: ProcedureQuery): { items: Procedure[]; total: number } {
    return searchProcedures(this.#procedureList, query);
  }

  // ---- dossiers ---------------------------------------------------------

  /** One dossier by receipt code. */
  dossier(code: string): DossierRecord | undefined {
    return this.#dossiers.get(code);
  }

  /** Every dossier code (seed order). */
  dossierCodes(): string[] {
    return [...this.#dossiers.keys()];
  }

  /** Overdue: the legal clock is running and the deadline has passed. */
  isOverdue(dossier: DossierRecord): boolean {
    return CLOCK_RUNNING.has(dossier.status) && this.now() > dossier.dueAt;
  }

  /** The citizen who owns `dossier`. */
  owner(dossier: DossierRecord): Citizen | undefined {
    return CITIZENS.find((c) => c.id === dossier.ownerId);
  }

  // ---- payments ---------------------------------------------------------

  /** The payment of a dossier, after applying expiry; does not count as a poll. */
  payment(dossierCode: string): PaymentRecord | undefined {
    const payment = this.#payments.get(dossierCode);
    if (payment) this.#expire(payment);
    return payment;
  }

  /**
   * Reads a payment the way a polling widget does: a pending payment settles
   * as paid once it has been read `settleAfterPolls` times (null: never, the
   * pay page decides).
   */
  pollPayment(dossierCode: string, settleAfterPolls: number | null): PaymentRecord | undefined {
    const payment = this.payment(dossierCode);
    if (payment?.status === 'pending' && payment.attempt && settleAfterPolls !== null) {
      payment.attempt.polls += 1;
      if (payment.attempt.polls >= settleAfterPolls) {
        this.#settle(payment, { kind: 'success' });
      }
    }
    return payment;
  }

  /** Starts (or restarts) a payment attempt; the previous attempt, if any, is abandoned. */
  startPayment(dossierCode: string, options: { returnUrl?: string } = {}): StartPaymentResult {
    const payment = this.payment(dossierCode);
    const dossier = this.#dossiers.get(dossierCode);
    if (!payment || !dossier) return { ok: false, reason: 'not_found' };
    if (
      !STARTABLE.has(payment.status) ||
      payment.items.length === 0 ||
      dossier.status === 'rejected' ||
      dossier.status === 'withdrawn'
    ) {
      return { ok: false, reason: 'not_startable' };
    }
    const now = this.now();
    this.#serial += 1;
    payment.status = 'pending';
    delete payment.failure;
    payment.attempt = {
      id: randomToken(16),
      startedAt: now,
      polls: 0,
      ...(options.returnUrl ? { returnUrl: options.returnUrl } : {}),
    };
    payment.transactionRef = `DVCQG${String(now).slice(-8)}${String(this.#serial).padStart(4, '0')}`;
    payment.expiresAt = now + this.#options.paymentWindowMs;
    payment.updatedAt = now;
    return { ok: true, payment };
  }

  /** Ends the pending attempt `attemptId` with `outcome` (the pay page, or a test). */
  settlePayment(
    dossierCode: string,
    attemptId: string,
    outcome: PaymentOutcome,
  ): SettlePaymentResult {
    const payment = this.payment(dossierCode);
    if (!payment) return { ok: false, reason: 'not_found' };
    if (payment.status !== 'pending' || !payment.attempt)
      return { ok: false, reason: 'not_pending' };
    if (payment.attempt.id !== attemptId) return { ok: false, reason: 'wrong_attempt' };
    this.#settle(payment, outcome);
    return { ok: true, payment };
  }

  /**
   * Forces a payment into `status` with consistent details (receipt when
   * paid, failure when failed, refund amounts). A scenario tool for tests.
   */
  setPaymentState(
    dossierCode: string,
    status: PaymentState,
    options: { failureCode?: PaymentFailureCode; refundAmount?: number } = {},
  ): PaymentRecord {
    const payment = this.#payments.get(dossierCode);
    if (!payment) throw new Error(`No payment for dossier ${dossierCode}`);
    const now = this.now();
    const total = payment.items.reduce((sum, i) => sum + i.amount, 0);
    delete payment.failure;
    delete payment.refund;
    delete payment.receipt;
    delete payment.attempt;
    delete payment.expiresAt;
    payment.status = status;
    payment.updatedAt = now;
    switch (status) {
      case 'unpaid':
        payment.expiresAt = now + 3 * 24 * HOUR;
        break;
      case 'pending':
        payment.attempt = { id: randomToken(16), startedAt: now, polls: 0 };
        payment.expiresAt = now + this.#options.paymentWindowMs;
        break;
      case 'paid':
        payment.receipt = this.#receipt(now);
        break;
      case 'failed':
        payment.failure = paymentFailure(options.failureCode ?? 'BANK_DECLINED');
        break;
      case 'refunded':
      case 'partially_refunded': {
        const amount =
          status === 'refunded' ? total : (options.refundAmount ?? Math.floor(total / 2));
        if (status === 'partially_refunded' && !(amount > 0 && amount < total)) {
          throw new RangeError(`A partial refund must be between 0 and ${total}`);
        }
        payment.receipt = this.#receipt(now);
        payment.refund = {
          amount,
          refundedAt: now,
          reason: 'Hoàn trả theo đề nghị (kịch bản thử nghiệm).',
        };
        break;
      }
      default:
        break;
    }
    return payment;
  }

  #receipt(now: number) {
    this.#serial += 1;
    return {
      number: `BL${String(now).slice(-6)}-${String(this.#serial).padStart(5, '0')}`,
      issuedAt: now,
    };
  }

  #expire(payment: PaymentRecord): void {
    if (
      (payment.status === 'unpaid' || payment.status === 'pending') &&
      payment.expiresAt !== undefined &&
      this.now() >= payment.expiresAt
    ) {
      payment.status = 'expired';
      payment.updatedAt = payment.expiresAt;
      delete payment.attempt;
    }
  }

  #settle(payment: PaymentRecord, outcome: PaymentOutcome): void {
    const now = this.now();
    delete payment.attempt;
    payment.updatedAt = now;
    if (outcome.kind === 'success') {
      payment.status = 'paid';
      delete payment.expiresAt;
      payment.receipt = this.#receipt(now);
      // Paying moves the dossier on: the agency resumes processing.
      const dossier = this.#dossiers.get(payment.dossierCode);
      if (dossier?.status === 'awaiting_payment') {
        dossier.status = 'processing';
        dossier.updatedAt = now;
        dossier.history.push({
          status: 'processing',
          at: new Date(now).toISOString(),
          actor: 'Nền tảng thanh toán',
          note: 'Đã nhận thanh toán phí, lệ phí.',
        });
      }
    } else if (outcome.kind === 'failure') {
      payment.status = 'failed';
      payment.failure = paymentFailure(outcome.code);
    } else {
      payment.status = 'cancelled';
    }
  }

  // ---- surveys ----------------------------------------------------------

  /** The survey definition for a dossier. */
  surveyDefinition(dossier: DossierRecord): SurveyDefinition {
    const definition = SURVEYS.get(dossier.surveyId);
    if (!definition) throw new Error(`Unknown survey ${dossier.surveyId}`);
    return definition;
  }

  /** Whether the dossier has been handled, so that it can be rated. */
  surveyOpen(dossier: DossierRecord): boolean {
    return SURVEY_OPEN.has(dossier.status);
  }

  /** The stored response for a dossier, if any. */
  surveyResponse(dossierCode: string): SurveyResponseRecord | undefined {
    return this.#responses.get(dossierCode);
  }

  /** Stores a response (answers must have been checked against the definition). */
  submitSurveyResponse(
    dossierCode: string,
    surveyId: string,
    answers: Record<string, SurveyAnswer>,
  ): SubmitSurveyResult {
    const dossier = this.#dossiers.get(dossierCode);
    if (!dossier) return { ok: false, reason: 'not_found' };
    if (!this.surveyOpen(dossier)) return { ok: false, reason: 'not_available' };
    if (this.#responses.has(dossierCode)) return { ok: false, reason: 'already_answered' };
    this.#serial += 1;
    const response: SurveyResponseRecord = {
      dossierCode,
      surveyId,
      answers: { ...answers },
      receiptId: `SR-${randomToken(9)}`,
      submittedAt: this.now(),
    };
    this.#responses.set(dossierCode, response);
    return { ok: true, response };
  }

  /** How many survey responses are stored (for one dossier, or all). */
  surveyResponseCount(dossierCode?: string): number {
    if (dossierCode !== undefined) return this.#responses.has(dossierCode) ? 1 : 0;
    return this.#responses.size;
  }

  // ---- sessions ---------------------------------------------------------

  /**
   * Creates a server-side session with a fresh random id and CSRF token, for
   * a seeded citizen (by id) or for what a login established. Refuses a
   * citizen whose identity number is not masked.
   */
  createSession(who: string | SessionCitizen, provider: IdentityProvider = 'vneid'): SessionRecord {
    const citizen = typeof who === 'string' ? seededSessionCitizen(who) : { ...who };
    if (!MASKED_ID.test(citizen.maskedId)) {
      throw new Error('A session keeps the identity number masked (0010****1234), never in full');
    }
    if (this.#sessions.size >= MAX_SESSIONS) {
      const oldest = this.#sessions.keys().next().value;
      if (oldest !== undefined) this.#sessions.delete(oldest);
    }
    const now = this.now();
    const session: SessionRecord = {
      id: randomToken(32),
      citizen,
      provider,
      csrfToken: randomToken(32),
      createdAt: now,
      expiresAt: now + this.#options.sessionTtlMs,
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** A live session by id (expired ones are dropped). */
  session(id: string | undefined): SessionRecord | undefined {
    if (id === undefined) return undefined;
    const session = this.#sessions.get(id);
    if (session && this.now() >= session.expiresAt) {
      this.#sessions.delete(id);
      return undefined;
    }
    return session;
  }

  /** Ends a session. */
  deleteSession(id: string): void {
    this.#sessions.delete(id);
    if (this.ambientSessionId === id) this.ambientSessionId = undefined;
  }

  /** Number of live sessions. */
  sessionCount(): number {
    return this.#sessions.size;
  }

  /** A citizen by id. */
  citizen(id: string): Citizen | undefined {
    return CITIZENS.find((c) => c.id === id);
  }

  // ---- idempotency ------------------------------------------------------

  /**
   * Claims an Idempotency-Key for a request with `fingerprint`. A new key is
   * marked in progress until {@link completeIdempotent} or
   * {@link abandonIdempotent}.
   */
  beginIdempotent(key: string, fingerprint: string): IdempotencyBegin {
    const existing = this.#idempotency.get(key);
    if (existing) {
      if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (!existing.result) return { kind: 'in_progress' };
      return { kind: 'replay', status: existing.result.status, body: existing.result.body };
    }
    if (this.#idempotency.size >= MAX_IDEMPOTENCY_KEYS) {
      const oldest = this.#idempotency.keys().next().value;
      if (oldest !== undefined) this.#idempotency.delete(oldest);
    }
    this.#idempotency.set(key, { fingerprint, createdAt: this.now() });
    return { kind: 'new' };
  }

  /** Stores the result of the first request under `key`. */
  completeIdempotent(key: string, status: number, body: unknown): void {
    const record = this.#idempotency.get(key);
    if (record) record.result = { status, body };
  }

  /** Releases `key` after a failed first request, so that it can be retried. */
  abandonIdempotent(key: string): void {
    const record = this.#idempotency.get(key);
    if (record && !record.result) this.#idempotency.delete(key);
  }

  // ---- queued faults ----------------------------------------------------

  /** Queues `spec` (fault syntax) for the next `times` requests under `pathPrefix`. */
  queueFault(spec: string, options: { times?: number; pathPrefix?: string } = {}): void {
    this.#faults.push({
      spec,
      remaining: options.times ?? 1,
      ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
    });
  }

  /** Forgets every queued fault. */
  clearQueuedFaults(): void {
    this.#faults = [];
  }

  /** Takes the queued fault matching `pathname`, if any. */
  takeQueuedFault(pathname: string): string | undefined {
    const index = this.#faults.findIndex(
      (f) => f.pathPrefix === undefined || pathname.startsWith(f.pathPrefix),
    );
    if (index === -1) return undefined;
    const fault = this.#faults[index] as QueuedFault;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return fault.spec;
  }
}

/**
 * Creates a store seeded with the deterministic sandbox data.
 *
 * @example
 * ```ts
 * const store = createStore({ clock: fixedClock() });
 * store.scenarios.paymentPending; // '000.20.30.H48-241119-0044'
 * ```
 */
export function createStore(options: StoreOptions = {}): MockStore {
  return new MockStore(options);
}
