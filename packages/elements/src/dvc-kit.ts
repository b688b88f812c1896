/**
 * `<script type="module" src="…/dvc-kit.js">`: registers every dvc-kit
 * widget. It imports the per-widget entries, so a page that loads this file
 * and, later, one of them downloads nothing twice.
 *
 * @packageDocumentation
 */
export * from './dvc-context';
export * from './dvc-login';
export * from './dvc-payment-status';
export * from './dvc-survey';
