/**
 * Registers `<dvc-payment-status>`. The only module of this package with a
 * side effect: `import '@dvc-kit/payment-status/define'`.
 *
 * @packageDocumentation
 */
import { define } from '@dvc-kit/ui-core';
import { DvcPaymentStatus } from './payment-status';

define('dvc-payment-status', DvcPaymentStatus);

export { DvcPaymentStatus };

declare global {
  interface HTMLElementTagNameMap {
    'dvc-payment-status': DvcPaymentStatus;
  }
}
