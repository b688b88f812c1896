/**
 * What the store keeps. Records hold a little more than the contract shows
 * (owners, attempts, poll counts) and timestamps as epoch milliseconds; the
 * views in `views.ts` turn them into contract objects.
 */
import type {
  DossierState,
  DossierStep,
  FeeItem,
  IdentityProvider,
  PaymentFailure,
  PaymentState,
  SurveyAnswer,
} from '@dvc-kit/client';

/** A dossier as stored. */
export interface DossierRecord {
  /** Receipt code, e.g. `000.00.12.H48-241120-0001`. */
  code: string;
  /** National code of its procedure. */
  procedureCode: string;
  /** The agency that received it (code + name). */
  agency: { code: string; name: string };
  /** Citizen id of the owner. */
  ownerId: string;
  /** Current state. */
  status: DossierState;
  /** Received (epoch ms). */
  receivedAt: number;
  /** Legal deadline (epoch ms): processing days counted in working days. */
  dueAt: number;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** Steps so far, oldest first, as the contract shows them. */
  history: DossierStep[];
  /** Survey definition id used for this dossier. */
  surveyId: string;
}

/** A payment attempt started with `POST /dossiers/{code}/payment`. */
export interface PaymentAttempt {
  /** Opaque id carried by the pay page URL. */
  id: string;
  /** Started (epoch ms). */
  startedAt: number;
  /** Where the pay page sends the citizen back (only used if same-origin). */
  returnUrl?: string;
  /** How many times the payment was read while this attempt was pending. */
  polls: number;
}

/** A payment as stored. */
export interface PaymentRecord {
  /** The dossier the fees belong to. */
  dossierCode: string;
  /** Fee items in whole VND (empty when nothing is due). */
  items: FeeItem[];
  /** Current state. */
  status: PaymentState;
  /** Why it failed; present exactly when `failed`. */
  failure?: PaymentFailure;
  /** When an unpaid or pending payment expires (epoch ms). */
  expiresAt?: number;
  /** The e-receipt, once paid (kept after a refund). */
  receipt?: { number: string; issuedAt: number };
  /** The refund, when (partially) refunded. */
  refund?: { amount: number; refundedAt: number; reason: string };
  /** The payment platform's reference. */
  transactionRef?: string;
  /** Last change (epoch ms). */
  updatedAt: number;
  /** The open attempt, while `pending`. */
  attempt?: PaymentAttempt;
}

/** A stored survey response: keyed by dossier, never by person. */
export interface SurveyResponseRecord {
  /** The dossier rated. */
  dossierCode: string;
  /** The survey (version) answered. */
  surveyId: string;
  /** Answers by question id. */
  answers: Record<string, SurveyAnswer>;
  /** Receipt id returned to the caller. */
  receiptId: string;
  /** Stored (epoch ms). */
  submittedAt: number;
}

/**
 * Who a session belongs to, as the BFF keeps it: what `GET /session` shows,
 * with the identity number already masked. The full number is never stored.
 */
export interface SessionCitizen {
  /** Subject at the identity provider (the sandbox citizen id, e.g. `cit-an`). */
  id: string;
  /** Full name. */
  name: string;
  /** Masked identity number, e.g. `0010****1234`. */
  maskedId: string;
  /** VNeID level of the sign-in. */
  assuranceLevel: 1 | 2;
}

/** A server-side session (BFF cookie or a scenario sign-in). */
export interface SessionRecord {
  /** Opaque random id: the cookie value. */
  id: string;
  /** Who signed in. */
  citizen: SessionCitizen;
  /** Where they signed in. */
  provider: IdentityProvider;
  /** Random token expected in `X-CSRF-Token` on state-changing calls. */
  csrfToken: string;
  /** When it was created (epoch ms). */
  createdAt: number;
  /** When it ends (epoch ms). */
  expiresAt: number;
}

/** A stored idempotent result (IETF Idempotency-Key draft, Stripe semantics). */
export interface IdempotencyRecord {
  /** Route, normalised dossier code and canonical body of the first request. */
  fingerprint: string;
  /** Undefined while the first request is still being handled. */
  result?: { status: number; body: unknown };
  /** First seen (epoch ms). */
  createdAt: number;
}
