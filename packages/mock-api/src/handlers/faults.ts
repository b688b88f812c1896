/** The fault handler: runs before every API route and may answer instead of it. */
import { http, HttpResponse } from 'msw';
import { FAULT_HEADER, FAULT_QUERY, faultProblemCode, parseFault, sleep } from '../faults';
import type { Ctx } from './context';
import { problem } from './respond';

/** Handlers that inject faults into requests under the base path. */
export function faultHandlers(ctx: Ctx) {
  const route = `* ${ctx.options.basePath}/*`;
  return [
    http.all(`${ctx.options.prefix}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const spec =
        request.headers.get(FAULT_HEADER) ??
        url.searchParams.get(FAULT_QUERY) ??
        ctx.store.takeQueuedFault(url.pathname);
      if (spec === null || spec === undefined) return undefined;
      const parsed = parseFault(spec);
      if (!parsed.ok) {
        return problem(route, 400, 'MOCK_FAULT_INVALID', {
          title: 'Invalid fault request',
          detail: parsed.error,
        });
      }
      const { fault } = parsed;
      // Marks injected answers, so logs and contract checks can tell them from real ones.
      const applied = { 'X-Mock-Fault-Applied': spec };
      if (fault.latencyMs) {
        try {
          await sleep(fault.latencyMs, request.signal);
        } catch {
          // The caller gave up (timeout or abort): nobody will read an answer.
          return HttpResponse.error();
        }
      }
      if (fault.drop) return HttpResponse.error();
      if (fault.malformed) {
        return new HttpResponse('{"items": [{"code": "1.0', {
          status: 200,
          headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...applied },
        });
      }
      if (fault.status !== undefined) {
        const retryAfter =
          fault.retryAfterSeconds ?? (fault.status === 429 || fault.status === 503 ? 1 : undefined);
        return problem(route, fault.status, faultProblemCode(fault.status), {
          title: 'Lỗi giả lập / Injected fault',
          detail: `The mock answered ${fault.status} because a fault was requested.`,
          headers: {
            ...applied,
            ...(retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {}),
          },
        });
      }
      // Latency only: fall through to the real route.
      return undefined;
    }),
  ];
}
