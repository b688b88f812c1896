// What the widget takes from Lit.
export { LitElement, html, svg, css, nothing } from 'lit';
export { property, state } from 'lit/decorators.js';
