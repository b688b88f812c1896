import type { SurveyResponse } from '@dvc-kit/client';
import { DvcEvent } from '@dvc-kit/ui-core';

/** Detail of {@link DvcSurveySubmitEvent}. */
export interface DvcSurveySubmitDetail {
  /** The dossier code being rated. */
  readonly dossier: string;
  /** The survey id and the answers about to be saved and sent. */
  readonly response: SurveyResponse;
}

/**
 * Fired when the citizen submits valid answers, before they are saved or
 * sent. Cancelable: `preventDefault()` keeps the form as it is and nothing
 * is saved or sent.
 *
 * @summary `dvc-survey-submit` (cancelable): valid answers are about to be saved and sent.
 */
export class DvcSurveySubmitEvent extends DvcEvent<DvcSurveySubmitDetail> {
  static readonly eventName = 'dvc-survey-submit';
  constructor(detail: DvcSurveySubmitDetail) {
    super(DvcSurveySubmitEvent.eventName, detail, { cancelable: true });
  }
}

/** Detail of {@link DvcSurveySubmittedEvent}. */
export interface DvcSurveySubmittedDetail {
  /** The dossier code that was rated. */
  readonly dossier: string;
  /** The server's receipt id for the stored rating. */
  readonly receiptId: string;
}

/**
 * Fired once the server acknowledged the answers (2xx), also when that
 * happens later from the outbox (after a reconnect or a reload).
 *
 * @summary `dvc-survey-submitted`: the server stored the rating.
 */
export class DvcSurveySubmittedEvent extends DvcEvent<DvcSurveySubmittedDetail> {
  static readonly eventName = 'dvc-survey-submitted';
  constructor(detail: DvcSurveySubmittedDetail) {
    super(DvcSurveySubmittedEvent.eventName, detail);
  }
}

/** Detail of {@link DvcSurveyQueuedEvent}. */
export interface DvcSurveyQueuedDetail {
  /** The dossier code being rated. */
  readonly dossier: string;
  /** The outbox entry id (also the Idempotency-Key it is sent with). */
  readonly outboxId: string;
}

/**
 * Fired when the answers are saved on the device but could not be sent yet
 * (offline, timeout, server trouble); they are sent later automatically.
 *
 * @summary `dvc-survey-queued`: saved in the outbox, to be sent later.
 */
export class DvcSurveyQueuedEvent extends DvcEvent<DvcSurveyQueuedDetail> {
  static readonly eventName = 'dvc-survey-queued';
  constructor(detail: DvcSurveyQueuedDetail) {
    super(DvcSurveyQueuedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-survey-submit': DvcSurveySubmitEvent;
    'dvc-survey-submitted': DvcSurveySubmittedEvent;
    'dvc-survey-queued': DvcSurveyQueuedEvent;
  }
}
