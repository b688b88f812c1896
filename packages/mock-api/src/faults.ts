/**
 * Faults on request, so that widgets and the client can be tested against a
 * bad network and a struggling server without a proxy.
 *
 * A fault is asked for with the `X-Mock-Fault` header, the `__fault` query
 * parameter, or queued in the store (`scenario.queueFault`) for callers that
 * cannot set either (a widget in Storybook). Directives are separated by
 * commas or semicolons:
 *
 * | directive | effect |
 * | --- | --- |
 * | `latency=800` | wait 800 ms (at most 30 000) before answering normally |
 * | `status=503` | answer 503 `application/problem+json` (any 400–599) |
 * | `retry-after=2` | with `status`: the `Retry-After` seconds (429/503 default to 1) |
 * | `drop` | drop the connection (msw: a network error; sandbox: socket destroyed) |
 * | `malformed` | answer 200 `application/json` with a truncated body |
 *
 * e.g. `X-Mock-Fault: latency=300, status=429, retry-after=1`.
 */

/** Header that carries a fault. */
export const FAULT_HEADER = 'X-Mock-Fault';
/** Query parameter that carries a fault. */
export const FAULT_QUERY = '__fault';
/** Upper bound of `latency`, so a typo cannot hang a test run. */
export const MAX_LATENCY_MS = 30_000;

/** A parsed fault. */
export interface FaultSpec {
  latencyMs?: number;
  status?: number;
  retryAfterSeconds?: number;
  drop?: boolean;
  malformed?: boolean;
}

/** Result of {@link parseFault}. */
export type ParsedFault = { ok: true; fault: FaultSpec } | { ok: false; error: string };

function integer(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** Parses fault syntax; an unknown directive is an error, not silently ignored. */
export function parseFault(text: string): ParsedFault {
  const fault: FaultSpec = {};
  for (const raw of text.split(/[,;]/)) {
    const part = raw.trim();
    if (!part) continue;
    const [name = '', value] = part.split('=', 2).map((s) => s.trim());
    switch (name.toLowerCase()) {
      case 'latency': {
        const ms = integer(value, 0, MAX_LATENCY_MS);
        if (ms === undefined) return { ok: false, error: `latency must be 0–${MAX_LATENCY_MS} ms` };
        fault.latencyMs = ms;
        break;
      }
      case 'status': {
        const status = integer(value, 400, 599);
        if (status === undefined) return { ok: false, error: 'status must be 400–599' };
        fault.status = status;
        break;
      }
      case 'retry-after': {
        const seconds = integer(value, 0, 86_400);
        if (seconds === undefined) return { ok: false, error: 'retry-after must be 0–86400 s' };
        fault.retryAfterSeconds = seconds;
        break;
      }
      case 'drop':
        fault.drop = true;
        break;
      case 'malformed':
        fault.malformed = true;
        break;
      default:
        return { ok: false, error: `unknown fault directive "${name}"` };
    }
  }
  if (fault.retryAfterSeconds !== undefined && fault.status === undefined) {
    return { ok: false, error: 'retry-after needs a status' };
  }
  if ([fault.status !== undefined, fault.drop, fault.malformed].filter(Boolean).length > 1) {
    return { ok: false, error: 'choose one of status, drop, malformed' };
  }
  return { ok: true, fault };
}

/** The stable problem code a fault status answers with. */
export function faultProblemCode(status: number): string {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  if (status >= 500) return 'INTERNAL';
  return 'MOCK_FAULT';
}

/** Resolves after `ms`, or rejects when `signal` aborts (the caller gave up). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
