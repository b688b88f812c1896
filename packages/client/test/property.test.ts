/** Property tests: generated contract values parse; arbitrary answers never escape as anything but a DvcError or a valid parse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as c from '../src/index';
import type { DvcClient } from '../src/index';
import * as arb from './arbitraries';
import { PERSONAL } from './fixtures';
import { METHODS } from './suite/methods';

const CASES: [
  string,
  { safeParse(v: unknown): { success: boolean; data?: unknown } },
  fc.Arbitrary<unknown>,
][] = [
  ['ProcedureSummary', c.ProcedureSummarySchema, arb.procedureSummary],
  ['Procedure', c.ProcedureSchema, arb.procedure],
  ['ProcedurePage', c.ProcedurePageSchema, arb.procedurePage],
  ['DossierStatus', c.DossierStatusSchema, arb.dossierStatus],
  ['Dossier', c.DossierSchema, arb.dossier],
  ['Payment', c.PaymentSchema, arb.payment],
  ['PaymentStarted', c.PaymentStartedSchema, arb.paymentStarted],
  ['SurveyDefinition', c.SurveyDefinitionSchema, arb.surveyDefinition],
  ['SurveyState', c.SurveyStateSchema, arb.surveyState],
  ['SurveyReceipt', c.SurveyReceiptSchema, arb.surveyReceipt],
  ['Session', c.SessionSchema, arb.session],
  ['Problem', c.ProblemSchema, arb.problem],
];

describe('generated values parse, unchanged', () => {
  it.each(CASES)('%s', (_name, schema, values) => {
    fc.assert(
      fc.property(values, (value) => {
        const parsed = schema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it('a correct survey response passes checkSurveyAnswers', () => {
    fc.assert(
      fc.property(arb.answeredSurvey, ([definition, response]) => {
        expect(c.SurveyResponseSchema.safeParse(response).success).toBe(true);
        expect(c.checkSurveyAnswers(definition, response.answers)).toEqual([]);
      }),
    );
  });
});

describe('breaking a rule is caught', () => {
  it('a payment whose total is off by any amount fails', () => {
    fc.assert(
      fc.property(arb.payment, fc.integer({ min: 1, max: 1000 }), (p, delta) => {
        expect(c.PaymentSchema.safeParse({ ...p, total: p.total + delta }).success).toBe(false);
      }),
    );
  });

  it('a full 12-digit identity number is never accepted as maskedId', () => {
    fc.assert(
      fc.property(arb.citizen, fc.stringMatching(/^\d{12}$/), (citizen, full) => {
        expect(c.CitizenSchema.safeParse({ ...citizen, maskedId: full }).success).toBe(false);
      }),
    );
  });
});

/** A client whose every answer is `body` (200, JSON), counting requests. */
function clientAnswering(body: string, status = 200): { client: DvcClient; sent: () => number } {
  let sent = 0;
  const client = c.createClient({
    baseUrl: 'https://api.test/v1',
    retry: false,
    fetch: async () => {
      sent++;
      return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
    },
  });
  return { client, sent: () => sent };
}

const SCHEMA_OF: Record<
  string,
  { safeParse(v: unknown): { success: boolean; data?: unknown } } | null
> = {
  'procedures.search': c.ProcedurePageSchema,
  'procedures.get': c.ProcedureSchema,
  'dossiers.status': c.DossierStatusSchema,
  'dossiers.get': c.DossierSchema,
  'payments.get': c.PaymentSchema,
  'payments.start': c.PaymentStartedSchema,
  'surveys.get': c.SurveyStateSchema,
  'surveys.submit': c.SurveyReceiptSchema,
  'session.get': c.SessionSchema,
  'session.logout': null,
};

describe('any JSON answer → a valid parse or a DvcError', () => {
  // Arbitrary JSON; valid answers with one member replaced by arbitrary JSON;
  // valid answers with an extra member (which the client drops).
  const answers = (ok: unknown): fc.Arbitrary<unknown> => {
    if (!ok || typeof ok !== 'object') return fc.jsonValue();
    const keys = Object.keys(ok);
    return fc.oneof(
      fc.jsonValue(),
      fc
        .tuple(fc.constantFrom(...keys), fc.jsonValue())
        .map(([key, value]) => ({ ...ok, [key]: value })),
      fc.tuple(fc.string(), fc.jsonValue()).map(([key, value]) => ({ [key]: value, ...ok })),
      fc.constant(ok),
    );
  };

  it.each(METHODS)('$name', async (mc) => {
    const schema = SCHEMA_OF[mc.name];
    if (schema === undefined) throw new Error(`no schema listed for ${mc.name}`);
    await fc.assert(
      fc.asyncProperty(answers(mc.ok), fc.constantFrom(200, 201), async (json, status) => {
        const { client } = clientAnswering(JSON.stringify(json), status);
        const outcome = await mc.call(client).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        if (outcome.ok) {
          if (schema === null) expect(outcome.value).toBeUndefined();
          else expect(outcome.value).toEqual(schema.safeParse(json).data);
        } else {
          expect(c.isDvcError(outcome.error)).toBe(true);
          expect((outcome.error as c.DvcError).code).toBe('RESPONSE_INVALID');
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('any string as a dossier code', () => {
  it('is refused with INPUT, or sent as a path segment that matches the national format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          arb.dossierCode,
          fc.constant('../../session'),
          fc.constant(PERSONAL.id),
        ),
        async (code) => {
          const paths: string[] = [];
          const client = c.createClient({
            baseUrl: 'https://api.test/v1',
            fetch: async (request) => {
              paths.push(new URL(request.url).pathname);
              return Response.json(null);
            },
          });
          const error = await client.dossiers.status(code).then(
            () => null,
            (e: unknown) => e as c.DvcError,
          );
          if (error?.code === 'INPUT') {
            expect(paths).toEqual([]);
          } else {
            expect(paths).toHaveLength(1);
            const segment = decodeURIComponent(paths[0]?.split('/')[3] ?? '');
            expect(segment).toMatch(c.DOSSIER_CODE_PATTERN);
          }
        },
      ),
    );
  });
});
