/**
 * Building blocks shared by every resource schema.
 *
 * Everything here is `zod/mini`: the client ships to browsers, and classic zod
 * would add ~90 KB gzip to every page that embeds a widget.
 */
import * as z from 'zod/mini';

/**
 * A national procedure code (mã thủ tục hành chính) as published on the
 * national public-service portal: one digit, a dot, six digits, e.g.
 * `1.004227`.
 */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;

/**
 * A dossier receipt code (mã hồ sơ), e.g. `000.00.12.H48-241120-0001`:
 *
 * - the receiving agency's code from the national agency catalogue: one to
 *   six dot-separated segments of upper-case letters and digits
 *   (`000.00.12.H48`, `G22.89`, `H48`);
 * - the receipt date as `YYMMDD` (month 01–12, day 01–31);
 * - a sequence number of 4 to 6 digits (agencies that receive more than
 *   9,999 dossiers a day widen it).
 *
 * The client upper-cases and trims what a citizen typed before it checks it,
 * so `000.00.12.h48-241120-0001` is accepted too.
 */
export const DOSSIER_CODE_PATTERN =
  /^[A-Z0-9]{1,10}(?:\.[A-Z0-9]{1,10}){0,5}-\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{4,6}$/;

/** A procedure code such as `1.004227`. */
export const ProcedureCodeSchema = z
  .string()
  .check(z.regex(PROCEDURE_CODE_PATTERN, 'a procedure code looks like 1.004227'));

/** A dossier receipt code such as `000.00.12.H48-241120-0001`. */
export const DossierCodeSchema = z
  .string()
  .check(
    z.maxLength(80),
    z.regex(DOSSIER_CODE_PATTERN, 'a dossier code looks like 000.00.12.H48-241120-0001'),
  );

/**
 * An ISO 8601 timestamp with an explicit offset (`Z` or `+07:00`); local times
 * without an offset are ambiguous and rejected.
 */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** An amount of money in whole Vietnamese đồng: an integer, never negative. */
export const VndSchema = z.int().check(z.nonnegative());

/** An absolute `https:` or `http:` URL (never `javascript:` or `data:`). */
export const HttpUrlSchema = z.url({ protocol: /^https?$/ });

/** A non-empty display string. */
export const TextSchema = z.string().check(z.minLength(1));

/** A fee item (phí or lệ phí), in whole VND. */
export const FeeItemSchema = z.object({
  /** Stable code of the fee in the agency's fee table. */
  code: TextSchema,
  /** Name shown to the citizen, e.g. "Lệ phí cấp bản sao". */
  name: TextSchema,
  /** Amount in whole VND. */
  amount: VndSchema,
});

/** A fee item (phí or lệ phí), in whole VND. */
export type FeeItem = z.infer<typeof FeeItemSchema>;

/** An agency (cơ quan) from the national agency catalogue. */
export const AgencySchema = z.object({
  /** Agency code, e.g. `000.00.12.H48`. */
  code: TextSchema,
  /** Agency name, e.g. "UBND phường Hải Châu I". */
  name: TextSchema,
});

/** An agency (cơ quan) from the national agency catalogue. */
export type Agency = z.infer<typeof AgencySchema>;
