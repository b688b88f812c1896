/**
 * fast-check arbitraries for the contract's main schemas. They build values
 * that satisfy the cross-field rules by construction (a payment's total is
 * the sum of its items, …), so "every generated value parses" tests the
 * schemas rather than the generator.
 */
import fc from 'fast-check';
import { DOSSIER_CODE_PATTERN, MAX_PAGE_SIZE, PROCEDURE_CODE_PATTERN } from '../src/index';
import type {
  Citizen,
  Dossier,
  DossierState,
  DossierStatus,
  FeeItem,
  Payment,
  PaymentStarted,
  PaymentState,
  Problem,
  Procedure,
  ProcedurePage,
  ProcedureSummary,
  Session,
  SurveyDefinition,
  SurveyQuestion,
  SurveyReceipt,
  SurveyResponse,
  SurveyState,
} from '../src/index';

const HOUR = 3_600_000;

/** ISO 8601 with `Z` or `+07:00`, from 2000 to 2099. */
export const timestamp = fc
  .tuple(
    fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-30T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.boolean(),
  )
  .map(([d, utc]) =>
    utc ? d.toISOString() : new Date(d.getTime() + 7 * HOUR).toISOString().replace('Z', '+07:00'),
  );

/** Non-empty display text, Vietnamese letters included. */
export const text = fc
  .string({
    unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạềểễếệ0123456789 '),
    minLength: 1,
    maxLength: 30,
  })
  .filter((s) => s.length > 0);

export const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/);
export const vnd = fc.integer({ min: 0, max: 50_000_000 });
export const httpUrl = fc.webUrl({ validSchemes: ['https', 'http'] });
export const dossierCode = fc.stringMatching(DOSSIER_CODE_PATTERN);
export const procedureCode = fc.stringMatching(PROCEDURE_CODE_PATTERN);

export const feeItem: fc.Arbitrary<FeeItem> = fc.record({ code: id, name: text, amount: vnd });

export const procedureSummary: fc.Arbitrary<ProcedureSummary> = fc.record({
  code: procedureCode,
  name: text,
  field: text,
  level: fc.constantFrom('tinh', 'huyen', 'xa'),
  onlineMode: fc.constantFrom('toan_trinh', 'mot_phan'),
  agency: fc.record({ code: id, name: text }),
  processingDays: fc.integer({ min: 0, max: 90 }),
});

export const procedure: fc.Arbitrary<Procedure> = fc
  .tuple(
    procedureSummary,
    fc.record(
      { fees: fc.array(feeItem, { maxLength: 4 }), description: fc.string(), url: httpUrl },
      { requiredKeys: ['fees'] },
    ),
  )
  .map(([s, rest]) => ({ ...s, ...rest }));

export const procedurePage: fc.Arbitrary<ProcedurePage> = fc
  .tuple(fc.integer({ min: 1, max: MAX_PAGE_SIZE }), fc.integer({ min: 1, max: 1000 }))
  .chain(([pageSize, page]) =>
    fc.record({
      items: fc.array(procedureSummary, { maxLength: Math.min(pageSize, 5) }),
      page: fc.constant(page),
      pageSize: fc.constant(pageSize),
      total: fc.integer({ min: 0, max: 100_000 }),
    }),
  );

const dossierState: fc.Arbitrary<DossierState> = fc.constantFrom(
  'received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'result_ready',
  'result_returned',
  'rejected',
  'withdrawn',
);

export const dossierStatus: fc.Arbitrary<DossierStatus> = fc.record({
  code: dossierCode,
  procedure: fc.record({ code: procedureCode, name: text }),
  status: dossierState,
  receivedAt: timestamp,
  dueAt: timestamp,
  overdue: fc.boolean(),
  updatedAt: timestamp,
});

export const dossier: fc.Arbitrary<Dossier> = fc
  .tuple(
    dossierStatus,
    text,
    fc.array(
      fc.record(
        { status: dossierState, at: timestamp, actor: text, note: fc.string() },
        { requiredKeys: ['status', 'at'] },
      ),
      { maxLength: 6 },
    ),
  )
  .map(([s, applicantName, history]) => ({ ...s, applicantName, history }));

const paymentState: fc.Arbitrary<PaymentState> = fc.constantFrom(
  'unpaid',
  'pending',
  'paid',
  'failed',
  'expired',
  'cancelled',
  'refunded',
  'partially_refunded',
  'not_required',
);

/** A payment obeying every rule of PaymentSchema. */
export const payment: fc.Arbitrary<Payment> = fc
  .record({
    dossierCode: dossierCode,
    items: fc.array(feeItem, { maxLength: 5 }),
    status: paymentState,
    expiresAt: fc.option(timestamp, { nil: undefined }),
    payUrl: fc.option(httpUrl, { nil: undefined }),
    transactionRef: fc.option(id, { nil: undefined }),
    updatedAt: timestamp,
    receipt: fc.record({ number: id, issuedAt: timestamp, url: httpUrl }),
    failure: fc.record({ code: id, message: text }),
    refundedAt: timestamp,
    reason: text,
    fraction: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    keepReceipt: fc.boolean(),
  })
  .map((r): Payment => {
    const total = r.items.reduce((s, i) => s + i.amount, 0);
    // A partial refund needs 0 < amount < total.
    const status = r.status === 'partially_refunded' && total < 2 ? 'refunded' : r.status;
    const p: Payment = {
      dossierCode: r.dossierCode,
      items: r.items,
      total,
      currency: 'VND',
      status,
      updatedAt: r.updatedAt,
    };
    if (r.expiresAt) p.expiresAt = r.expiresAt;
    if (r.payUrl) p.payUrl = r.payUrl;
    if (r.transactionRef) p.transactionRef = r.transactionRef;
    if (status === 'failed') p.failure = r.failure;
    if (
      status === 'paid' ||
      ((status === 'refunded' || status === 'partially_refunded') && r.keepReceipt)
    ) {
      p.receipt = r.receipt;
    }
    if (status === 'refunded' || status === 'partially_refunded') {
      const amount =
        status === 'refunded'
          ? total
          : Math.min(total - 1, Math.max(1, Math.floor(total * r.fraction)));
      p.refund = { amount, refundedAt: r.refundedAt, reason: r.reason };
    }
    return p;
  });

export const paymentStarted: fc.Arbitrary<PaymentStarted> = fc
  .tuple(payment, httpUrl, timestamp)
  .map(([p, payUrl, expiresAt]) => ({ ...p, payUrl, expiresAt }));

const question = (qid: string): fc.Arbitrary<SurveyQuestion> => {
  const base = { id: fc.constant(qid), label: text, required: fc.boolean() };
  return fc.oneof(
    fc.constantFrom(3 as const, 5 as const).chain((scale) =>
      fc.record({
        ...base,
        type: fc.constant('rating' as const),
        scale: fc.constant(scale),
        labels: fc.array(text, { minLength: scale, maxLength: scale }),
      }),
    ),
    fc.record({
      ...base,
      type: fc.constant('single_choice' as const),
      options: fc
        .uniqueArray(id, { minLength: 2, maxLength: 5 })
        .chain((values) =>
          fc.tuple(...values.map((value) => fc.record({ value: fc.constant(value), label: text }))),
        ),
    }),
    fc.record({
      ...base,
      type: fc.constant('text' as const),
      maxLength: fc.integer({ min: 1, max: 5000 }),
    }),
  );
};

export const surveyDefinition: fc.Arbitrary<SurveyDefinition> = fc
  .uniqueArray(id, { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.record(
      {
        id,
        title: text,
        description: fc.string(),
        questions: fc.tuple(...ids.map(question)),
      },
      { requiredKeys: ['id', 'title', 'questions'] },
    ),
  );

export const surveyReceipt: fc.Arbitrary<SurveyReceipt> = fc.record({ id, submittedAt: timestamp });

export const surveyState: fc.Arbitrary<SurveyState> = fc
  .tuple(dossierCode, surveyDefinition, fc.option(surveyReceipt, { nil: undefined }))
  .map(([dossierCode, definition, receipt]) =>
    receipt
      ? { dossierCode, definition, answered: true, receipt }
      : { dossierCode, definition, answered: false },
  );

/** A definition with a response that answers it correctly. */
export const answeredSurvey: fc.Arbitrary<[SurveyDefinition, SurveyResponse]> =
  surveyDefinition.chain((definition) =>
    fc
      .tuple(
        ...definition.questions.map((q) => {
          const answer =
            q.type === 'rating'
              ? fc.integer({ min: 1, max: q.scale })
              : q.type === 'single_choice'
                ? fc.constantFrom(...q.options.map((o) => o.value))
                : fc
                    .string({ minLength: 1, maxLength: Math.min(q.maxLength, 50) })
                    .filter((s) => s.trim() !== '');
          return q.required
            ? answer.map((a) => [q.id, a] as const)
            : fc.option(
                answer.map((a) => [q.id, a] as const),
                { nil: undefined },
              );
        }),
      )
      .map((pairs): [SurveyDefinition, SurveyResponse] => [
        definition,
        {
          surveyId: definition.id,
          answers: Object.fromEntries(pairs.filter((p) => p !== undefined)),
        },
      ]),
  );

export const citizen: fc.Arbitrary<Citizen> = fc.record({
  name: text,
  maskedId: fc.stringMatching(/^\d{4}\*{4}\d{4}$/),
  assuranceLevel: fc.constantFrom(1 as const, 2 as const),
  provider: fc.constantFrom('vneid' as const, 'dvcqg' as const),
});

export const session: fc.Arbitrary<Session> = fc.oneof(
  fc.constant({ authenticated: false as const }),
  fc.record(
    { authenticated: fc.constant(true as const), citizen, expiresAt: timestamp, csrfToken: id },
    { requiredKeys: ['authenticated', 'citizen'] },
  ),
);

export const problem: fc.Arbitrary<Problem> = fc.record(
  {
    type: httpUrl,
    title: text,
    status: fc.integer({ min: 400, max: 599 }),
    detail: fc.string(),
    instance: fc.string(),
    code: fc.stringMatching(/^[A-Z][A-Z_]{2,30}$/),
    errors: fc.array(fc.record({ pointer: fc.string(), detail: fc.string() }), { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'status', 'code'] },
);
