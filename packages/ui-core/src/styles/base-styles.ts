import { css, unsafeCSS } from 'lit';

/**
 * The declarations that hide an element visually but keep it in the
 * accessibility tree. Shared by `.visually-hidden` and the announcer's live
 * regions.
 *
 * @internal
 */
export const visuallyHidden =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;' +
  'clip-path:inset(50%);white-space:nowrap;border:0';

/**
 * The styles every dvc-kit widget starts from: tokens applied to the host,
 * `[hidden]` honoured, a visible focus ring (Highlight in forced colours), a
 * `.visually-hidden` class for screen-reader-only text (shown again while it
 * holds focus), and no motion when the user asked for none — the tokens
 * already zero the durations, this also stops motion a widget wrote without
 * them.
 *
 * Written one rule a line without indentation: the text of a css`` literal
 * ships as written (minifiers leave template text alone), so every space
 * here is a byte on every phone.
 *
 * @summary Shared host styles for every `DvcElement`.
 */
// prettier-ignore
export const baseStyles = css`
:host{box-sizing:border-box;font:var(--dvc-font-size-md)/var(--dvc-line-height-body) var(--dvc-font-family);color:var(--dvc-color-text)}
:host([hidden]){display:none!important}
*,::before,::after{box-sizing:inherit}
:focus-visible{outline:var(--dvc-focus-ring-width) solid var(--dvc-color-focus);outline-offset:var(--dvc-focus-ring-offset)}
.visually-hidden:not(:focus-within){${unsafeCSS(visuallyHidden)}}
@media (prefers-reduced-motion:reduce){*,::before,::after{animation-duration:0s!important;transition-duration:0s!important;scroll-behavior:auto!important}}
@media (forced-colors:active){:focus-visible{outline-color:Highlight}}
`;
