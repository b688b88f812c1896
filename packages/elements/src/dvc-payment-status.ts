/**
 * `<script type="module" src="…/dvc-payment-status.js">`: registers `<dvc-payment-status>`.
 *
 * @packageDocumentation
 */
import '@dvc-kit/payment-status/define';

export { DvcPaymentStatus } from '@dvc-kit/payment-status';
