import { css } from 'lit';

/** Styles of `<dvc-login>`: tokens everywhere except the providers' own button colours. */
export const styles = css`
  :host {
    display: block;
    --_min-height: var(--dvc-login-min-height, auto);
  }
  .base {
    box-sizing: border-box;
    /* The view and an invisible copy of the sign-in buttons share one cell,
       so every state reserves the same space: the page does not jump. */
    display: grid;
    min-block-size: var(--_min-height);
    padding: var(--dvc-space-4);
    background: var(--dvc-color-surface);
    color: var(--dvc-color-text);
    border: var(--dvc-border-width) solid var(--dvc-color-border);
    border-radius: var(--dvc-radius-md);
    overflow-wrap: anywhere;
  }
  .view,
  .sizer {
    grid-area: 1 / 1;
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: var(--dvc-space-3);
    min-inline-size: 0;
  }
  .sizer {
    visibility: hidden;
  }
  p {
    margin: 0;
  }
  .status:focus {
    outline: none;
  }
  .status:focus-visible {
    outline: var(--dvc-focus-ring-width) solid var(--dvc-color-focus);
    outline-offset: var(--dvc-focus-ring-offset);
  }
  .muted {
    color: var(--dvc-color-muted);
  }
  .danger {
    color: var(--dvc-color-danger);
  }
  .error {
    border-inline-start: 4px solid var(--dvc-color-danger);
    padding-inline-start: var(--dvc-space-3);
  }
  .warning {
    border-inline-start: 4px solid var(--dvc-color-warning);
    padding-inline-start: var(--dvc-space-3);
  }
  .providers {
    display: flex;
    flex-direction: column;
    gap: var(--dvc-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  button {
    font: inherit;
    font-weight: var(--dvc-font-weight-strong);
    min-block-size: var(--dvc-touch-target);
    min-inline-size: var(--dvc-touch-target);
    padding: var(--dvc-space-2) var(--dvc-space-4);
    border-radius: var(--dvc-radius-sm);
    cursor: pointer;
  }
  .provider {
    inline-size: 100%;
    /* The provider's own colours, whatever the theme (set per button). */
    background: var(--_provider-bg, var(--dvc-color-primary));
    color: var(--_provider-fg, var(--dvc-color-primary-contrast));
    border: 2px solid var(--_provider-bg, var(--dvc-color-primary));
  }
  .secondary {
    align-self: flex-start;
    background: var(--dvc-color-surface);
    color: var(--dvc-color-primary);
    border: 2px solid var(--dvc-color-primary);
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  .citizen {
    display: flex;
    flex-direction: column;
    gap: var(--dvc-space-1);
  }
  .name {
    font-size: var(--dvc-font-size-lg);
    font-weight: var(--dvc-font-weight-strong);
    line-height: var(--dvc-line-height-heading);
  }
  .masked {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
  }
  .level {
    display: inline-block;
    padding: 0 var(--dvc-space-2);
    border-radius: var(--dvc-radius-pill);
    background: var(--dvc-color-success-surface);
    color: var(--dvc-color-success);
    border: 1px solid var(--dvc-color-success);
    font-size: var(--dvc-font-size-sm);
    font-weight: var(--dvc-font-weight-strong);
  }
  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: var(--dvc-space-2);
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin var(--dvc-motion-duration-slow, 0.6s) linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (forced-colors: active) {
    .provider,
    .secondary {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .level {
      border-color: CanvasText;
    }
    .base {
      border-color: CanvasText;
    }
  }
`;
