/** `GET /dossiers/{code}/survey`, `POST /dossiers/{code}/survey-responses`. */
import {
  checkSurveyAnswers,
  SurveyReceiptSchema,
  SurveyResponseSchema,
  SurveyStateSchema,
} from '@dvc-kit/client';
import { http } from 'msw';
import * as z from 'zod/mini';
import { iso } from '../clock';
import { surveyView } from '../store/views';
import { type Ctx, dossierCodeParam, dossierNotFound, idempotent, readJson } from './context';
import { problem, reply } from './respond';

/** Handlers of satisfaction surveys. */
export function surveyHandlers(ctx: Ctx) {
  const { prefix, basePath } = ctx.options;
  const getRoute = `GET ${basePath}/dossiers/:code/survey`;
  const postRoute = `POST ${basePath}/dossiers/:code/survey-responses`;
  const notAvailable = (route: string) =>
    problem(route, 409, 'SURVEY_NOT_AVAILABLE', {
      title: 'Chưa thể đánh giá hồ sơ / Survey not available yet',
      detail: 'A dossier can be rated once it has been handled.',
    });
  return [
    http.get(`${prefix}/dossiers/:code/survey`, ({ params }) => {
      const code = dossierCodeParam(getRoute, params['code']);
      if (!code.ok) return code.response;
      const dossier = ctx.store.dossier(code.value);
      if (!dossier) return dossierNotFound(getRoute);
      if (!ctx.store.surveyOpen(dossier)) return notAvailable(getRoute);
      return reply(getRoute, SurveyStateSchema, surveyView(ctx.store, dossier));
    }),
    http.post(`${prefix}/dossiers/:code/survey-responses`, async ({ params, request }) => {
      const code = dossierCodeParam(postRoute, params['code']);
      if (!code.ok) return code.response;
      const dossier = ctx.store.dossier(code.value);
      if (!dossier) return dossierNotFound(postRoute);
      const json = await readJson(postRoute, request);
      if (!json.ok) return json.response;
      return idempotent(
        ctx,
        postRoute,
        request,
        code.value,
        json.value,
        async () => {
          const invalid = (errors: { pointer: string; detail: string }[]) => ({
            status: 400,
            body: null,
            response: problem(postRoute, 400, 'VALIDATION_FAILED', {
              title: 'Câu trả lời không hợp lệ / Invalid answers',
              errors,
            }),
          });
          const body = z.safeParse(SurveyResponseSchema, json.value);
          if (!body.success) {
            return invalid(
              body.error.issues.map((i) => ({
                pointer: `/${i.path.map(String).join('/')}`,
                detail: i.message,
              })),
            );
          }
          const definition = ctx.store.surveyDefinition(dossier);
          if (body.data.surveyId !== definition.id) {
            return invalid([
              { pointer: '/surveyId', detail: `this dossier's survey is ${definition.id}` },
            ]);
          }
          const problems = checkSurveyAnswers(definition, body.data.answers);
          if (problems.length > 0) {
            return invalid(
              problems.map((p) => ({ pointer: `/answers/${p.questionId}`, detail: p.reason })),
            );
          }
          const stored = ctx.store.submitSurveyResponse(
            dossier.code,
            body.data.surveyId,
            body.data.answers,
          );
          if (!stored.ok) {
            const response =
              stored.reason === 'not_available'
                ? notAvailable(postRoute)
                : stored.reason === 'already_answered'
                  ? problem(postRoute, 409, 'SURVEY_ALREADY_ANSWERED', {
                      title: 'Hồ sơ đã được đánh giá / Already rated',
                      detail: 'Each dossier can be rated once.',
                    })
                  : dossierNotFound(postRoute);
            return { status: stored.reason === 'not_found' ? 404 : 409, body: null, response };
          }
          const receipt = {
            id: stored.response.receiptId,
            submittedAt: iso(stored.response.submittedAt),
          };
          const response = reply(postRoute, SurveyReceiptSchema, receipt, { status: 201 });
          return { status: 201, body: receipt, response };
        },
        (stored) =>
          reply(postRoute, SurveyReceiptSchema, stored as z.output<typeof SurveyReceiptSchema>, {
            headers: { 'Idempotent-Replayed': 'true' },
          }),
      );
    }),
  ];
}
