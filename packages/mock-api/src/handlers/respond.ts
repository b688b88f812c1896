/**
 * Every answer is checked against the client's schema before it leaves: the
 * mock must never teach a widget to accept what the contract forbids. A
 * handler that builds a schema-breaking body throws {@link MockContractError}
 * instead of answering.
 */
import { type Problem, ProblemSchema } from '@dvc-kit/client';
import { HttpResponse } from 'msw';
import * as z from 'zod/mini';

/** Thrown when a handler's own answer breaks the contract. A bug in the mock or its data. */
export class MockContractError extends Error {
  override readonly name = 'MockContractError';
  /** The route, e.g. `GET /v1/procedures/:code`. */
  readonly route: string;
  /** What the schema said. */
  readonly issues: readonly { path: string; message: string }[];

  constructor(route: string, issues: readonly { path: string; message: string }[]) {
    super(
      `mock-api answered ${route} with a body that breaks the contract: ${issues
        .map((i) => `${i.path || '(root)'}: ${i.message}`)
        .join('; ')}`,
    );
    this.route = route;
    this.issues = issues;
  }
}

/** Headers every API answer carries: nothing here is cacheable by a shared cache. */
const BASE_HEADERS = { 'Cache-Control': 'no-store' };

function check<S extends z.ZodMiniType>(route: string, schema: S, body: unknown): void {
  const result = z.safeParse(schema, body);
  if (!result.success) {
    throw new MockContractError(
      route,
      result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
}

/** A JSON answer, validated with `schema`. */
export function reply<S extends z.ZodMiniType>(
  route: string,
  schema: S,
  body: z.output<S>,
  init: { status?: number; headers?: Record<string, string> } = {},
): HttpResponse<string> {
  check(route, schema, body);
  return new HttpResponse(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { ...BASE_HEADERS, 'Content-Type': 'application/json', ...init.headers },
  });
}

/** Fields of a problem answer other than `status` and `code`. */
export interface ProblemInit {
  title: string;
  detail?: string;
  errors?: { pointer: string; detail: string }[];
  headers?: Record<string, string>;
}

/** An `application/problem+json` answer (RFC 9457) with a stable `code`, validated. */
export function problem(
  route: string,
  status: number,
  code: string,
  init: ProblemInit,
): HttpResponse<string> {
  const body: Problem = {
    type: `https://dvc-kit.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: init.title,
    status,
    code,
    ...(init.detail ? { detail: init.detail } : {}),
    ...(init.errors ? { errors: init.errors } : {}),
  };
  check(route, ProblemSchema, body);
  return new HttpResponse(JSON.stringify(body), {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'application/problem+json', ...init.headers },
  });
}

/** A 204 answer. */
export function noContent(headers: Record<string, string> = {}): HttpResponse<null> {
  return new HttpResponse(null, { status: 204, headers: { ...BASE_HEADERS, ...headers } });
}
