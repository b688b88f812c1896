/** `GET /procedures`, `GET /procedures/{code}`. */
import * as z from 'zod/mini';
import { checkInput, checkProcedureCode, checkSignal } from '../input';
import type { CallOptions } from '../options';
import { MAX_PAGE_SIZE } from '../schemas/page';
import { ProcedureLevelSchema, ProcedurePageSchema, ProcedureSchema } from '../schemas/procedure';
import type { Procedure, ProcedureLevel, ProcedurePage } from '../schemas/procedure';
import type { Send } from '../transport/request';

/** Filters and paging of a procedure search. */
export interface ProcedureSearchParams {
  /** Free text, matched against names and fields (at most 200 characters). */
  q?: string | undefined;
  /** Only procedures of this agency (agency code). */
  agency?: string | undefined;
  /** Only procedures handled at this level. */
  level?: ProcedureLevel | undefined;
  /** 1-based page number. Default 1. */
  page?: number | undefined;
  /** Items per page, 1–200. Default: the server's (20 in the sandbox). */
  pageSize?: number | undefined;
}

const SearchParamsSchema = z.object({
  q: z.optional(z.string().check(z.maxLength(200))),
  agency: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  level: z.optional(ProcedureLevelSchema),
  page: z.optional(z.int().check(z.gte(1))),
  pageSize: z.optional(z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE))),
});

/** The procedure catalogue. */
export interface ProceduresApi {
  /** Searches the catalogue; resolves one page of summaries. */
  search(params?: ProcedureSearchParams, options?: CallOptions): Promise<ProcedurePage>;
  /** One procedure by national code, e.g. `1.004227`. */
  get(code: string, options?: CallOptions): Promise<Procedure>;
}

/** @internal */
export function proceduresApi(send: Send): ProceduresApi {
  return {
    async search(params = {}, options = {}) {
      const query = checkInput(SearchParamsSchema, params, 'search parameters');
      const signal = checkSignal(options.signal);
      return send({
        method: 'GET',
        path: '/procedures',
        query,
        schema: ProcedurePageSchema,
        session: false,
        signal,
      });
    },
    async get(code, options = {}) {
      const checked = checkProcedureCode(code);
      const signal = checkSignal(options.signal);
      return send({
        method: 'GET',
        path: `/procedures/${encodeURIComponent(checked)}`,
        schema: ProcedureSchema,
        session: false,
        signal,
      });
    },
  };
}
