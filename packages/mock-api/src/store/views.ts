/**
 * Records → contract objects. Links (pay page, e-receipt) are absolute, as
 * the contract requires, and built from the public origin the handlers were
 * given.
 */
import type {
  Dossier,
  DossierStatus,
  Payment,
  ProcedureSummary,
  Procedure,
  Session,
  SurveyState,
} from '@dvc-kit/client';
import { iso } from '../clock';
import type { Citizen } from '../seed/citizens';
import type { MockStore } from './store';
import type { DossierRecord, PaymentRecord, SessionRecord } from './types';

/** Where pages of the sandbox live, for absolute links. */
export interface LinkBase {
  /** e.g. `http://127.0.0.1:4010` */
  publicOrigin: string;
}

/** The summary of a procedure (search results). */
export function procedureSummary(p: Procedure): ProcedureSummary {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    level: p.level,
    onlineMode: p.onlineMode,
    agency: p.agency,
    processingDays: p.processingDays,
  };
}

/** The public status view: no owner, no history. */
export function dossierStatus(store: MockStore, d: DossierRecord): DossierStatus {
  const procedure = store.procedure(d.procedureCode);
  return {
    code: d.code,
    procedure: { code: d.procedureCode, name: procedure?.name ?? d.procedureCode },
    status: d.status,
    receivedAt: iso(d.receivedAt),
    dueAt: iso(d.dueAt),
    overdue: store.isOverdue(d),
    updatedAt: iso(d.updatedAt),
  };
}

/** The owner's view. */
export function dossierView(store: MockStore, d: DossierRecord, owner: Citizen): Dossier {
  return {
    ...dossierStatus(store, d),
    applicantName: owner.name,
    history: d.history.map((s) => ({ ...s })),
  };
}

/** The pay page URL of the current attempt. */
export function payUrl(links: LinkBase, p: PaymentRecord): string | undefined {
  if (!p.attempt) return undefined;
  const url = new URL(`/pay/${encodeURIComponent(p.dossierCode)}`, links.publicOrigin);
  url.searchParams.set('attempt', p.attempt.id);
  return url.href;
}

/** A payment as the contract shows it. */
export function paymentView(links: LinkBase, p: PaymentRecord): Payment {
  const total = p.items.reduce((sum, i) => sum + i.amount, 0);
  const pay = p.status === 'pending' ? payUrl(links, p) : undefined;
  return {
    dossierCode: p.dossierCode,
    items: p.items.map((i) => ({ ...i })),
    total,
    currency: 'VND',
    status: p.status,
    ...(p.failure ? { failure: { ...p.failure } } : {}),
    ...(p.expiresAt !== undefined &&
    (p.status === 'unpaid' || p.status === 'pending' || p.status === 'expired')
      ? { expiresAt: iso(p.expiresAt) }
      : {}),
    ...(pay ? { payUrl: pay } : {}),
    ...(p.receipt
      ? {
          receipt: {
            number: p.receipt.number,
            issuedAt: iso(p.receipt.issuedAt),
            url: new URL(`/receipts/${encodeURIComponent(p.receipt.number)}`, links.publicOrigin)
              .href,
          },
        }
      : {}),
    ...(p.refund
      ? {
          refund: {
            amount: p.refund.amount,
            refundedAt: iso(p.refund.refundedAt),
            reason: p.refund.reason,
          },
        }
      : {}),
    ...(p.transactionRef ? { transactionRef: p.transactionRef } : {}),
    updatedAt: iso(p.updatedAt),
  };
}

/** The survey of a dossier. */
export function surveyView(store: MockStore, d: DossierRecord): SurveyState {
  const response = store.surveyResponse(d.code);
  return {
    dossierCode: d.code,
    definition: store.surveyDefinition(d),
    answered: response !== undefined,
    ...(response
      ? { receipt: { id: response.receiptId, submittedAt: iso(response.submittedAt) } }
      : {}),
  };
}

/** The session as `GET /session` shows it (the identity number is stored masked already). */
export function sessionView(session: SessionRecord | undefined): Session {
  if (!session) return { authenticated: false };
  return {
    authenticated: true,
    citizen: {
      name: session.citizen.name,
      maskedId: session.citizen.maskedId,
      assuranceLevel: session.citizen.assuranceLevel,
      provider: session.provider,
    },
    expiresAt: iso(session.expiresAt),
    csrfToken: session.csrfToken,
  };
}
