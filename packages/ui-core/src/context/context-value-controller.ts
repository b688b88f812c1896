import type { DvcClient } from '@dvc-kit/client';
import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { clientForAttribute } from './client-for';
import { clientContext, dossierContext } from './context-keys';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * "My own value, else the context's": reads a value the widget may set
 * itself (an attribute), falling back to the nearest provider of `context`.
 * The host re-renders when the provided value changes; its own value is read
 * each time `value` is, so it is always current. (The `ContextConsumer` it
 * holds is the reactive controller; this class only adds the fallback.)
 *
 * @summary Own value first, then the nearest context provider's.
 * @example
 * class DvcThing extends DvcElement {
 *   @property() region?: string;
 *   private region$ = new ContextValueController(this, regionContext, () => this.region);
 *   override render() {
 *     return html`${this.region$.value ?? '—'}`;
 *   }
 * }
 */
export class ContextValueController<T> {
  private readonly consumer: ContextConsumer<Context<unknown, T | undefined>, Host>;
  private readonly own: () => T | undefined;

  constructor(host: Host, context: Context<unknown, T | undefined>, own: () => T | undefined) {
    this.own = own;
    // The consumer re-renders the host itself whenever the provided value changes.
    this.consumer = new ContextConsumer(host, { context, subscribe: true });
  }

  /** The host's own value if it has one, else the provided one, else `undefined`. */
  get value(): T | undefined {
    return this.own() ?? this.consumer.value;
  }
}

/**
 * The dossier code a widget works on: its own `dossier` attribute, else the
 * nearest `<dvc-context dossier="…">`'s.
 *
 * @summary Own `dossier`, else the context's.
 * @example
 * class DvcPaymentStatus extends DvcElement {
 *   @property() dossier?: string;
 *   private dossier$ = new DossierController(this);
 *   override render() {
 *     return html`${this.t('dossierCode')}: ${this.dossier$.value}`;
 *   }
 * }
 */
export class DossierController extends ContextValueController<string> {
  constructor(host: Host & { dossier?: string | undefined }) {
    // An empty attribute (dossier="") names no dossier: fall back to the context.
    super(host, dossierContext, () => host.dossier || undefined);
  }
}

/**
 * The API client a widget talks to: one for its own `api-base` if set
 * (shared with every other user of that base URL), else the nearest
 * `<dvc-context>`'s client.
 *
 * @summary Own `apiBase` client, else the context's.
 * @example
 * class DvcPaymentStatus extends DvcElement {
 *   @property({ attribute: 'api-base' }) apiBase?: string;
 *   private client$ = new ClientController(this);
 *   private payment = new Task(this, {
 *     args: () => [this.client$.value, this.dossier$.value] as const,
 *     task: ([client, dossier], { signal }) => client?.payments.get(dossier!, { signal }),
 *   });
 * }
 */
export class ClientController extends ContextValueController<DvcClient> {
  constructor(host: Host & { apiBase?: string | undefined }) {
    super(host, clientContext, () =>
      host.apiBase ? clientForAttribute(host.apiBase, host) : undefined,
    );
  }
}
