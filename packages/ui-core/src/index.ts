import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';

export class Probe extends LitElement {
  @property() name = 'x';
  override render() {
    return html`<p>${this.name}</p>`;
  }
}
customElements.define('dvc-probe', Probe);
