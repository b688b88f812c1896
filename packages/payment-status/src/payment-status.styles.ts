import { css } from 'lit';

/**
 * Styles of `<dvc-payment-status>`. Only `--dvc-*` tokens (so themes, dark
 * mode and a page's own overrides apply) and two knobs of its own on
 * `:host`. The skeleton uses the same rows and line heights as the loaded
 * view, so the page does not jump when the payment arrives. A dossier code is
 * one token: it never wraps (`.code > span`); if a very narrow column cannot
 * hold it, its line scrolls instead of the page.
 */
export const paymentStatusStyles = css`
  :host {
    display: block;
    --_pad: var(--dvc-payment-status-padding, var(--dvc-space-4));
    --_line: calc(1em * var(--dvc-line-height-body));
  }
  [part='base'] {
    min-height: var(--dvc-payment-status-min-height, auto);
    padding: var(--_pad);
    background: var(--dvc-color-surface);
    border: var(--dvc-border-width) solid var(--dvc-color-border);
    border-radius: var(--dvc-radius-md);
    overflow-wrap: anywhere;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--dvc-space-3);
    margin-block-end: var(--dvc-space-3);
  }
  [part='heading'] {
    margin: 0;
    font-size: var(--dvc-font-size-lg);
    font-weight: var(--dvc-font-weight-strong);
    line-height: var(--dvc-line-height-heading);
  }
  .muted,
  .code {
    color: var(--dvc-color-muted);
    font-size: var(--dvc-font-size-sm);
  }
  p {
    margin: 0;
  }
  .code {
    overflow-x: auto;
  }
  .code > span {
    white-space: nowrap;
  }
  [part='status'] {
    display: flex;
    align-items: center;
    gap: var(--dvc-space-2);
    min-height: var(--dvc-touch-target);
    padding: var(--dvc-space-1) var(--dvc-space-3);
    background: var(--_tone-surface, var(--dvc-color-surface-alt));
    border-inline-start: 4px solid var(--_tone, var(--dvc-color-border));
    border-radius: var(--dvc-radius-sm);
    font-weight: var(--dvc-font-weight-strong);
  }
  [part='status'] svg {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: var(--_tone, currentColor);
  }
  .tone-success {
    --_tone: var(--dvc-color-success);
    --_tone-surface: var(--dvc-color-success-surface);
  }
  .tone-warning {
    --_tone: var(--dvc-color-warning);
    --_tone-surface: var(--dvc-color-warning-surface);
  }
  .tone-danger {
    --_tone: var(--dvc-color-danger);
    --_tone-surface: var(--dvc-color-danger-surface);
  }
  .tone-info {
    --_tone: var(--dvc-color-info);
    --_tone-surface: var(--dvc-color-info-surface);
  }
  .hint {
    margin-block: var(--dvc-space-2) var(--dvc-space-3);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-block-end: var(--dvc-space-3);
  }
  th,
  td {
    padding: var(--dvc-space-1) 0;
    text-align: start;
    vertical-align: top;
    font-weight: var(--dvc-font-weight-normal);
    border-block-end: var(--dvc-border-width) solid var(--dvc-color-border);
  }
  thead th {
    color: var(--dvc-color-muted);
    font-size: var(--dvc-font-size-sm);
  }
  .amount {
    padding-inline-start: var(--dvc-space-3);
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    font-weight: var(--dvc-font-weight-strong);
    border-block-end: 0;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--dvc-space-1) var(--dvc-space-3);
    margin: 0 0 var(--dvc-space-3);
  }
  dt {
    color: var(--dvc-color-muted);
  }
  dd {
    margin: 0;
  }
  @container dvc-payment (max-width: 22rem) {
    dl {
      grid-template-columns: 1fr;
      gap: 0;
    }
    dd + dt {
      margin-block-start: var(--dvc-space-1);
    }
  }
  .body {
    container: dvc-payment / inline-size;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dvc-space-2);
    margin-block-end: var(--dvc-space-2);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--dvc-space-2);
    min-height: var(--dvc-touch-target);
    min-width: var(--dvc-touch-target);
    padding: var(--dvc-space-2) var(--dvc-space-4);
    border: var(--dvc-border-width) solid var(--dvc-color-primary);
    border-radius: var(--dvc-radius-sm);
    font: inherit;
    font-weight: var(--dvc-font-weight-strong);
    text-decoration: none;
    cursor: pointer;
    background: var(--dvc-color-surface);
    color: var(--dvc-color-primary);
  }
  .button.primary {
    background: var(--dvc-color-primary);
    color: var(--dvc-color-primary-contrast);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--dvc-space-2);
    margin-block-end: var(--dvc-space-3);
    padding: var(--dvc-space-2) var(--dvc-space-3);
    background: var(--dvc-color-warning-surface);
    border-inline-start: 4px solid var(--dvc-color-warning);
    border-radius: var(--dvc-radius-sm);
  }
  .notice p {
    flex: 1 1 12rem;
  }
  .message {
    display: grid;
    gap: var(--dvc-space-2);
    justify-items: start;
  }
  .message strong {
    font-weight: var(--dvc-font-weight-strong);
  }
  /* The skeleton: the real layout, its texts turned into grey bars. */
  .skeleton :is(p, th, td, dt, dd, .button) {
    color: transparent;
  }
  .skeleton :is(.hint, th, td, dt, dd, [part='updated']) {
    background: linear-gradient(
        var(--dvc-color-surface) 0.3em,
        transparent 0.3em calc(100% - 0.3em),
        var(--dvc-color-surface) 0
      )
      var(--dvc-color-surface-alt);
    animation: dvc-pulse 1.6s ease-in-out infinite;
  }
  .skeleton [part='status'],
  .skeleton .button {
    --_tone: var(--dvc-color-border);
    --_tone-surface: var(--dvc-color-surface-alt);
    background: var(--dvc-color-surface-alt);
    border-color: transparent;
  }
  .skeleton svg {
    visibility: hidden;
  }
  @keyframes dvc-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (forced-colors: active) {
    /* Forced colours would paint the skeleton's hidden texts: keep them hidden. */
    .skeleton {
      forced-color-adjust: none;
    }
    .skeleton :is(.hint, th, td, dt, dd, [part='updated'], .button, [part='status']) {
      background: Canvas;
      outline: 1px dashed GrayText;
    }
    [part='status'],
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
