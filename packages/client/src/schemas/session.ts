/** The signed-in citizen, as the portal's backend (BFF) reports it. */
import * as z from 'zod/mini';
import { TextSchema, TimestampSchema } from './common';

/**
 * A masked identity number (CCCD): the first four and last four of the 12
 * digits, e.g. `0010****1234`. A full number never crosses this API.
 */
export const MASKED_ID_PATTERN = /^\d{4}\*{4}\d{4}$/;

/** Identity providers: VNeID, or a national-portal (dvcqg) account. */
export const IdentityProviderSchema = z.enum(['vneid', 'dvcqg']);

/** Identity providers: `vneid` or `dvcqg`. */
export type IdentityProvider = z.infer<typeof IdentityProviderSchema>;

/** The signed-in citizen. */
export const CitizenSchema = z.object({
  /** Full name, for display. */
  name: TextSchema,
  /** Masked identity number, e.g. `0010****1234`. */
  maskedId: z.string().check(z.regex(MASKED_ID_PATTERN, 'an identity number must be masked')),
  /** VNeID assurance level: 1 (basic) or 2 (verified in person or by chip). */
  assuranceLevel: z.union([z.literal(1), z.literal(2)]),
  /** Where the citizen signed in. */
  provider: IdentityProviderSchema,
});

/** The signed-in citizen. */
export type Citizen = z.infer<typeof CitizenSchema>;

/**
 * The session: `{ authenticated: true, citizen, … }` or
 * `{ authenticated: false }`.
 */
export const SessionSchema = z.discriminatedUnion('authenticated', [
  z.object({
    authenticated: z.literal(true),
    /** Who is signed in. */
    citizen: CitizenSchema,
    /** When the session ends unless renewed. */
    expiresAt: z.optional(TimestampSchema),
    /** Token to send as `X-CSRF-Token` on state-changing calls such as logout. */
    csrfToken: z.optional(TextSchema),
  }),
  z.object({ authenticated: z.literal(false) }),
]);

/** The session, signed in or not. */
export type Session = z.infer<typeof SessionSchema>;
