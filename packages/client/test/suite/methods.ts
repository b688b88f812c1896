/** Every client method, with what a valid and a broken answer look like. */
import type { DvcClient } from '../../src/index';
import * as f from '../fixtures';

/** Options the suite passes to a call. */
export interface CaseOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
}

/** One client method under test. */
export interface MethodCase {
  name: string;
  method: 'GET' | 'POST';
  /** Path below the API root. */
  path: string;
  /** Body of a success answer; `undefined` for 204. */
  ok: unknown;
  okStatus: number;
  /** GET, or POST with an Idempotency-Key. */
  retryable: boolean;
  /** Whether a JSON body is expected (false for logout's 204). */
  expectsBody: boolean;
  /** Whether it sends an Idempotency-Key. */
  idempotent: boolean;
  /** A body that breaks the schema and carries personal data. */
  broken: unknown;
  call(client: DvcClient, options?: CaseOptions): Promise<unknown>;
  /** The same call with invalid input. */
  badInput(client: DvcClient): Promise<unknown>;
}

const D = f.DOSSIER;
const dp = `/dossiers/${D}`;

export const METHODS: MethodCase[] = [
  {
    name: 'procedures.search',
    method: 'GET',
    path: '/procedures',
    ok: f.procedurePage,
    okStatus: 200,
    retryable: true,
    expectsBody: true,
    idempotent: false,
    broken: { ...f.procedurePage, items: [{ ...f.procedureSummary, code: f.PERSONAL.id }] },
    call: (c, o) => c.procedures.search({ q: 'khai sinh', level: 'xa', pageSize: 20 }, o),
    badInput: (c) => c.procedures.search({ pageSize: 500 }),
  },
  {
    name: 'procedures.get',
    method: 'GET',
    path: `/procedures/${f.PROCEDURE}`,
    ok: f.procedure,
    okStatus: 200,
    retryable: true,
    expectsBody: true,
    idempotent: false,
    broken: { ...f.procedure, name: f.PERSONAL.name, code: f.PERSONAL.id },
    call: (c, o) => c.procedures.get(f.PROCEDURE, o),
    badInput: (c) => c.procedures.get('1.4227'),
  },
  {
    name: 'dossiers.status',
    method: 'GET',
    path: `${dp}/status`,
    ok: f.dossierStatus,
    okStatus: 200,
    retryable: true,
    expectsBody: true,
    idempotent: false,
    broken: { ...f.dossierStatus, code: f.PERSONAL.id },
    call: (c, o) => c.dossiers.status(D, o),
    badInput: (c) => c.dossiers.status('../session'),
  },
  {
    name: 'dossiers.get',
    method: 'GET',
    path: dp,
    ok: f.dossier,
    okStatus: 200,
    retryable: true,
    expectsBody: true,
    idempotent: false,
    broken: { ...f.dossier, applicantName: f.PERSONAL.name, history: [{ status: f.PERSONAL.id }] },
    call: (c, o) => c.dossiers.get(D, o),
    badInput: (c) => c.dossiers.get(''),
  },
  {
    name: 'payments.get',
    method: 'GET',
    path: `${dp}/payment`,
    ok: f.payment,
    okStatus: 200,
    retryable: true,
    expectsBody: true,
    idempotent: false,
    broken: { ...f.payment, transactionRef: f.PERSONAL.name, total: Number(f.PERSONAL.id) },
    call: (c, o) => c.payments.get(D, o),
    badInput: (c) => c.payments.get('000.00.12.H48-241120'),
  },
  {
    name: 'payments.start',
    method: 'POST',
    path: `${dp}/payment`,
    ok: f.paymentStarted,
    okStatus: 200,
    retryable: true,
    expectsBody: true,
    idempotent: true,
    broken: { ...f.paymentStarted, payUrl: `javascript:alert('${f.PERSONAL.id}')` },
    call: (c, o) => c.payments.start(D, { returnUrl: 'https://portal.example.gov.vn/hs', ...o }),
    badInput: (c) => c.payments.start(D, { returnUrl: 'javascript:void(0)' }),
  },
  {
    name: 'surveys.get',
    method: 'GET',
    path: `${dp}/survey`,
    ok: f.surveyState,
    okStatus: 200,
    retryable: true,
    expectsBody: true,
    idempotent: false,
    broken: { ...f.surveyState, answered: true, dossierCode: f.PERSONAL.id },
    call: (c, o) => c.surveys.get(D, o),
    badInput: (c) => c.surveys.get(D.replace('-0001', '-01')),
  },
  {
    name: 'surveys.submit',
    method: 'POST',
    path: `${dp}/survey-responses`,
    ok: f.surveyReceipt,
    okStatus: 201,
    retryable: true,
    expectsBody: true,
    idempotent: true,
    broken: { id: f.PERSONAL.id, submittedAt: f.PERSONAL.name },
    call: (c, o) => c.surveys.submit(D, f.surveyResponse, o),
    badInput: (c) => c.surveys.submit(D, { surveyId: 'tt01-2018-v1', answers: { time: 9 } }),
  },
  {
    name: 'session.get',
    method: 'GET',
    path: '/session',
    ok: f.session,
    okStatus: 200,
    retryable: true,
    expectsBody: true,
    idempotent: false,
    broken: {
      authenticated: true,
      citizen: {
        name: f.PERSONAL.name,
        maskedId: f.PERSONAL.id,
        assuranceLevel: 2,
        provider: 'vneid',
      },
    },
    call: (c, o) => c.session.get(o),
    badInput: (c) => c.session.get({ signal: 'stop' as unknown as AbortSignal }),
  },
  {
    name: 'session.logout',
    method: 'POST',
    path: '/session/logout',
    ok: undefined,
    okStatus: 204,
    retryable: false,
    expectsBody: false,
    idempotent: false,
    broken: undefined,
    call: (c, o) => c.session.logout({ csrfToken: 'csrf-abc', ...o }),
    badInput: (c) => c.session.logout({ csrfToken: 'line\nbreak' }),
  },
];
