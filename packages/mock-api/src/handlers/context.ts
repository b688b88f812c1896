/** Helpers shared by the route handlers: input checks, sessions, idempotency. */
import { DossierCodeSchema, ProcedureCodeSchema } from '@dvc-kit/client';
import type { HttpResponse } from 'msw';
import * as z from 'zod/mini';
import type { MockStore } from '../store/store';
import type { SessionRecord } from '../store/types';
import type { ResolvedOptions } from './options';
import { problem } from './respond';

/** What every route handler gets. */
export interface Ctx {
  store: MockStore;
  options: ResolvedOptions;
}

/** A checked path parameter, or the 400 answer to give. */
export type Checked<T> = { ok: true; value: T } | { ok: false; response: HttpResponse<string> };

/** Checks and normalises a receipt code from the path (trimmed, upper-cased, as the client does). */
export function dossierCodeParam(route: string, raw: unknown): Checked<string> {
  const value = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (z.safeParse(DossierCodeSchema, value).success) return { ok: true, value };
  return {
    ok: false,
    response: problem(route, 400, 'VALIDATION_FAILED', {
      title: 'Mã hồ sơ không hợp lệ / Invalid dossier code',
      detail: 'A dossier code looks like 000.00.12.H48-241120-0001.',
      errors: [{ pointer: 'code', detail: 'not a dossier receipt code' }],
    }),
  };
}

/** Checks a procedure code from the path. */
export function procedureCodeParam(route: string, raw: unknown): Checked<string> {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (z.safeParse(ProcedureCodeSchema, value).success) return { ok: true, value };
  return {
    ok: false,
    response: problem(route, 400, 'VALIDATION_FAILED', {
      title: 'Mã thủ tục không hợp lệ / Invalid procedure code',
      detail: 'A procedure code looks like 1.004227.',
      errors: [{ pointer: 'code', detail: 'not a procedure code' }],
    }),
  };
}

/** The 404 for an unknown dossier. */
export function dossierNotFound(route: string): HttpResponse<string> {
  return problem(route, 404, 'DOSSIER_NOT_FOUND', {
    title: 'Không tìm thấy hồ sơ / Dossier not found',
    detail: 'No dossier has this receipt code.',
  });
}

/** Reads one cookie from the request. */
export function cookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The session of the request: its cookie's, else (msw mode) the ambient one. */
export function currentSession(ctx: Ctx, request: Request): SessionRecord | undefined {
  const fromCookie = ctx.store.session(cookie(request, ctx.options.sessionCookie));
  if (fromCookie) return fromCookie;
  return ctx.options.ambientSession ? ctx.store.session(ctx.store.ambientSessionId) : undefined;
}

/** Reads a JSON body; an empty body counts as `{}`. */
export async function readJson(
  route: string,
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: HttpResponse<string> }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      response: problem(route, 400, 'VALIDATION_FAILED', {
        title: 'Nội dung không phải JSON / Body is not JSON',
        errors: [{ pointer: '', detail: 'the body must be a JSON document' }],
      }),
    };
  }
}

/** JSON with object keys sorted, so that equal bodies compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Printable ASCII, 1–255 characters (the draft leaves the format to the server). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs `handle` under the request's Idempotency-Key (IETF draft, Stripe
 * semantics): missing key → 400; same key and same request → the first
 * answer again with 200 and `Idempotent-Replayed: true`; same key, other
 * request → 422; same key while the first is still running → 409. Only
 * successful answers are remembered: after an error the key can be retried.
 */
export async function idempotent(
  ctx: Ctx,
  route: string,
  request: Request,
  scope: string,
  body: unknown,
  handle: () => Promise<{ status: number; body: unknown; response: HttpResponse<string> }>,
  replay: (body: unknown) => HttpResponse<string>,
): Promise<HttpResponse<string>> {
  const key = request.headers.get('idempotency-key');
  if (key === null || !KEY_PATTERN.test(key)) {
    return problem(route, 400, 'VALIDATION_FAILED', {
      title: 'Thiếu khóa Idempotency-Key / Idempotency-Key missing',
      detail: 'Send an Idempotency-Key header (e.g. a random UUID) with this request.',
      errors: [
        { pointer: 'Idempotency-Key', detail: 'required, 1–255 printable ASCII characters' },
      ],
    });
  }
  // The route and the normalised dossier code, not the raw path: `…/h48-…` and `…/H48-…`
  // name the same resource, so the same key with either is the same request.
  const fingerprint = `${route} ${scope} ${canonicalJson(body)}`;
  const begun = ctx.store.beginIdempotent(key, fingerprint);
  if (begun.kind === 'mismatch') {
    return problem(route, 422, 'IDEMPOTENCY_KEY_REUSED', {
      title: 'Khóa Idempotency-Key đã dùng cho yêu cầu khác / Key reused',
      detail: 'This Idempotency-Key was first used with a different request.',
    });
  }
  if (begun.kind === 'in_progress') {
    return problem(route, 409, 'IDEMPOTENCY_IN_PROGRESS', {
      title: 'Yêu cầu đang được xử lý / Request in progress',
      detail: 'A request with this Idempotency-Key is still being handled.',
      headers: { 'Retry-After': '1' },
    });
  }
  if (begun.kind === 'replay') return replay(begun.body);
  try {
    const result = await handle();
    if (result.status >= 200 && result.status < 300) {
      ctx.store.completeIdempotent(key, result.status, result.body);
    } else {
      ctx.store.abandonIdempotent(key);
    }
    return result.response;
  } catch (error) {
    ctx.store.abandonIdempotent(key);
    throw error;
  }
}
