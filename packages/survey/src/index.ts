/**
 * @dvc-kit/survey — `<dvc-survey>`, the satisfaction survey of a dossier,
 * with an IndexedDB outbox that never loses an answer. Importing this entry
 * registers nothing: use `@dvc-kit/survey/define` for the tag.
 *
 * @packageDocumentation
 */
export { DvcSurvey, type SurveyViewState } from './survey';
export {
  DvcSurveyQueuedEvent,
  DvcSurveySubmitEvent,
  DvcSurveySubmittedEvent,
  type DvcSurveyQueuedDetail,
  type DvcSurveySubmitDetail,
  type DvcSurveySubmittedDetail,
} from './events';
export { localizeDefinition, STATUTORY_SURVEY_ID, statutorySurvey } from './statutory';
export { OutboxController, type OutboxControllerOptions } from './outbox/outbox-controller';
export {
  classifySubmitError,
  Outbox,
  pageOutbox,
  type Enqueued,
  type OutboxListener,
  type OutboxOptions,
  type OutboxTiming,
  type SendOutcome,
  type SurveySender,
} from './outbox/outbox';
export {
  indexedDbOutboxStore,
  OUTBOX_DB_NAME,
  type OutboxEntry,
  type OutboxStore,
} from './outbox/outbox-store';
