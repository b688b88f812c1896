import { css } from 'lit';

/**
 * Styles of `<dvc-survey>`; everything goes through `--dvc-*` tokens.
 * Words break only when nothing else fits (`overflow-wrap: break-word`, never
 * "Bình thườn|g"): rating options are at least as wide as their longest word,
 * and a dossier code (`.code`) never wraps. Error-summary links are blocks (not
 * inline-blocks), so each bullet lines up with its item's first line.
 */
export const surveyStyles = css`
  :host {
    display: block;
    /* Per-widget knobs: public --dvc-survey-*, private --_x. */
    --_target: max(var(--dvc-touch-target), var(--dvc-survey-target-size, 0px));
    --_gap: var(--dvc-space-4);
    max-width: var(--dvc-survey-max-width, 48rem);
  }
  :host([kiosk]) {
    --_target: max(64px, var(--dvc-survey-target-size, 0px));
    --_gap: var(--dvc-space-5);
    font-size: var(--dvc-font-size-lg);
  }
  .base {
    background: var(--dvc-color-surface);
    color: var(--dvc-color-text);
    border: var(--dvc-border-width) solid var(--dvc-color-border);
    border-radius: var(--dvc-radius-md);
    padding: var(--dvc-space-4);
    /* Reserves the space of a short survey, so the page does not jump when it loads. */
    min-height: var(--dvc-survey-min-height, 20rem);
    overflow-wrap: break-word;
  }
  h2,
  h3 {
    font-size: var(--dvc-font-size-xl);
    line-height: var(--dvc-line-height-heading);
    font-weight: var(--dvc-font-weight-strong);
    margin: 0 0 var(--dvc-space-3);
  }
  h3 {
    font-size: var(--dvc-font-size-lg);
  }
  :host([kiosk]) h2 {
    font-size: calc(var(--dvc-font-size-xl) * 1.25);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--dvc-focus-ring-width) solid var(--dvc-color-focus);
    outline-offset: var(--dvc-focus-ring-offset);
  }
  p {
    margin: 0 0 var(--dvc-space-3);
  }
  .muted,
  .hint {
    color: var(--dvc-color-muted);
  }
  .meta {
    font-size: var(--dvc-font-size-sm);
    color: var(--dvc-color-muted);
  }
  .code {
    white-space: nowrap;
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  .question {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .question.invalid {
    border-inline-start: 4px solid var(--dvc-color-danger);
    padding-inline-start: var(--dvc-space-3);
  }
  legend,
  .label {
    display: block;
    padding: 0;
    margin-bottom: var(--dvc-space-2);
    font-weight: var(--dvc-font-weight-strong);
  }
  .required {
    font-weight: var(--dvc-font-weight-normal);
    color: var(--dvc-color-muted);
  }
  .options {
    display: grid;
    gap: var(--dvc-space-2);
  }
  .options.rating {
    display: flex;
    flex-wrap: wrap;
  }
  .options.rating .option {
    flex: 1 1 7.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--dvc-space-2);
    min-height: var(--_target);
    padding: var(--dvc-space-2) var(--dvc-space-3);
    border: var(--dvc-border-width) solid var(--dvc-color-border);
    border-radius: var(--dvc-radius-md);
    background: var(--dvc-color-surface);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--dvc-color-primary);
    background: var(--dvc-color-surface-alt);
    box-shadow: inset 0 0 0 1px var(--dvc-color-primary);
  }
  .option:has(input:focus-visible) {
    outline: var(--dvc-focus-ring-width) solid var(--dvc-color-focus);
    outline-offset: var(--dvc-focus-ring-offset);
  }
  input[type='radio'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--dvc-color-primary);
  }
  input[type='radio']:focus-visible {
    outline: none;
  }
  .point {
    font-weight: var(--dvc-font-weight-strong);
  }
  textarea {
    display: block;
    width: 100%;
    min-height: calc(var(--_target) * 2.5);
    padding: var(--dvc-space-2) var(--dvc-space-3);
    font: inherit;
    color: var(--dvc-color-text);
    background: var(--dvc-color-surface);
    border: var(--dvc-border-width) solid var(--dvc-color-border);
    border-radius: var(--dvc-radius-md);
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border: 2px solid var(--dvc-color-danger);
  }
  .counter {
    margin: var(--dvc-space-1) 0 0;
    font-size: var(--dvc-font-size-sm);
    color: var(--dvc-color-muted);
  }
  .counter.near {
    color: var(--dvc-color-warning);
    font-weight: var(--dvc-font-weight-strong);
  }
  .error {
    color: var(--dvc-color-danger);
    font-weight: var(--dvc-font-weight-strong);
    margin-bottom: var(--dvc-space-2);
  }
  .summary {
    border: 3px solid var(--dvc-color-danger);
    border-radius: var(--dvc-radius-md);
    padding: var(--dvc-space-3) var(--dvc-space-4);
    background: var(--dvc-color-danger-surface);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: var(--dvc-space-5);
  }
  .summary li {
    margin: var(--dvc-space-1) 0;
  }
  .summary a {
    color: var(--dvc-color-danger);
    font-weight: var(--dvc-font-weight-strong);
    display: block;
    width: fit-content;
    min-height: var(--dvc-touch-target);
    padding-block: var(--dvc-space-2);
  }
  button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: var(--dvc-space-2) var(--dvc-space-5);
    font: inherit;
    font-weight: var(--dvc-font-weight-strong);
    border-radius: var(--dvc-radius-md);
    border: 2px solid var(--dvc-color-primary);
    background: var(--dvc-color-primary);
    color: var(--dvc-color-primary-contrast);
    cursor: pointer;
    justify-self: start;
  }
  button.secondary {
    background: var(--dvc-color-surface);
    color: var(--dvc-color-primary);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .status {
    border-inline-start: 6px solid var(--_accent, var(--dvc-color-info));
    background: var(--_surface, var(--dvc-color-info-surface));
    padding: var(--dvc-space-4);
    border-radius: var(--dvc-radius-sm);
  }
  .status.success {
    --_accent: var(--dvc-color-success);
    --_surface: var(--dvc-color-success-surface);
  }
  .status.warning {
    --_accent: var(--dvc-color-warning);
    --_surface: var(--dvc-color-warning-surface);
  }
  .status.danger {
    --_accent: var(--dvc-color-danger);
    --_surface: var(--dvc-color-danger-surface);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dvc-space-3);
  }
  .loading {
    display: grid;
    place-items: center;
    min-height: inherit;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
    .summary,
    .status,
    .question.invalid {
      border-color: CanvasText;
    }
  }
`;
