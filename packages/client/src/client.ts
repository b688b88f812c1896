/** The client factory. */
import { DvcError } from './errors';
import type { ClientOptions } from './options';
import { dossiersApi } from './resources/dossiers';
import type { DossiersApi } from './resources/dossiers';
import { paymentsApi } from './resources/payments';
import type { PaymentsApi } from './resources/payments';
import { proceduresApi } from './resources/procedures';
import type { ProceduresApi } from './resources/procedures';
import { sessionApi } from './resources/session';
import type { SessionApi } from './resources/session';
import { surveysApi } from './resources/surveys';
import type { SurveysApi } from './resources/surveys';
import { retryPolicy } from './retry';
import { createTransport } from './transport/request';

/** Default time limit per attempt, in ms. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** A client of the dvc-kit API; see {@link createClient}. */
export interface DvcClient {
  /** The procedure catalogue. */
  readonly procedures: ProceduresApi;
  /** Dossier status (public) and the full dossier (owner). */
  readonly dossiers: DossiersApi;
  /** Dossier fees and paying them. */
  readonly payments: PaymentsApi;
  /** Satisfaction surveys. */
  readonly surveys: SurveysApi;
  /** The signed-in citizen (through the portal's backend). */
  readonly session: SessionApi;
}

/**
 * Creates a client of the dvc-kit API. Every call validates its arguments
 * before sending (`INPUT`), parses the answer with the contract's schema, and
 * fails only with a {@link DvcError}.
 *
 * Throws a `DvcError` with code `INPUT` at once when the options are unusable
 * (e.g. a relative `baseUrl` outside a browser).
 *
 * @example In a portal page, against the portal's own backend:
 * ```ts
 * import { createClient, isDvcError } from '@dvc-kit/client';
 *
 * const client = createClient({ baseUrl: '/v1' });
 * try {
 *   const status = await client.dossiers.status('000.00.12.H48-241120-0001');
 *   console.log(status.status, status.dueAt);
 * } catch (e) {
 *   if (isDvcError(e) && e.code === 'HTTP' && e.status === 404) console.log('No such dossier');
 *   else throw e;
 * }
 * ```
 *
 * @example In Node (a BFF or batch job), with a token and a tighter timeout:
 * ```ts
 * const client = createClient({
 *   baseUrl: 'https://api.example.gov.vn/v1',
 *   headers: async () => ({ Authorization: `Bearer ${await token()}` }),
 *   timeoutMs: 5000,
 *   retry: { retries: 2 },
 * });
 * const page = await client.procedures.search({ q: 'khai sinh', pageSize: 50 });
 * ```
 */
export function createClient(options: ClientOptions): DvcClient {
  const baseUrl = checkBaseUrl(options?.baseUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new DvcError(
      'INPUT',
      `timeoutMs must be a positive number of milliseconds (got ${String(timeoutMs)}).`,
    );
  }
  const send = createTransport({ baseUrl, timeoutMs, retry: retryPolicy(options.retry), options });
  return Object.freeze({
    procedures: proceduresApi(send),
    dossiers: dossiersApi(send),
    payments: paymentsApi(send),
    surveys: surveysApi(send),
    session: sessionApi(send),
  });
}

function checkBaseUrl(baseUrl: unknown): string {
  const fix = 'Pass the API root, e.g. "https://api.example.gov.vn/v1", or "/v1" in a browser.';
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new DvcError('INPUT', `baseUrl is required. ${fix}`);
  }
  // Trailing slashes would double up with the resource paths.
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) {
    if (typeof globalThis.location === 'undefined') {
      throw new DvcError(
        'INPUT',
        `baseUrl "${trimmed}" is relative, and there is no page to resolve it against here. Use an absolute URL in Node.`,
      );
    }
    return trimmed;
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new DvcError('INPUT', `baseUrl "${trimmed}" is not a URL. ${fix}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DvcError('INPUT', `baseUrl must use https: or http: (got ${url.protocol}). ${fix}`);
  }
  if (url.search || url.hash) {
    throw new DvcError('INPUT', `baseUrl must not have a query or fragment. ${fix}`);
  }
  return trimmed;
}
