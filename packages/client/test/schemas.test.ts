/** Example-based checks of the contract's rules. */
import { describe, expect, it } from 'vitest';
import * as c from '../src/index';
import * as f from './fixtures';

const fails = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) =>
  expect(schema.safeParse(v).success).toBe(false);

describe('codes', () => {
  it.each([
    '000.00.12.H48-241120-0001',
    'G22.89-240115-0001',
    'H48-241231-123456',
    '000.00.12.H48-240229-0001',
  ])('accepts dossier code %s', (code) => {
    expect(c.DossierCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each([
    '000.00.12.h48-241120-0001', // the schema is strict; the client upper-cases input
    '000.00.12.H48-241320-0001', // month 13
    '000.00.12.H48-241100-0001', // day 0
    '000.00.12.H48-241120-001',
    '.H48-241120-0001',
    '000..12.H48-241120-0001',
    '000.00.12.H48-241120-0001\n',
    '../x-241120-0001',
  ])('refuses dossier code %j', (code) => fails(c.DossierCodeSchema, code));

  it('procedure codes look like 1.004227', () => {
    expect(c.ProcedureCodeSchema.safeParse('1.004227').success).toBe(true);
    for (const bad of ['1.04227', '10.004227', '1,004227', ' 1.004227'])
      fails(c.ProcedureCodeSchema, bad);
  });

  it('timestamps need an offset', () => {
    expect(c.TimestampSchema.safeParse('2024-11-20T08:15:00+07:00').success).toBe(true);
    expect(c.TimestampSchema.safeParse('2024-11-20T01:15:00.123Z').success).toBe(true);
    fails(c.TimestampSchema, '2024-11-20T08:15:00');
    fails(c.TimestampSchema, '2024-11-20');
  });
});

describe('payment rules', () => {
  const paid = {
    ...f.payment,
    status: 'paid',
    receipt: { number: 'BL-0001', issuedAt: f.T0, url: 'https://hoadon.example.gov.vn/r/1' },
  };

  it('accepts consistent payments', () => {
    for (const p of [
      f.payment,
      paid,
      { ...f.payment, items: [], total: 0, status: 'not_required' },
    ]) {
      expect(c.PaymentSchema.safeParse(p).success).toBe(true);
    }
  });

  it('money is whole, non-negative VND', () => {
    fails(c.PaymentSchema, {
      ...f.payment,
      items: [{ code: 'a', name: 'b', amount: 10.5 }],
      total: 10.5,
    });
    fails(c.PaymentSchema, {
      ...f.payment,
      items: [{ code: 'a', name: 'b', amount: -1 }],
      total: -1,
    });
    fails(c.PaymentSchema, { ...f.payment, currency: 'USD' });
  });

  it('total is the sum of the items', () => {
    const r = c.PaymentSchema.safeParse({ ...f.payment, total: 69_999 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['total']);
  });

  it('a paid payment has a receipt; an unpaid one has none', () => {
    fails(c.PaymentSchema, { ...paid, receipt: undefined });
    fails(c.PaymentSchema, { ...f.payment, receipt: paid.receipt });
  });

  it('failure comes exactly with failed', () => {
    expect(
      c.PaymentSchema.safeParse({
        ...f.payment,
        status: 'failed',
        failure: { code: 'G05', message: 'Thẻ hết hạn' },
      }).success,
    ).toBe(true);
    fails(c.PaymentSchema, { ...f.payment, status: 'failed' });
    fails(c.PaymentSchema, { ...f.payment, failure: { code: 'G05', message: 'x' } });
  });

  it('refunds add up', () => {
    const refund = (amount: number) => ({ amount, refundedAt: f.T0, reason: 'Hủy hồ sơ' });
    expect(
      c.PaymentSchema.safeParse({ ...paid, status: 'refunded', refund: refund(70_000) }).success,
    ).toBe(true);
    expect(
      c.PaymentSchema.safeParse({ ...paid, status: 'partially_refunded', refund: refund(20_000) })
        .success,
    ).toBe(true);
    fails(c.PaymentSchema, { ...paid, status: 'refunded', refund: refund(20_000) });
    fails(c.PaymentSchema, { ...paid, status: 'partially_refunded', refund: refund(70_000) });
    fails(c.PaymentSchema, { ...paid, status: 'refunded' });
  });

  it('payUrl is http(s) only', () => {
    for (const payUrl of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.vn/a', '/relative']) {
      fails(c.PaymentSchema, { ...f.payment, payUrl });
    }
  });
});

describe('surveys', () => {
  const def = f.surveyState.definition;

  it('a rating scale has one label per point, 3 or 5 points', () => {
    const rating = def.questions[0];
    fails(c.SurveyQuestionSchema, { ...rating, labels: ['a', 'b'] });
    fails(c.SurveyQuestionSchema, { ...rating, scale: 4, labels: ['a', 'b', 'c', 'd'] });
  });

  it('question ids are unique; answered comes with a receipt', () => {
    fails(c.SurveyDefinitionSchema, { ...def, questions: [def.questions[0], def.questions[0]] });
    fails(c.SurveyStateSchema, { ...f.surveyState, answered: true });
  });

  it('checkSurveyAnswers names every problem', () => {
    expect(c.checkSurveyAnswers(def, f.surveyResponse.answers)).toEqual([]);
    expect(
      c.checkSurveyAnswers(def, {
        time: 4,
        contacts: 'never',
        comment: 'x'.repeat(501),
        extra: 'y',
      }),
    ).toEqual([
      { questionId: 'time', reason: 'out_of_range' },
      { questionId: 'contacts', reason: 'unknown_option' },
      { questionId: 'comment', reason: 'too_long' },
      { questionId: 'extra', reason: 'unknown' },
    ]);
    expect(c.checkSurveyAnswers(def, { contacts: 1 })).toEqual([
      { questionId: 'time', reason: 'required' },
      { questionId: 'contacts', reason: 'wrong_type' },
    ]);
  });
});

describe('session', () => {
  it('accepts the signed-out session and refuses unmasked ids', () => {
    expect(c.SessionSchema.safeParse({ authenticated: false }).success).toBe(true);
    const citizen = f.session.authenticated ? f.session.citizen : null;
    fails(c.SessionSchema, {
      authenticated: true,
      citizen: { ...citizen, maskedId: '001099012345' },
    });
    fails(c.SessionSchema, { authenticated: true, citizen: { ...citizen, assuranceLevel: 3 } });
    fails(c.SessionSchema, { authenticated: true });
  });
});

describe('page', () => {
  it('holds at most pageSize items', () => {
    fails(c.ProcedurePageSchema, {
      ...f.procedurePage,
      pageSize: 1,
      items: [f.procedureSummary, f.procedureSummary],
    });
    fails(c.ProcedurePageSchema, { ...f.procedurePage, pageSize: 201 });
    fails(c.ProcedurePageSchema, { ...f.procedurePage, page: 0 });
  });
});

describe('problem details', () => {
  it('keeps extension members and needs a code', () => {
    const p = c.ProblemSchema.parse({
      title: 'x',
      status: 409,
      code: 'SURVEY_ALREADY_ANSWERED',
      ratedAt: f.T0,
    });
    expect(p).toMatchObject({ ratedAt: f.T0 });
    fails(c.ProblemSchema, { title: 'x', status: 409 });
  });
});
