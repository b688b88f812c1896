/** `GET /procedures`, `GET /procedures/{code}`. */
import {
  MAX_PAGE_SIZE,
  ProcedureLevelSchema,
  ProcedurePageSchema,
  ProcedureSchema,
} from '@dvc-kit/client';
import { http } from 'msw';
import * as z from 'zod/mini';
import { procedureSummary } from '../store/views';
import { type Ctx, procedureCodeParam } from './context';
import { problem, reply } from './respond';

/** Default page size of the search (the client documents 20 for the sandbox). */
export const DEFAULT_PAGE_SIZE = 20;

const Int = z.string().check(z.regex(/^\d{1,6}$/));

const QuerySchema = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  agency: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  level: z.optional(ProcedureLevelSchema),
  page: z.optional(Int),
  pageSize: z.optional(Int),
});

/** Handlers of the procedure catalogue. */
export function procedureHandlers(ctx: Ctx) {
  const { prefix, basePath } = ctx.options;
  const searchRoute = `GET ${basePath}/procedures`;
  const oneRoute = `GET ${basePath}/procedures/:code`;
  return [
    http.get(`${prefix}/procedures`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      const raw: Record<string, string> = {};
      for (const name of ['q', 'agency', 'level', 'page', 'pageSize']) {
        const value = params.get(name);
        if (value !== null) raw[name] = value;
      }
      const parsed = z.safeParse(QuerySchema, raw);
      const errors = parsed.success
        ? []
        : parsed.error.issues.map((i) => ({ pointer: String(i.path[0] ?? ''), detail: i.message }));
      // Range checks on whatever parsed as digits, so every bad parameter is named at once.
      const page = /^\d{1,6}$/.test(raw['page'] ?? '') ? Number(raw['page']) : 1;
      const pageSize = /^\d{1,6}$/.test(raw['pageSize'] ?? '')
        ? Number(raw['pageSize'])
        : DEFAULT_PAGE_SIZE;
      if (page < 1) errors.push({ pointer: 'page', detail: 'page starts at 1' });
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        errors.push({ pointer: 'pageSize', detail: `pageSize is 1–${MAX_PAGE_SIZE}` });
      }
      if (!parsed.success || errors.length > 0) {
        return problem(searchRoute, 400, 'VALIDATION_FAILED', {
          title: 'Tham số tìm kiếm không hợp lệ / Invalid search parameters',
          errors,
        });
      }
      const { q, agency, level } = parsed.data;
      const result = ctx.store.searchProcedures({ q, agency, level, page, pageSize });
      return reply(searchRoute, ProcedurePageSchema, {
        items: result.items.map(procedureSummary),
        page,
        pageSize,
        total: result.total,
      });
    }),
    http.get(`${prefix}/procedures/:code`, ({ params }) => {
      const code = procedureCodeParam(oneRoute, params['code']);
      if (!code.ok) return code.response;
      const procedure = ctx.store.procedure(code.value);
      if (!procedure) {
        return problem(oneRoute, 404, 'PROCEDURE_NOT_FOUND', {
          title: 'Không tìm thấy thủ tục / Procedure not found',
          detail: `No procedure has the code ${code.value}.`,
        });
      }
      return reply(oneRoute, ProcedureSchema, procedure);
    }),
  ];
}
