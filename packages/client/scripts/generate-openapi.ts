/**
 * Generates the OpenAPI 3.1 document of the dvc-kit API from the client's
 * zod/mini schemas, so the contract is written once.
 *
 *   npm run openapi -w @dvc-kit/client    # rewrites packages/client/openapi.json
 *
 * Classic zod's `toJSONSchema` is fine here: this runs in Node at build time
 * and never ships to a browser. `test/openapi.test.ts` fails when the
 * checked-in file differs from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as c from '../src/index';

type Json = Record<string, unknown>;

/** Schemas published under `components.schemas`, by name. */
const COMPONENTS = {
  Agency: c.AgencySchema,
  FeeItem: c.FeeItemSchema,
  ProcedureLevel: c.ProcedureLevelSchema,
  OnlineMode: c.OnlineModeSchema,
  ProcedureSummary: c.ProcedureSummarySchema,
  ProcedurePage: c.ProcedurePageSchema,
  Procedure: c.ProcedureSchema,
  ProcedureRef: c.ProcedureRefSchema,
  DossierState: c.DossierStateSchema,
  DossierStatus: c.DossierStatusSchema,
  DossierStep: c.DossierStepSchema,
  Dossier: c.DossierSchema,
  PaymentState: c.PaymentStateSchema,
  PaymentFailure: c.PaymentFailureSchema,
  Receipt: c.ReceiptSchema,
  Refund: c.RefundSchema,
  Payment: c.PaymentSchema,
  PaymentStarted: c.PaymentStartedSchema,
  StartPaymentRequest: c.StartPaymentRequestSchema,
  RatingQuestion: c.RatingQuestionSchema,
  SingleChoiceQuestion: c.SingleChoiceQuestionSchema,
  TextQuestion: c.TextQuestionSchema,
  SurveyQuestion: c.SurveyQuestionSchema,
  SurveyDefinition: c.SurveyDefinitionSchema,
  SurveyState: c.SurveyStateSchema,
  SurveyResponse: c.SurveyResponseSchema,
  SurveyReceipt: c.SurveyReceiptSchema,
  Citizen: c.CitizenSchema,
  Session: c.SessionSchema,
  ProblemFieldError: c.ProblemFieldErrorSchema,
  Problem: c.ProblemSchema,
} as const;

/** What the zod schemas cannot say: the cross-field rules, in prose. */
const RULES: Partial<Record<keyof typeof COMPONENTS, string>> = {
  ProcedurePage: 'items.length <= pageSize.',
  Payment:
    'total equals the sum of items[].amount; status "paid" has a receipt; a receipt appears only when paid, refunded or partially_refunded; failure is present exactly when status is "failed"; refund is present exactly when status is "refunded" (refund.amount = total) or "partially_refunded" (0 < refund.amount < total).',
  PaymentStarted: 'As Payment, with payUrl and expiresAt always present.',
  RatingQuestion: 'labels has exactly `scale` entries; labels[i] names point i + 1.',
  SingleChoiceQuestion: 'Option values are unique.',
  SurveyDefinition: 'Question ids are unique.',
  SurveyState: 'receipt is present exactly when answered is true.',
  SurveyResponse:
    'Each answer fits its question: a rating 1..scale, an option value, or text up to maxLength; every required question is answered.',
};

const ref = (name: keyof typeof COMPONENTS) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ 'application/json': { schema } });

function problemResponse(description: string, retryAfter = false): Json {
  return {
    description,
    ...(retryAfter
      ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } }
      : {}),
    content: { 'application/problem+json': { schema: ref('Problem') } },
  };
}

const errors = (...statuses: number[]): Json =>
  Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/E${s}` }]));

const dossierCode = { $ref: '#/components/parameters/DossierCode' };
const idempotencyKey = { $ref: '#/components/parameters/IdempotencyKey' };

function op(summary: string, extra: Json): Json {
  return { summary, ...extra };
}

/** Builds the OpenAPI document. */
export function buildOpenApi(): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // Input side: response objects stay open (servers may add members and
    // the client drops unknown ones) instead of additionalProperties: false.
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas as Record<string, Json>;
  const schemas: Record<string, Json> = {};
  for (const name of Object.keys(COMPONENTS) as (keyof typeof COMPONENTS)[]) {
    const { $schema: _drop, $id: _id, ...rest } = generated[name] ?? {};
    const rule = RULES[name];
    schemas[name] = rule ? { ...rest, description: rule } : rest;
  }

  const paths: Json = {
    '/procedures': {
      get: op('Search the procedure catalogue', {
        operationId: 'searchProcedures',
        tags: ['procedures'],
        parameters: [
          query(
            'q',
            { type: 'string', maxLength: 200 },
            'Free text, matched against names and fields.',
          ),
          query('agency', { type: 'string', minLength: 1, maxLength: 64 }, 'Agency code.'),
          query('level', ref('ProcedureLevel'), 'Handling level.'),
          query('page', { type: 'integer', minimum: 1, default: 1 }, '1-based page number.'),
          query(
            'pageSize',
            { type: 'integer', minimum: 1, maximum: c.MAX_PAGE_SIZE, default: 20 },
            'Items per page.',
          ),
        ],
        responses: {
          '200': ok('One page of procedures.', ref('ProcedurePage')),
          ...errors(400, 429, 500, 503),
        },
      }),
    },
    '/procedures/{code}': {
      get: op('One procedure', {
        operationId: 'getProcedure',
        tags: ['procedures'],
        parameters: [{ $ref: '#/components/parameters/ProcedureCode' }],
        responses: { '200': ok('The procedure.', ref('Procedure')), ...errors(404, 429, 500, 503) },
      }),
    },
    '/dossiers/{code}/status': {
      get: op('Public status of a dossier (no personal data)', {
        operationId: 'getDossierStatus',
        tags: ['dossiers'],
        parameters: [dossierCode],
        responses: {
          '200': ok('The status.', ref('DossierStatus')),
          ...errors(404, 429, 500, 503),
        },
      }),
    },
    '/dossiers/{code}': {
      get: op('The full dossier, for its signed-in owner', {
        operationId: 'getDossier',
        tags: ['dossiers'],
        security: [{ session: [] }],
        parameters: [dossierCode],
        responses: {
          '200': ok('The dossier.', ref('Dossier')),
          ...errors(401, 403, 404, 429, 500, 503),
        },
      }),
    },
    '/dossiers/{code}/payment': {
      get: op('The payment of a dossier', {
        operationId: 'getPayment',
        tags: ['payments'],
        security: [{ session: [] }],
        parameters: [dossierCode],
        responses: {
          '200': ok('The payment.', ref('Payment')),
          ...errors(401, 403, 404, 429, 500, 503),
        },
      }),
      post: op('Start or retry a payment', {
        operationId: 'startPayment',
        tags: ['payments'],
        description:
          'Idempotent by key (IETF Idempotency-Key draft): the same key with the same body returns the first result; the same key with another body is refused with 422 IDEMPOTENCY_KEY_REUSED.',
        security: [{ session: [] }],
        parameters: [dossierCode, idempotencyKey],
        requestBody: { required: false, content: json(ref('StartPaymentRequest')) },
        responses: {
          '200': ok('The payment, with the page to pay on.', ref('PaymentStarted')),
          ...errors(400, 401, 403, 404, 409, 422, 429, 500, 503),
        },
      }),
    },
    '/dossiers/{code}/survey': {
      get: op('The survey of a dossier, and whether it is answered', {
        operationId: 'getSurvey',
        tags: ['surveys'],
        security: [{ session: [] }],
        parameters: [dossierCode],
        responses: {
          '200': ok('The survey.', ref('SurveyState')),
          ...errors(401, 403, 404, 429, 500, 503),
        },
      }),
    },
    '/dossiers/{code}/survey-responses': {
      post: op('Submit the rating of a dossier', {
        operationId: 'submitSurveyResponse',
        tags: ['surveys'],
        description:
          'One rating per dossier. 201 when stored; 200 when the same Idempotency-Key and body are replayed; 409 SURVEY_ALREADY_ANSWERED when the dossier was rated under another key; 422 IDEMPOTENCY_KEY_REUSED for the same key with another body.',
        security: [{ session: [] }],
        parameters: [dossierCode, idempotencyKey],
        requestBody: { required: true, content: json(ref('SurveyResponse')) },
        responses: {
          '201': ok('Stored.', ref('SurveyReceipt')),
          '200': ok('The same key replayed: the first result.', ref('SurveyReceipt')),
          ...errors(400, 401, 403, 404, 409, 422, 429, 500, 503),
        },
      }),
    },
    '/session': {
      get: op('The signed-in citizen, if any', {
        operationId: 'getSession',
        tags: ['session'],
        responses: { '200': ok('The session.', ref('Session')), ...errors(429, 500, 503) },
      }),
    },
    '/session/logout': {
      post: op('End the session', {
        operationId: 'logout',
        tags: ['session'],
        security: [{ session: [] }],
        parameters: [
          {
            name: c.CSRF_HEADER,
            in: 'header',
            required: true,
            description: 'The csrfToken of the session (GET /session).',
            schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
          },
        ],
        responses: { '204': { description: 'Signed out.' }, ...errors(403, 429, 500, 503) },
      }),
    },
  };

  const statusText: Record<number, [string, boolean]> = {
    400: ['Invalid parameters or body (VALIDATION_FAILED, with errors).', false],
    401: ['Not signed in (UNAUTHENTICATED).', false],
    403: ['Not allowed (FORBIDDEN, CSRF_FAILED).', false],
    404: ['Not found (PROCEDURE_NOT_FOUND, DOSSIER_NOT_FOUND).', false],
    409: [
      'Conflicts with the current state (PAYMENT_NOT_STARTABLE, SURVEY_NOT_AVAILABLE, SURVEY_ALREADY_ANSWERED, IDEMPOTENCY_IN_PROGRESS).',
      false,
    ],
    422: ['Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED).', false],
    429: ['Too many requests (RATE_LIMITED); wait Retry-After.', true],
    500: ['Server failure (INTERNAL).', false],
    503: ['Unavailable (UNAVAILABLE); wait Retry-After.', true],
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'dvc-kit public-service API',
      version: '1.0.0',
      description:
        'The contract between dvc-kit clients and a backend for Vietnamese online public services. Generated from the zod schemas of @dvc-kit/client; do not edit by hand. Errors are application/problem+json (RFC 9457) with a stable code. Timestamps are ISO 8601 with an offset; money is whole VND.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/v1', description: 'The API root; the base path is /v1.' }],
    tags: ['procedures', 'dossiers', 'payments', 'surveys', 'session'].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      parameters: {
        ProcedureCode: {
          name: 'code',
          in: 'path',
          required: true,
          description: 'National procedure code, e.g. 1.004227.',
          schema: { type: 'string', pattern: c.PROCEDURE_CODE_PATTERN.source },
          example: '1.004227',
        },
        DossierCode: {
          name: 'code',
          in: 'path',
          required: true,
          description: 'Dossier receipt code, e.g. 000.00.12.H48-241120-0001.',
          schema: { type: 'string', pattern: c.DOSSIER_CODE_PATTERN.source },
          example: '000.00.12.H48-241120-0001',
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'A unique key per logical operation (the client sends a UUID), reused on retries of it.',
          schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
        },
      },
      headers: {
        RetryAfter: {
          description: 'How long to wait before retrying: delta-seconds or an HTTP date.',
          schema: { type: 'string' },
        },
      },
      responses: Object.fromEntries(
        Object.entries(statusText).map(([s, [text, retry]]) => [
          `E${s}`,
          problemResponse(text, retry),
        ]),
      ),
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'dvc_session',
          description:
            "The session cookie set by the portal's backend (BFF) after an OpenID Connect login; its name is the deployment's choice.",
        },
      },
    },
  };

  function query(name: string, schema: Json, description: string): Json {
    return { name, in: 'query', required: false, description, schema };
  }
  function ok(description: string, schema: Json): Json {
    return { description, content: json(schema) };
  }
}

/** The document as written to disk: stable key order, two-space indent. */
export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}

/** Where the document lives. */
export const OPENAPI_PATH = fileURLToPath(new URL('../openapi.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_PATH, renderOpenApi());
  process.stdout.write(`wrote ${OPENAPI_PATH}\n`);
}
