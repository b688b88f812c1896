/** Procedures (thủ tục hành chính) from the national catalogue. */
import * as z from 'zod/mini';
import {
  AgencySchema,
  FeeItemSchema,
  HttpUrlSchema,
  ProcedureCodeSchema,
  TextSchema,
} from './common';
import { page } from './page';

/** The level a procedure is handled at: province, district or commune. */
export const ProcedureLevelSchema = z.enum(['tinh', 'huyen', 'xa']);

/** The level a procedure is handled at: `tinh`, `huyen` or `xa`. */
export type ProcedureLevel = z.infer<typeof ProcedureLevelSchema>;

/**
 * How a procedure is offered online (Decree 42/2022): `toan_trinh` entirely
 * online, `mot_phan` partly online.
 */
export const OnlineModeSchema = z.enum(['toan_trinh', 'mot_phan']);

/** How a procedure is offered online: `toan_trinh` or `mot_phan`. */
export type OnlineMode = z.infer<typeof OnlineModeSchema>;

/** Fields shared by a procedure and its search-result summary. */
const procedureSummaryShape = {
  /** National procedure code, e.g. `1.004227`. */
  code: ProcedureCodeSchema,
  /** Procedure name, in Vietnamese. */
  name: TextSchema,
  /** The field (lĩnh vực), e.g. "Hộ tịch". */
  field: TextSchema,
  /** Level it is handled at. */
  level: ProcedureLevelSchema,
  /** How it is offered online. */
  onlineMode: OnlineModeSchema,
  /** The agency that handles it. */
  agency: AgencySchema,
  /** Legal processing time in working days (0 = handled the same day). */
  processingDays: z.int().check(z.nonnegative()),
};

/** A procedure as it appears in search results. */
export const ProcedureSummarySchema = z.object(procedureSummaryShape);

/** A procedure as it appears in search results. */
export type ProcedureSummary = z.infer<typeof ProcedureSummarySchema>;

/** One procedure with its fees. */
export const ProcedureSchema = z.object({
  ...procedureSummaryShape,
  /** Fees (phí, lệ phí) in whole VND; empty when the procedure is free. */
  fees: z.array(FeeItemSchema),
  /** A plain-text description (never markup). */
  description: z.optional(z.string()),
  /** The procedure's page on the national portal. */
  url: z.optional(HttpUrlSchema),
});

/** One procedure with its fees. */
export type Procedure = z.infer<typeof ProcedureSchema>;

/** A page of procedure search results. */
export const ProcedurePageSchema = page(ProcedureSummarySchema);

/** A page of procedure search results. */
export type ProcedurePage = z.infer<typeof ProcedurePageSchema>;
