/** `GET /dossiers/{code}/survey`, `POST /dossiers/{code}/survey-responses`. */
import { checkDossierCode, checkInput, checkSignal, idempotencyKey } from '../input';
import type { CallOptions, IdempotentCallOptions } from '../options';
import { SurveyReceiptSchema, SurveyResponseSchema, SurveyStateSchema } from '../schemas/survey';
import type { SurveyReceipt, SurveyResponse, SurveyState } from '../schemas/survey';
import type { Send } from '../transport/request';

/** Satisfaction surveys of dossiers. */
export interface SurveysApi {
  /** The survey of a dossier: its definition, and whether it is answered. */
  get(dossier: string, options?: CallOptions): Promise<SurveyState>;
  /**
   * Submits the rating. Resolves the receipt on 201 (stored) and on 200 (the
   * same Idempotency-Key replayed); a dossier already rated with another key
   * fails with `HTTP` 409 `SURVEY_ALREADY_ANSWERED`.
   */
  submit(
    dossier: string,
    response: SurveyResponse,
    options?: IdempotentCallOptions,
  ): Promise<SurveyReceipt>;
}

/** @internal */
export function surveysApi(send: Send): SurveysApi {
  return {
    async get(dossier, options = {}) {
      const code = checkDossierCode(dossier);
      const signal = checkSignal(options.signal);
      return send({
        method: 'GET',
        path: `/dossiers/${encodeURIComponent(code)}/survey`,
        schema: SurveyStateSchema,
        session: true,
        signal,
      });
    },
    async submit(dossier, response, options = {}) {
      const code = checkDossierCode(dossier);
      const body = checkInput(SurveyResponseSchema, response, 'survey response');
      const key = idempotencyKey(options.idempotencyKey);
      const signal = checkSignal(options.signal);
      return send({
        method: 'POST',
        path: `/dossiers/${encodeURIComponent(code)}/survey-responses`,
        body,
        idempotencyKey: key,
        schema: SurveyReceiptSchema,
        session: true,
        signal,
      });
    },
  };
}
