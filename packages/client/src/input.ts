/**
 * Checks on what a caller passes in, run before anything is sent: a bad
 * code or page size is the caller's mistake and should say so at once,
 * not come back as a 400 after a round trip (or worse, as a request for
 * someone else's dossier).
 */
import * as z from 'zod/mini';
import { inputError, toIssues } from './errors';
import { PARSE_CONTEXT } from './issues';
import { DossierCodeSchema, ProcedureCodeSchema } from './schemas/common';

/** Parses `value` with `schema` or throws an `INPUT` {@link DvcError}. */
export function checkInput<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value, PARSE_CONTEXT);
  if (parsed.success) return parsed.data;
  throw inputError(what, toIssues(parsed.error.issues));
}

/**
 * A dossier code as a citizen may type it: surrounding spaces and lower case
 * are forgiven, anything else must match the national format.
 */
export function checkDossierCode(code: unknown): string {
  const normalized = typeof code === 'string' ? code.trim().toUpperCase() : code;
  return checkInput(
    DossierCodeSchema,
    normalized,
    'dossier code (expected like 000.00.12.H48-241120-0001)',
  );
}

/** A procedure code such as `1.004227` (surrounding spaces forgiven). */
export function checkProcedureCode(code: unknown): string {
  const normalized = typeof code === 'string' ? code.trim() : code;
  return checkInput(ProcedureCodeSchema, normalized, 'procedure code (expected like 1.004227)');
}

/** Header-safe token: visible ASCII, 1–255 characters. */
const HeaderTokenSchema = z.string().check(z.regex(/^[\x21-\x7e]{1,255}$/));

/** An Idempotency-Key from the caller, or a new random one. */
export function idempotencyKey(given: unknown): string {
  if (given === undefined) return randomKey();
  return checkInput(HeaderTokenSchema, given, 'idempotencyKey (visible ASCII, 1–255 characters)');
}

/** A CSRF token to send as `X-CSRF-Token`. */
export function checkCsrfToken(token: unknown): string {
  return checkInput(HeaderTokenSchema, token, 'csrfToken (visible ASCII, 1–255 characters)');
}

/**
 * Rejects a call options argument whose `signal` is not an AbortSignal.
 * Checked by shape, not `instanceof`: a signal from another frame is fine.
 */
export function checkSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  const s = signal as Partial<AbortSignal> | null;
  if (typeof s?.aborted === 'boolean' && typeof s.addEventListener === 'function') {
    return signal as AbortSignal;
  }
  throw inputError('options.signal', [{ path: ['signal'], message: 'expected an AbortSignal' }]);
}

function randomKey(): string {
  // randomUUID exists only in secure contexts; an http:// intranet portal
  // still gets a v4 UUID from getRandomValues.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
