/**
 * @dvc-kit/payment-status — `<dvc-payment-status>`, the fees of a dossier and
 * where their payment stands, and the `PollingController` it polls with.
 * This entry has no side effects; register the element with
 * `import '@dvc-kit/payment-status/define'`.
 *
 * @packageDocumentation
 */
export { DvcPaymentStatus } from './payment-status';
export {
  DvcPaymentStartEvent,
  DvcPaymentStatusChangeEvent,
  type PaymentStartDetail,
  type PaymentStatusChangeDetail,
} from './events';
export {
  PollingController,
  type PollingMode,
  type PollingOptions,
  type PollingStatus,
} from './polling-controller';
export { messages as paymentStatusMessages } from './messages';
