/** Dossiers (hồ sơ): the public status and the owner's full view. */
import * as z from 'zod/mini';
import { DossierCodeSchema, ProcedureCodeSchema, TextSchema, TimestampSchema } from './common';

/**
 * Where a dossier is in its life:
 * received → processing → (supplement_requested) → (awaiting_payment) →
 * result_ready → result_returned, or rejected / withdrawn.
 */
export const DossierStateSchema = z.enum([
  'received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'result_ready',
  'result_returned',
  'rejected',
  'withdrawn',
]);

/** Where a dossier is in its life. */
export type DossierState = z.infer<typeof DossierStateSchema>;

/** The procedure a dossier was filed under. */
export const ProcedureRefSchema = z.object({
  /** National procedure code, e.g. `1.004227`. */
  code: ProcedureCodeSchema,
  /** Procedure name. */
  name: TextSchema,
});

/** The procedure a dossier was filed under. */
export type ProcedureRef = z.infer<typeof ProcedureRefSchema>;

const dossierStatusShape = {
  /** Receipt code, e.g. `000.00.12.H48-241120-0001`. */
  code: DossierCodeSchema,
  /** The procedure it was filed under. */
  procedure: ProcedureRefSchema,
  /** Current state. */
  status: DossierStateSchema,
  /** When the agency received it. */
  receivedAt: TimestampSchema,
  /** When the result is legally due. */
  dueAt: TimestampSchema,
  /** Whether it is past `dueAt` without a result (the server decides). */
  overdue: z.boolean(),
  /** When anything about it last changed. */
  updatedAt: TimestampSchema,
};

/**
 * The public status of a dossier, looked up by receipt code. It carries no
 * personal data: anyone holding the code may read it.
 */
export const DossierStatusSchema = z.object(dossierStatusShape);

/** The public status of a dossier (no personal data). */
export type DossierStatus = z.infer<typeof DossierStatusSchema>;

/** One step in a dossier's history. */
export const DossierStepSchema = z.object({
  /** State entered at this step. */
  status: DossierStateSchema,
  /** When the step happened. */
  at: TimestampSchema,
  /** The unit that handled the step, e.g. "Bộ phận một cửa". */
  actor: z.optional(z.string()),
  /** A plain-text note, e.g. what to supplement. */
  note: z.optional(z.string()),
});

/** One step in a dossier's history. */
export type DossierStep = z.infer<typeof DossierStepSchema>;

/** The full dossier, for its signed-in owner. */
export const DossierSchema = z.object({
  ...dossierStatusShape,
  /** The applicant's display name (personal data: shown only to the owner). */
  applicantName: TextSchema,
  /** Steps so far, oldest first. */
  history: z.array(DossierStepSchema),
});

/** The full dossier, for its signed-in owner. */
export type Dossier = z.infer<typeof DossierSchema>;
