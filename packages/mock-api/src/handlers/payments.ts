/** `GET` and `POST /dossiers/{code}/payment`. */
import { PaymentSchema, PaymentStartedSchema, StartPaymentRequestSchema } from '@dvc-kit/client';
import { http } from 'msw';
import * as z from 'zod/mini';
import { paymentView } from '../store/views';
import { type Ctx, dossierCodeParam, dossierNotFound, idempotent, readJson } from './context';
import { problem, reply } from './respond';

/** Handlers of payments. */
export function paymentHandlers(ctx: Ctx) {
  const { prefix, basePath, publicOrigin } = ctx.options;
  const getRoute = `GET ${basePath}/dossiers/:code/payment`;
  const postRoute = `POST ${basePath}/dossiers/:code/payment`;
  const links = { publicOrigin };
  return [
    http.get(`${prefix}/dossiers/:code/payment`, ({ params }) => {
      const code = dossierCodeParam(getRoute, params['code']);
      if (!code.ok) return code.response;
      const payment = ctx.store.pollPayment(code.value, ctx.options.settleAfterPolls);
      if (!payment) return dossierNotFound(getRoute);
      return reply(getRoute, PaymentSchema, paymentView(links, payment));
    }),
    http.post(`${prefix}/dossiers/:code/payment`, async ({ params, request }) => {
      const code = dossierCodeParam(postRoute, params['code']);
      if (!code.ok) return code.response;
      if (!ctx.store.dossier(code.value)) return dossierNotFound(postRoute);
      const json = await readJson(postRoute, request);
      if (!json.ok) return json.response;
      return idempotent(
        ctx,
        postRoute,
        request,
        code.value,
        json.value,
        async () => {
          const body = z.safeParse(StartPaymentRequestSchema, json.value);
          if (!body.success) {
            const response = problem(postRoute, 400, 'VALIDATION_FAILED', {
              title: 'Yêu cầu không hợp lệ / Invalid request',
              errors: body.error.issues.map((i) => ({
                pointer: `/${i.path.map(String).join('/')}`,
                detail: i.message,
              })),
            });
            return { status: 400, body: null, response };
          }
          const started = ctx.store.startPayment(
            code.value,
            body.data.returnUrl ? { returnUrl: body.data.returnUrl } : {},
          );
          if (!started.ok) {
            const response =
              started.reason === 'not_found'
                ? dossierNotFound(postRoute)
                : problem(postRoute, 409, 'PAYMENT_NOT_STARTABLE', {
                    title: 'Không thể bắt đầu thanh toán / Payment cannot be started',
                    detail:
                      'The payment is paid, refunded, not required, or the dossier is closed.',
                  });
            return { status: started.reason === 'not_found' ? 404 : 409, body: null, response };
          }
          // The contract answers 200 here (not 201): starting a payment creates no resource
          // the caller addresses; replays differ only by `Idempotent-Replayed`.
          const view = paymentView(links, started.payment);
          const response = reply(
            postRoute,
            PaymentStartedSchema,
            view as z.output<typeof PaymentStartedSchema>,
          );
          return { status: 200, body: view, response };
        },
        (stored) =>
          reply(postRoute, PaymentStartedSchema, stored as z.output<typeof PaymentStartedSchema>, {
            headers: { 'Idempotent-Replayed': 'true' },
          }),
      );
    }),
  ];
}
