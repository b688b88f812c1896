import {
  DOSSIER_CODE_PATTERN,
  isDvcError,
  type DvcClient,
  type Payment,
  type PaymentState,
} from '@dvc-kit/client';
import { AnnouncerController, DvcElement, type WidgetTranslateArgs } from '@dvc-kit/ui-core';
import { ClientController, DossierController } from '@dvc-kit/ui-core/context';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DvcPaymentStartEvent, DvcPaymentStatusChangeEvent } from './events';
import { messages, type PaymentMessageKey } from './messages';
import { paymentStatusStyles } from './payment-status.styles';
import { PollingController, type PollingMode } from './polling-controller';

/**
 * How each status is polled (see README "Polling"):
 * - `pending` may settle any moment: poll with backoff from `poll-min`;
 * - `unpaid`, `failed`, `expired`, `cancelled` change only when someone acts
 *   (a payment started on another device, a counter payment, the deadline):
 *   poll slowly, every `poll-max`; a retry from this widget polls briskly again;
 * - `paid`, `refunded`, `partially_refunded`, `not_required` are final: stop.
 */
const POLL_MODE: Record<PaymentState, PollingMode> = {
  pending: 'backoff',
  unpaid: 'slow',
  failed: 'slow',
  expired: 'slow',
  cancelled: 'slow',
  paid: 'stop',
  refunded: 'stop',
  partially_refunded: 'stop',
  not_required: 'stop',
};

type Tone = 'success' | 'warning' | 'danger' | 'info';

const TONE: Record<PaymentState, Tone> = {
  unpaid: 'warning',
  pending: 'info',
  paid: 'success',
  failed: 'danger',
  expired: 'warning',
  cancelled: 'danger',
  refunded: 'info',
  partially_refunded: 'info',
  not_required: 'success',
};

/** States whose deadline (`expiresAt`) is still running. */
const COUNTDOWN: ReadonlySet<PaymentState> = new Set(['unpaid', 'pending']);
/** States the citizen can start a new attempt from. */
const STARTABLE: ReadonlySet<PaymentState> = new Set(['unpaid', 'failed', 'expired', 'cancelled']);

const icon = (paths: TemplateResult) =>
  html`<svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths}
  </svg>`;

const circle = svg`<circle cx="12" cy="12" r="9" />`;
const ICONS: Record<Tone | 'none', TemplateResult> = {
  success: icon(svg`${circle}<path d="m8 12 3 3 5-6" />`),
  warning: icon(svg`<path d="M12 3 2 21h20L12 3z" /><path d="M12 10v4m0 3v.5" />`),
  danger: icon(svg`${circle}<path d="m9 9 6 6m0-6-6 6" />`),
  info: icon(svg`${circle}<path d="M12 7v5l3 2" />`),
  none: icon(svg`${circle}<path d="M8 12h8" />`),
};

/** A fresh Idempotency-Key (a v4 UUID), also on http:// intranet portals without randomUUID. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The fees of a dossier and where their payment stands: the fee items and
 * total in VND, the status as text and icon, the deadline with a countdown,
 * the transaction reference, and the action the status calls for — pay,
 * pay again (a new attempt with its own Idempotency-Key), download the
 * e-receipt, or the refund's details.
 *
 * It shows only what the API returned: a `?status=success` in the page URL
 * after the payment page changes nothing until the API says `paid`. It polls
 * while the status can still change (briskly while `pending`, slowly while
 * the citizen has something to do, never once final), backing off with
 * jitter, paused while the tab is hidden, one request at a time, aborted
 * when the element leaves the page. On a network or server error it keeps
 * the last payment, says when it was last updated and offers to try again.
 * Status changes are announced to screen readers (assertively for a failed
 * payment).
 *
 * The dossier and the API client come from its own `dossier` and `api-base`
 * attributes (or `client` property), else from the nearest `<dvc-context>`.
 *
 * @tagname dvc-payment-status
 * @summary The fees of a dossier and their payment status, kept current.
 *
 * @fires dvc-payment-status-change - The API returned a status other than the one shown; also once for the first status of a dossier (`previous: undefined`). Detail: `{ previous, current, dossier }`.
 * @fires dvc-payment-start - Cancelable. About to open the payment page. Detail: `{ dossier, payUrl, idempotencyKey }`; `preventDefault()` keeps the citizen on the page.
 *
 * @csspart base - The outer box.
 * @csspart heading - The "Fees and charges" heading.
 * @csspart status - The status line (icon and text).
 * @csspart items - The table of fee items and the total.
 * @csspart details - Deadline, transaction reference, receipt and refund details.
 * @csspart actions - The row of buttons.
 * @csspart action - The main action (pay, pay again, download the receipt).
 * @csspart refresh - The "Refresh" button.
 * @csspart updated - The "Last updated at …" line.
 * @csspart message - The box of an error or configuration message.
 *
 * @cssprop --dvc-payment-status-padding - Space inside the box (default `--dvc-space-4`).
 * @cssprop --dvc-payment-status-min-height - Height reserved for the box in every state (default `auto`).
 * @cssprop --dvc-color-surface - Background of the box.
 * @cssprop --dvc-color-primary - Buttons and links.
 * @cssprop --dvc-color-success - Icon and edge of a paid status (also danger, warning, info).
 */
export class DvcPaymentStatus extends DvcElement {
  static override styles = [DvcElement.styles, paymentStatusStyles];

  /** The dossier code (mã hồ sơ), e.g. `000.00.12.H48-241120-0001`; else the context's. */
  @property() dossier?: string;

  /** Base URL of the dvc-kit API, e.g. `/dvc/v1`; else the context's client. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** A client made by the page (set from script); wins over `api-base` and the context. */
  @property({ attribute: false }) client?: DvcClient;

  /** Shortest wait between two status checks, in ms. */
  @property({ attribute: 'poll-min', type: Number }) pollMin = 3000;

  /** Longest wait between two status checks, in ms. */
  @property({ attribute: 'poll-max', type: Number }) pollMax = 60_000;

  /** Where the payment page sends the citizen back to; default: this page. */
  @property({ attribute: 'return-url' }) returnUrl?: string;

  /** Level of the widget's heading in the page outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private starting = false;
  /** The citizen asked for a refresh that is still running. */
  @state() private refreshing = false;
  @state() private startError: unknown = undefined;
  @state() private now = Date.now();

  private readonly client$ = new ClientController(this);
  private readonly dossier$ = new DossierController(this);
  private readonly announcer = new AnnouncerController(this);

  /** What the poll is for: a client and a valid dossier code. */
  private target: { client: DvcClient; dossier: string } | undefined;
  /** The status shown, to tell changes from repeats. */
  private shownStatus: PaymentState | undefined;
  /** Idempotency-Key of the attempt being started; reused if that start must be repeated. */
  private attemptKey: string | undefined;
  private errorAnnounced = false;
  private tick: ReturnType<typeof setTimeout> | undefined;

  private readonly poll = new PollingController<Payment>(this, {
    task: (signal) => {
      const target = this.target;
      if (!target) return Promise.reject(new Error('no dossier'));
      return target.client.payments.get(target.dossier, { signal });
    },
    minInterval: () => this.pollMin,
    maxInterval: () => this.pollMax,
    mode: (payment) => POLL_MODE[payment.status],
    key: (payment) => payment.status,
    retryAfter: (error) => (isDvcError(error) ? error.retryAfterMs : undefined),
    onValue: (payment) => this.onPayment(payment),
    onError: () => this.onPollError(),
  });

  /** The dossier code this widget shows, once checked; `undefined` if none or invalid. */
  private get code(): string | undefined {
    const code = this.dossier$.value?.trim().toUpperCase();
    return code && DOSSIER_CODE_PATTERN.test(code) ? code : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTick();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on a page after a move: the countdown goes on from now.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.client ?? this.client$.value;
    const dossier = this.code;
    const previous = this.target;
    if (
      previous ? previous.client === client && previous.dossier === dossier : !client || !dossier
    ) {
      return;
    }
    this.target = client && dossier ? { client, dossier } : undefined;
    this.shownStatus = undefined;
    this.attemptKey = undefined;
    this.startError = undefined;
    this.errorAnnounced = false;
    if (this.target) this.poll.restart();
    else this.poll.stop();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleTick();
  }

  /**
   * Sends the browser to the payment page. Override it (or cancel
   * `dvc-payment-start`) to open the page some other way.
   */
  protected navigate(url: string): void {
    window.location.assign(url);
  }

  // ---- what the API said -------------------------------------------------

  private onPayment(payment: Payment): void {
    const previous = this.shownStatus;
    const current = payment.status;
    this.errorAnnounced = false;
    if (previous === current) return;
    this.shownStatus = current;
    if (previous !== undefined) {
      this.startError = undefined;
      this.announcer.announce(this.msg('announceStatus', { status: this.statusText(current) }), {
        politeness: current === 'failed' ? 'assertive' : 'polite',
      });
    }
    this.emit(new DvcPaymentStatusChangeEvent({ previous, current, dossier: payment.dossierCode }));
  }

  private onPollError(): void {
    if (this.errorAnnounced) return;
    this.errorAnnounced = true;
    const first = this.poll.value === undefined;
    this.announcer.announce(first ? this.msg('loadFailed') : this.msg('staleNotice'), {
      politeness: first ? 'assertive' : 'polite',
    });
  }

  // ---- actions -----------------------------------------------------------

  private readonly refresh = async (): Promise<void> => {
    this.refreshing = true;
    await this.poll.resume();
    this.refreshing = false;
  };

  /** Starts a new attempt (pay, pay again) and opens its payment page. */
  private readonly startPayment = async (): Promise<void> => {
    const target = this.target;
    if (!target || this.starting) return;
    // One key per attempt: repeating a start that failed in transit must not open a second one.
    this.attemptKey ??= newIdempotencyKey();
    const idempotencyKey = this.attemptKey;
    this.starting = true;
    this.startError = undefined;
    try {
      const returnUrl = this.returnUrl ?? this.defaultReturnUrl();
      const started = await target.client.payments.start(target.dossier, {
        idempotencyKey,
        ...(returnUrl ? { returnUrl } : {}),
      });
      if (this.target !== target) return;
      this.attemptKey = undefined;
      // The API's answer, so it may be shown: now pending; poll it briskly.
      this.poll.set(started);
      this.openPayPage(started.payUrl, idempotencyKey);
    } catch (error) {
      if (this.target !== target) return;
      // A definite refusal (e.g. 409: already paid) ends this attempt; look at the truth.
      if (isDvcError(error) && error.code === 'HTTP' && (error.status ?? 500) < 500) {
        this.attemptKey = undefined;
        void this.poll.resume();
      }
      this.startError = error;
      this.announcer.announce(this.msg('startFailed'), { politeness: 'assertive' });
    } finally {
      this.starting = false;
    }
  };

  private readonly onPayLinkClick = (event: MouseEvent): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    if (!this.target) return;
    const proceed = this.emit(
      new DvcPaymentStartEvent({
        dossier: this.target.dossier,
        payUrl: link.href,
        idempotencyKey: undefined,
      }),
    );
    if (!proceed) event.preventDefault();
  };

  private openPayPage(payUrl: string, idempotencyKey: string | undefined): void {
    const dossier = this.target?.dossier ?? '';
    const proceed = this.emit(new DvcPaymentStartEvent({ dossier, payUrl, idempotencyKey }));
    if (proceed) this.navigate(payUrl);
  }

  private defaultReturnUrl(): string | undefined {
    const here = new URL(window.location.href);
    if (here.protocol !== 'https:' && here.protocol !== 'http:') return undefined;
    here.hash = '';
    return here.href;
  }

  // ---- countdown ---------------------------------------------------------

  private scheduleTick(): void {
    this.stopTick();
    const payment = this.poll.value;
    if (!this.isConnected || !payment?.expiresAt || !COUNTDOWN.has(payment.status)) return;
    const left = Date.parse(payment.expiresAt) - Date.now();
    if (left <= 0) {
      // The deadline passed: ask the API (it decides "expired"), once.
      if (this.now < Date.parse(payment.expiresAt)) {
        this.now = Date.now();
        void this.poll.refresh();
      }
      return;
    }
    // Seconds are shown only in the last minute; before that, wake at each minute.
    const wait = left <= 61_000 ? 1000 : (left % 60_000) + 50;
    this.tick = setTimeout(() => {
      this.now = Date.now();
    }, wait);
  }

  private stopTick(): void {
    if (this.tick !== undefined) clearTimeout(this.tick);
    this.tick = undefined;
  }

  // ---- rendering ---------------------------------------------------------

  private msg<K extends PaymentMessageKey>(
    key: K,
    ...params: WidgetTranslateArgs<(typeof messages.catalogs.vi)[K]>
  ): string {
    return messages.t(this.language, key, ...params);
  }

  private statusText(status: PaymentState): string {
    return this.msg(`status.${status}`);
  }

  override render() {
    // Named by the heading and the dossier code: several widgets on one page
    // ("my dossiers") are then regions with distinct names.
    return html`<section
      part="base"
      aria-labelledby=${this.code ? 'heading code' : 'heading'}
      aria-busy=${
        this.poll.value === undefined && this.poll.status !== 'error' && this.target
          ? 'true'
          : 'false'
      }
    >
      <div class="head">
        <div part="heading" id="heading" role="heading" aria-level=${this.level()}>
          ${this.msg('heading')}
        </div>
        ${
          this.code
            ? html`<p class="code" id="code">
                ${this.t('dossierCode')}: <span>${this.code}</span>
              </p>`
            : nothing
        }
      </div>
      ${this.renderBody()}
    </section>`;
  }

  /**
   * `lang` for texts written by the agency (fee names, failure message,
   * refund reason): the API's content is in Vietnamese (its schema has no
   * language field), so they are marked when the widget speaks another
   * language (WCAG 3.1.2).
   */
  private get apiLang(): 'vi' | typeof nothing {
    return this.language === 'vi' ? nothing : 'vi';
  }

  private level(): number {
    const level = Math.trunc(this.headingLevel);
    return level >= 1 && level <= 6 ? level : 2;
  }

  private renderBody() {
    const raw = this.dossier$.value?.trim();
    if (!raw) return this.renderMessage(this.msg('missingDossier'), this.msg('missingDossierHint'));
    if (!this.code) {
      return this.renderMessage(
        this.msg('invalidDossier', { code: raw.length > 40 ? `${raw.slice(0, 40)}…` : raw }),
        this.msg('invalidDossierHint'),
      );
    }
    if (!this.target) return this.renderMessage(this.msg('noClient'), this.msg('noClientHint'));
    const payment = this.poll.value;
    if (payment) return this.renderPayment(payment);
    if (this.poll.status === 'error') {
      return this.renderMessage(this.msg('loadFailed'), this.errorHint(this.poll.error), true);
    }
    return this.renderSkeleton(this.target.dossier);
  }

  private renderMessage(title: string, hint: string, retry = false) {
    return html`<div part="message" class="message">
      <p><strong>${title}</strong></p>
      <p>${hint}</p>
      ${
        retry
          ? html`<button class="button primary" part="refresh" type="button" @click=${this.refresh}>
              ${this.refreshing ? this.t('retrying') : this.t('retry')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** What a failed request means for the citizen, and what to do. */
  private errorHint(error: unknown): string {
    if (!isDvcError(error)) return this.t('errorGeneric');
    if (error.code === 'NETWORK') return this.t('errorNetwork');
    if (error.code === 'TIMEOUT') return this.t('errorTimeout');
    if (error.status === 404) return `${this.t('errorNotFound')} ${this.msg('notFoundHint')}`;
    if (error.status === 429) return this.t('errorTooManyRequests');
    return this.t('errorGeneric');
  }

  /**
   * The loading state: a typical pending payment (one fee, a deadline, a
   * transaction reference), drawn with the real layout and texts of the
   * widget's language but as grey bars — so it wraps exactly like the loaded
   * view and the page does not jump when the answer comes. Inert and hidden
   * from assistive technology; a hidden "Loading…" says what is going on.
   */
  private renderSkeleton(dossier: string) {
    const now = Date.now();
    const sample: Payment = {
      dossierCode: dossier,
      // Fee names come from the agency in Vietnamese whatever the language;
      // this one has a typical length (two lines on a 320 px phone).
      items: [{ code: '-', name: messages.t('vi', 'itemsCaption'), amount: 100_000 }],
      total: 100_000,
      currency: 'VND',
      status: 'pending',
      expiresAt: new Date(now + 14 * 60_000).toISOString(),
      payUrl: 'https://example.invalid/',
      transactionRef: 'DVCQG000000000000',
      updatedAt: new Date(now).toISOString(),
    };
    return html`<p class="visually-hidden">${this.t('loading')}</p>
      <div class="skeleton" inert aria-hidden="true">${this.renderPayment(sample, now)}</div>`;
  }

  /** The payment; `sampleTime` draws it as the loading skeleton instead. */
  private renderPayment(payment: Payment, sampleTime?: number) {
    const { status } = payment;
    const tone = TONE[status];
    const skeleton = sampleTime !== undefined;
    const error = skeleton ? undefined : this.poll.error;
    const updated = sampleTime ?? this.poll.lastUpdated;
    return html`<div class="body">
      ${
        error !== undefined
          ? html`<div class="notice">
              <p>${this.msg('staleNotice')} ${this.errorHint(error)}</p>
              <button class="button" type="button" @click=${this.refresh}>
                ${this.refreshing ? this.t('retrying') : this.t('retry')}
              </button>
            </div>`
          : nothing
      }
      <p part="status" class="tone-${tone}">
        ${status === 'not_required' ? ICONS.none : ICONS[tone]}
        <span
          ><span class="visually-hidden">${this.msg('statusLabel')}: </span>${this.statusText(
            status,
          )}</span
        >
      </p>
      <p class="hint">${this.msg(`hint.${status}`)}</p>
      ${
        payment.failure
          ? html`<dl part="details">
              <dt>${this.msg('failureReason')}</dt>
              <dd lang=${this.apiLang}>${payment.failure.message}</dd>
              <dt>${this.msg('failureCode')}</dt>
              <dd>${payment.failure.code}</dd>
            </dl>`
          : nothing
      }
      ${payment.items.length > 0 ? this.renderItems(payment) : nothing}
      ${this.renderDetails(payment)}
      ${
        this.startError !== undefined && !skeleton
          ? html`<p class="notice">
              ${this.msg('startFailed')} ${this.errorHint(this.startError)}
            </p>`
          : nothing
      }
      <div part="actions">
        ${this.renderAction(payment)}
        <button class="button" part="refresh" type="button" @click=${this.refresh}>
          ${this.msg('refresh')}
        </button>
      </div>
      <p part="updated" class="muted">
        ${
          this.refreshing && !skeleton
            ? this.msg('refreshing')
            : updated === undefined
              ? nothing
              : this.t('lastUpdatedAt', { time: this.format.time(updated) })
        }${POLL_MODE[status] === 'stop' ? nothing : html` · ${this.msg('autoRefresh')}`}
      </p>
    </div>`;
  }

  private renderItems(payment: Payment) {
    const money = (amount: number) => this.format.currency(amount);
    return html`<table part="items">
      <caption class="visually-hidden">
        ${this.msg('itemsCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.msg('itemColumn')}</th>
          <th scope="col" class="amount">${this.msg('amountColumn')}</th>
        </tr>
      </thead>
      <tbody>
        ${payment.items.map(
          (item) =>
            html`<tr>
              <td lang=${this.apiLang}>${item.name}</td>
              <td class="amount">${money(item.amount)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${this.msg('total')}</th>
          <td class="amount">${money(payment.total)}</td>
        </tr>
      </tfoot>
    </table>`;
  }

  private renderDetails(payment: Payment) {
    const rows: TemplateResult[] = [];
    const row = (term: string, value: unknown) =>
      rows.push(
        html`<dt>${term}</dt>
          <dd>${value}</dd>`,
      );
    if (payment.expiresAt && (COUNTDOWN.has(payment.status) || payment.status === 'expired')) {
      // `now` (state) re-renders on each tick; the clock itself is read here.
      const left = Date.parse(payment.expiresAt) - Date.now();
      const running = COUNTDOWN.has(payment.status) && left > 0;
      row(
        this.msg('deadline'),
        html`<time datetime=${payment.expiresAt}>${this.format.dateTime(payment.expiresAt)}</time>
          (${
            running
              ? this.t('timeRemaining', { duration: this.format.duration(left) })
              : this.t('expired')
          })`,
      );
    }
    if (payment.transactionRef) row(this.msg('transactionRef'), payment.transactionRef);
    if (payment.receipt) row(this.msg('receiptNumber'), payment.receipt.number);
    if (payment.refund) {
      row(this.msg('refundAmount'), this.format.currency(payment.refund.amount));
      row(
        this.msg('refundedAt'),
        html`<time datetime=${payment.refund.refundedAt}
          >${this.format.date(payment.refund.refundedAt)}</time
        >`,
      );
      row(
        this.msg('refundReason'),
        html`<span lang=${this.apiLang}>${payment.refund.reason}</span>`,
      );
    }
    return rows.length ? html`<dl part="details">${rows}</dl>` : nothing;
  }

  private renderAction(payment: Payment) {
    const { status } = payment;
    if (payment.receipt) {
      return html`<a
        class="button primary"
        part="action"
        href=${payment.receipt.url}
        target="_blank"
        rel="noopener"
        >${this.msg('downloadReceipt')}<span class="visually-hidden">
          ${this.t('opensInNewTab')}</span
        ></a
      >`;
    }
    if (payment.payUrl && (status === 'unpaid' || status === 'pending')) {
      return html`<a
        class="button primary"
        part="action"
        href=${payment.payUrl}
        @click=${this.onPayLinkClick}
        >${this.msg(status === 'pending' ? 'continuePaying' : 'pay')}</a
      >`;
    }
    if (STARTABLE.has(status)) {
      return html`<button
        class="button primary"
        part="action"
        type="button"
        aria-disabled=${this.starting ? 'true' : 'false'}
        @click=${this.startPayment}
      >
        ${this.starting ? this.msg('starting') : this.msg(status === 'unpaid' ? 'pay' : 'payAgain')}
      </button>`;
    }
    return nothing;
  }
}
