/**
 * The scenario API over HTTP, under `/__scenario`, for end-to-end tests that
 * drive a browser against the sandbox (or msw in a browser) and cannot reach
 * the store object.
 */
import { PaymentStateSchema } from '@dvc-kit/client';
import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { createScenario } from '../scenario';
import { isPaymentFailureCode } from '../seed/payments';
import { type Ctx, dossierCodeParam, readJson } from './context';
import { noContent, problem } from './respond';

const PaymentBody = z.object({
  status: PaymentStateSchema,
  failureCode: z.optional(z.string()),
  refundAmount: z.optional(z.int().check(z.gte(1))),
});
const FaultBody = z.object({
  spec: z.string().check(z.minLength(1), z.maxLength(200)),
  times: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  pathPrefix: z.optional(z.string()),
});
const SignInBody = z.object({ citizen: z.optional(z.string()) });

function json(body: unknown, status = 200) {
  return HttpResponse.json(body as Record<string, unknown>, {
    status,
    headers: { 'Cache-Control': 'no-store' },
  });
}

/** Handlers of the scenario API. */
export function scenarioHandlers(ctx: Ctx) {
  const p = ctx.options.scenarioPrefix;
  const scenario = createScenario(ctx.store);
  const bad = (route: string, detail: string) =>
    problem(route, 400, 'VALIDATION_FAILED', { title: 'Invalid scenario request', detail });
  return [
    http.get(`${p}`, () => json({ codes: scenario.codes })),
    http.post(`${p}/reset`, () => {
      scenario.reset();
      return noContent();
    }),
    http.put(`${p}/payments/:code`, async ({ params, request }) => {
      const route = 'PUT /__scenario/payments/:code';
      const code = dossierCodeParam(route, params['code']);
      if (!code.ok) return code.response;
      const body = await readJson(route, request);
      if (!body.ok) return body.response;
      const parsed = z.safeParse(PaymentBody, body.value);
      if (!parsed.success) return bad(route, 'expected { status, failureCode?, refundAmount? }');
      const { status, failureCode, refundAmount } = parsed.data;
      if (failureCode !== undefined && !isPaymentFailureCode(failureCode)) {
        return bad(route, `unknown failureCode ${failureCode}`);
      }
      try {
        scenario.setPaymentState(code.value, status, {
          ...(failureCode !== undefined && isPaymentFailureCode(failureCode)
            ? { failureCode }
            : {}),
          ...(refundAmount !== undefined ? { refundAmount } : {}),
        });
      } catch (error) {
        return bad(route, (error as Error).message);
      }
      return noContent();
    }),
    http.get(`${p}/survey-responses`, ({ request }) => {
      const dossier = new URL(request.url).searchParams.get('dossier') ?? undefined;
      return json({ count: scenario.surveyResponseCount(dossier) });
    }),
    http.post(`${p}/faults`, async ({ request }) => {
      const route = 'POST /__scenario/faults';
      const body = await readJson(route, request);
      if (!body.ok) return body.response;
      const parsed = z.safeParse(FaultBody, body.value);
      if (!parsed.success) return bad(route, 'expected { spec, times?, pathPrefix? }');
      scenario.queueFault(parsed.data.spec, parsed.data);
      return noContent();
    }),
    http.delete(`${p}/faults`, () => {
      scenario.clearFaults();
      return noContent();
    }),
    http.post(`${p}/sign-in`, async ({ request }) => {
      const route = 'POST /__scenario/sign-in';
      // With a real login flow in front (sandbox), sessions come only from logging in.
      if (!ctx.options.ambientSession) {
        return problem(route, 404, 'NOT_FOUND', {
          title: 'Not available here',
          detail: 'Sign in through /auth/login in the sandbox.',
        });
      }
      const body = await readJson(route, request);
      if (!body.ok) return body.response;
      const parsed = z.safeParse(SignInBody, body.value);
      if (!parsed.success) return bad(route, 'expected { citizen?: "an" | "binh" }');
      try {
        return json(scenario.signIn(parsed.data.citizen ?? 'an'));
      } catch (error) {
        return bad(route, (error as Error).message);
      }
    }),
    http.post(`${p}/sign-out`, () => {
      scenario.signOut();
      return noContent();
    }),
  ];
}
