import type { DvcClient } from '@dvc-kit/client';
import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { DvcElement } from '../dvc-element';
import { clientForAttribute } from './client-for';
import { clientContext, dossierContext } from './context-keys';
import { ContextValueController } from './context-value-controller';

/**
 * Gives the widgets inside it one shared API client and the current dossier
 * code, so a portal page sets them once:
 *
 * ```html
 * <dvc-context api-base="/dvc/v1" dossier="000.00.12.H48-241120-0001">
 *   <dvc-payment-status></dvc-payment-status>
 *   <dvc-survey></dvc-survey>
 * </dvc-context>
 * ```
 *
 * A widget's own `api-base` or `dossier` attribute overrides the context.
 * Contexts nest: what an inner one does not set comes from the outer one.
 * It renders nothing of its own (`display: contents`): the page layout is
 * unchanged, and it does not restyle the page content inside it.
 *
 * @tagname dvc-context
 * @summary Context provider: shared client and dossier for widgets inside.
 * @slot - The widgets (and any other content).
 */
export class DvcContext extends DvcElement {
  // Not DvcElement's base styles: fonts or colours on this host would
  // restyle the page's own content slotted inside it.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the dvc-kit API, e.g. `/dvc/v1` (the portal's backend) or an absolute URL. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The dossier code (mã hồ sơ) the widgets inside are about. */
  @property() dossier?: string;

  /**
   * A client made by the page (e.g. with its own headers or retry policy);
   * it takes precedence over `api-base`. Set as a property from script.
   */
  @property({ attribute: false }) client?: DvcClient;

  // Own value, else an outer <dvc-context>'s. A provider never answers its
  // own host's requests, so these reach the next provider up.
  private readonly client$ = new ContextValueController(
    this,
    clientContext,
    () => this.client ?? (this.apiBase ? clientForAttribute(this.apiBase, this) : undefined),
  );
  private readonly dossier$ = new ContextValueController(
    this,
    dossierContext,
    () => this.dossier || undefined,
  );

  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly dossierProvider = new ContextProvider(this, { context: dossierContext });

  protected override willUpdate(): void {
    // setValue notifies consumers only when the value really changed.
    this.clientProvider.setValue(this.client$.value);
    this.dossierProvider.setValue(this.dossier$.value);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
