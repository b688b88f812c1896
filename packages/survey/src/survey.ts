import {
  checkSurveyAnswers,
  DOSSIER_CODE_PATTERN,
  isDvcError,
  type DvcClient,
  type SurveyAnswer,
  type SurveyDefinition,
  type SurveyQuestion,
} from '@dvc-kit/client';
import { AnnouncerController, DvcElement, type WidgetTranslateArgs } from '@dvc-kit/ui-core';
import { ClientController, DossierController } from '@dvc-kit/ui-core/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DvcSurveyQueuedEvent, DvcSurveySubmitEvent, DvcSurveySubmittedEvent } from './events';
import { messages } from './messages';
import type { SendOutcome } from './outbox/outbox';
import { OutboxController } from './outbox/outbox-controller';
import type { OutboxEntry } from './outbox/outbox-store';
import { localizeDefinition } from './statutory';
import { surveyStyles } from './survey.styles';

/**
 * Where the widget stands: `idle` (no dossier yet — in kiosk mode, waiting
 * for the next one), `loading`, `ready` (the form), `submitting`, `queued`
 * (saved on the device, to be sent), `submitted` (the server stored it),
 * `answered` (the dossier was already rated), `error`.
 *
 * @summary The states of `<dvc-survey>`.
 */
export type SurveyViewState =
  'idle' | 'loading' | 'ready' | 'submitting' | 'queued' | 'submitted' | 'answered' | 'error';

type Problem =
  | 'noDossier'
  | 'invalidDossier'
  | 'noClient'
  | 'notAvailable'
  | 'notFound'
  | 'invalidSurvey'
  | 'rejected'
  | 'network'
  | 'timeout'
  | 'busy'
  | 'generic';

type Messages = typeof messages.catalogs.vi;

/** How long "Đang gửi…" shows before the widget says the answer is saved and will follow. */
const QUEUED_AFTER_MS = 4000;
/** The character counter is announced once typing pauses this long, near the limit. */
const COUNTER_PAUSE_MS = 1000;

/**
 * The satisfaction survey (đánh giá mức độ hài lòng) of one dossier. It
 * renders the survey the API defines (rating scales, single choices, free
 * text), checks the required answers, and never loses an answer: it is saved
 * to an IndexedDB outbox before the network is touched and removed only
 * when the server acknowledged it, across offline spells and reloads. The
 * answers carry the dossier code only, nothing that identifies the person.
 *
 * The dossier and the API client come from the element's own `dossier` and
 * `api-base`, else from the nearest `<dvc-context>`.
 *
 * @tagname dvc-survey
 * @summary Satisfaction survey of a dossier, with an offline-safe outbox.
 * @fires dvc-survey-submit - Valid answers are about to be saved and sent. Cancelable: `preventDefault()` stops it.
 * @fires dvc-survey-queued - The answers are saved on the device and will be sent when the connection is back. `detail: { dossier, outboxId }`.
 * @fires dvc-survey-submitted - The server stored the rating (also when it happens later from the outbox). `detail: { dossier, receiptId }`.
 * @csspart base - The outer box.
 * @csspart heading - The survey title, or the heading of a result state.
 * @csspart form - The form.
 * @csspart question - Each question (a fieldset for choices and ratings).
 * @csspart option - Each radio option (label with its input).
 * @csspart textarea - A free-text answer.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart submit - The send button.
 * @csspart status - The box of a result state (queued, thanks, already rated, error).
 * @cssprop --dvc-survey-max-width - Largest width of the widget (default 48rem).
 * @cssprop --dvc-survey-min-height - Height reserved while loading (default 20rem).
 * @cssprop --dvc-survey-target-size - Smallest size of buttons and options (at least 44px; 64px in kiosk mode).
 * @cssprop --dvc-color-primary - Buttons, selected options.
 * @cssprop --dvc-color-danger - Errors.
 */
export class DvcSurvey extends DvcElement {
  static override styles = [DvcElement.styles, surveyStyles];

  /** The dossier code (mã hồ sơ) to rate; else the one of the nearest `<dvc-context>`. */
  @property() dossier?: string;

  /** Base URL of the dvc-kit API (e.g. `/dvc/v1`); else the client of the nearest `<dvc-context>`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * A survey definition to render without fetching it (set from script, e.g.
   * `statutorySurvey()` on a counter kiosk with a weak connection). Without
   * it, the API's definition for the dossier is shown. A dossier already
   * rated is then detected when the answers are sent.
   */
  @property({ attribute: false }) definition?: SurveyDefinition;

  /** One-stop-centre tablet mode: larger type and targets (≥ 64 px), and it resets itself after each submission. */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** In kiosk mode, how many seconds the thanks stays before the form resets for the next citizen. */
  @property({ type: Number, attribute: 'kiosk-reset' }) kioskReset = 10;

  @state() private view: SurveyViewState = 'idle';
  @state() private problem: Problem | undefined;
  @state() private survey: SurveyDefinition | undefined;
  @state() private answers: Record<string, SurveyAnswer> = {};
  @state() private invalid: readonly string[] = [];
  @state() private receiptId: string | undefined;
  @state() private entry: OutboxEntry | undefined;
  @state() private durable = true;
  @state() private countdown = 0;
  @state() private retrying = false;
  @state() private sendFailed = false;

  private readonly client$ = new ClientController(this);
  private readonly dossier$ = new DossierController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly outbox = new OutboxController(this, {
    client: () => this.client$.value,
    onSettled: (entry, outcome) => this.settled(entry, outcome),
  });

  /** What is loaded now: dossier + client + definition; a change reloads. */
  private loadedKey: readonly unknown[] = [];
  private loading: AbortController | undefined;
  private rated: string | undefined;
  private kioskTimer: ReturnType<typeof setInterval> | undefined;
  private queuedTimer: ReturnType<typeof setTimeout> | undefined;
  private counterTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfterRender: string | undefined;

  /** Where the widget stands (read-only; see `SurveyViewState`). */
  get state(): SurveyViewState {
    return this.view;
  }

  /** One of the survey's own messages, in the widget's language. */
  private m<K extends keyof Messages & string>(
    key: K,
    ...params: WidgetTranslateArgs<Messages[K]>
  ): string {
    return messages.t(this.language, key, ...params);
  }

  /** The dossier this widget is about, normalised as the client sends it. */
  private get code(): string | undefined {
    return this.dossier$.value?.trim().toUpperCase() || undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('online', this.onOnline);
    this.loading?.abort();
    this.loadedKey = [];
    this.stopKiosk();
    clearTimeout(this.queuedTimer);
    clearTimeout(this.counterTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // In kiosk mode the thanks stays its full time even if the host already set the next dossier.
    if (this.kioskTimer !== undefined) return;
    const key = [this.code, this.client$.value, this.definition];
    if (key.every((v, i) => v === this.loadedKey[i])) return;
    // A client that arrived late (a <dvc-context> defined after us) still flushes the outbox.
    if (key[1] && key[1] !== this.loadedKey[1]) void this.outbox.flush();
    this.loadedKey = key;
    void this.load();
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  /** Back online: a survey that failed to load for want of a network loads again. */
  private readonly onOnline = (): void => {
    if (this.view === 'error' && (this.problem === 'network' || this.problem === 'timeout')) {
      this.reload();
    }
  };

  /**
   * Loads the survey (or the saved answer) of the current dossier. When the
   * citizen was using the widget (a retry, "answer again", a kiosk reset),
   * focus goes to the new heading: the control they used is gone.
   */
  private async load(): Promise<void> {
    const hadFocus = this.matches(':focus-within');
    await this.loadState();
    if (hadFocus && this.view !== 'loading') {
      this.focusAfterRender = 'h2';
      this.requestUpdate(); // the state's own update may have rendered already
      if (this.view === 'error')
        this.announcer.announce(this.problemText().title, { politeness: 'assertive' });
    }
  }

  private async loadState(): Promise<void> {
    this.loading?.abort();
    const abort = new AbortController();
    this.loading = abort;
    const code = this.code;
    const client: DvcClient | undefined = this.client$.value;
    this.resetForm();
    this.problem = undefined;
    this.receiptId = undefined;
    this.entry = undefined;
    if (!code) {
      this.view = this.kiosk ? 'idle' : 'error';
      if (!this.kiosk) this.problem = 'noDossier';
      return;
    }
    if (!DOSSIER_CODE_PATTERN.test(code)) return this.fail('invalidDossier');
    if (this.kiosk && code === this.rated) {
      this.view = 'idle';
      return;
    }
    this.view = 'loading';
    // An answer saved earlier (offline, then a reload) is shown as queued, not asked again.
    const saved = (await this.outbox.entries(code)).at(-1);
    if (abort.signal.aborted) return;
    if (saved) {
      this.entry = saved;
      if (this.outbox.outbox.isRejected(saved.id)) return this.fail('rejected');
      this.view = 'queued';
      void this.outbox.flush();
      return;
    }
    if (this.definition) {
      this.survey = this.definition;
      this.view = 'ready';
      return;
    }
    if (!client) return this.fail('noClient');
    try {
      const state = await client.surveys.get(code, { signal: abort.signal });
      if (abort.signal.aborted) return;
      if (state.answered) {
        this.receiptId = state.receipt?.id;
        this.view = 'answered';
        return;
      }
      this.survey = state.definition;
      this.view = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail(problemOf(error));
    }
  }

  /** What to say about the current problem: title, explanation, tone and the way out. */
  private problemText(): {
    title: string;
    body: string;
    info?: boolean;
    action?: 'retry' | 'again';
  } {
    const load = this.m('loadErrorTitle');
    switch (this.problem) {
      case 'noDossier':
        return { title: this.m('noDossierTitle'), body: this.m('noDossierBody') };
      case 'invalidDossier':
        return {
          title: this.m('noDossierTitle'),
          body: this.m('invalidDossierBody', { code: this.code ?? '' }),
        };
      case 'noClient':
        return { title: load, body: this.m('noClientBody') };
      case 'notAvailable':
        return {
          title: this.m('notAvailableTitle'),
          body: this.m('notAvailableBody'),
          info: true,
          action: 'retry',
        };
      case 'rejected':
        return { title: this.m('rejectedTitle'), body: this.m('rejectedBody'), action: 'again' };
      case 'notFound':
        return { title: load, body: this.t('errorNotFound'), action: 'retry' };
      case 'network':
        return { title: load, body: this.t('errorNetwork'), action: 'retry' };
      case 'timeout':
        return { title: load, body: this.t('errorTimeout'), action: 'retry' };
      case 'busy':
        return { title: load, body: this.t('errorTooManyRequests'), action: 'retry' };
      case 'invalidSurvey':
        return { title: load, body: this.m('invalidSurveyBody'), action: 'retry' };
      default:
        return { title: load, body: this.t('errorGeneric'), action: 'retry' };
    }
  }

  private fail(problem: Problem): void {
    this.problem = problem;
    this.view = 'error';
  }

  private resetForm(): void {
    this.survey = undefined;
    this.answers = {};
    this.invalid = [];
  }

  /** Reloads from scratch (the retry button, "answer again"). */
  private reload(): void {
    this.loadedKey = [];
    this.requestUpdate();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    // Double clicks and Enter pressed twice: only the first submit of a ready form counts.
    if (this.view !== 'ready' || !this.survey) return;
    const survey = this.survey;
    const code = this.code;
    if (!code) return;
    const answers = Object.fromEntries(
      Object.entries(this.answers).filter(([, a]) => typeof a !== 'string' || a.trim() !== ''),
    );
    const problems = checkSurveyAnswers(survey, answers);
    if (problems.length > 0) {
      this.invalid = survey.questions
        .filter((q) => problems.some((p) => p.questionId === q.id))
        .map((q) => q.id);
      this.focusAfterRender = '.summary';
      // Focus alone may not re-read a summary that was already there: say it again.
      this.announcer.announce(this.m('summaryTitle'), { politeness: 'assertive' });
      return;
    }
    this.invalid = [];
    const response = { surveyId: survey.id, answers };
    if (!this.emit(new DvcSurveySubmitEvent({ dossier: code, response }))) return;
    this.view = 'submitting';
    this.announcer.announce(this.m('sending'));
    const { entry, durable } = await this.outbox.save(code, response);
    this.entry = entry;
    this.durable = durable;
    this.queuedTimer = setTimeout(() => this.toQueued(entry), QUEUED_AFTER_MS);
    const outcome = await this.outbox.send(entry);
    // Outcomes reach settled() through the outbox; a send that could not start does not.
    if (outcome.kind === 'retry') this.toQueued(entry);
  }

  private toQueued(entry: OutboxEntry): void {
    clearTimeout(this.queuedTimer);
    if (this.view !== 'submitting' || this.entry?.id !== entry.id) return;
    this.view = 'queued';
    this.sendFailed = false;
    this.emit(new DvcSurveyQueuedEvent({ dossier: entry.dossier, outboxId: entry.id }));
    // Focus on the heading reads the title; the announcement adds the body.
    this.announcer.announce(this.m('queuedBody'));
    this.focusAfterRender = 'h2';
    this.startKiosk(entry.dossier);
  }

  /** Every delivery attempt of the page's outbox ends here; only this dossier's matter. */
  private settled(entry: OutboxEntry, outcome: SendOutcome): void {
    if (entry.dossier !== this.code) return;
    // A reload's flush may deliver this dossier's saved answer before load() looked for it.
    if (this.view === 'loading' && outcome.kind === 'sent') this.loading?.abort();
    else if (this.view !== 'submitting' && this.view !== 'queued') return;
    const focusHere = this.matches(':focus-within') || this.view === 'submitting';
    switch (outcome.kind) {
      case 'sent':
        clearTimeout(this.queuedTimer);
        this.view = 'submitted';
        this.receiptId = outcome.receipt.id;
        this.emit(
          new DvcSurveySubmittedEvent({ dossier: entry.dossier, receiptId: outcome.receipt.id }),
        );
        this.announcer.announce(this.m('thanksTitle'));
        break;
      case 'already':
        clearTimeout(this.queuedTimer);
        this.view = 'answered';
        this.announcer.announce(this.m('answeredTitle'));
        break;
      case 'rejected':
        clearTimeout(this.queuedTimer);
        this.entry = entry;
        this.fail('rejected');
        this.announcer.announce(this.m('rejectedTitle'), { politeness: 'assertive' });
        break;
      case 'retry':
        this.toQueued(entry);
        return;
      case 'gone':
        // Delivered by another tab: the API says what happened.
        this.reload();
        return;
      default:
        return;
    }
    if (focusHere) this.focusAfterRender = 'h2';
    this.startKiosk(entry.dossier);
  }

  private startKiosk(dossier: string): void {
    if (!this.kiosk) return;
    this.rated = dossier;
    this.stopKiosk();
    this.countdown = Math.max(1, Math.round(this.kioskReset));
    this.kioskTimer = setInterval(() => {
      this.countdown -= 1;
      if (this.countdown > 0) return;
      this.stopKiosk();
      // The next citizen gets an empty form: the dossier the host has set by now, or a waiting screen.
      this.reload();
    }, 1000);
  }

  private stopKiosk(): void {
    clearInterval(this.kioskTimer);
    this.kioskTimer = undefined;
  }

  private answer(question: SurveyQuestion, value: SurveyAnswer): void {
    this.answers = { ...this.answers, [question.id]: value };
  }

  private onText(question: SurveyQuestion & { type: 'text' }, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.answer(question, value);
    clearTimeout(this.counterTimer);
    const left = question.maxLength - value.length;
    if (left > nearLimit(question.maxLength)) return;
    this.counterTimer = setTimeout(() => {
      this.announcer.announce(
        left <= 0
          ? this.m('charsOver', { max: question.maxLength })
          : this.m('charsLeft', { count: left }),
      );
    }, COUNTER_PAUSE_MS);
  }

  private focusQuestion(event: Event, id: string): void {
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(
      `#q-${CSS.escape(id)} input, #q-${CSS.escape(id)} textarea`,
    );
    control?.focus();
    control?.closest('.question')?.scrollIntoView({ block: 'start' });
  }

  /** "Gửi ngay": one attempt now; if it fails too, say why (the answer stays saved). */
  private async sendNow(): Promise<void> {
    if (!this.entry || this.retrying) return;
    this.retrying = true;
    this.sendFailed = false;
    const outcome = await this.outbox.send(this.entry);
    this.retrying = false;
    if (outcome.kind === 'retry' && this.view === 'queued') {
      this.sendFailed = true;
      this.announcer.announce(this.t('errorNetwork'));
    }
  }

  private async answerAgain(): Promise<void> {
    if (this.entry) await this.outbox.outbox.discard(this.entry.id);
    this.reload();
  }

  override render() {
    return html`<section
      part="base"
      class="base"
      aria-labelledby="heading"
      aria-busy=${this.view === 'loading' ? 'true' : 'false'}
    >
      ${this.renderView()}
    </section>`;
  }

  private renderView(): TemplateResult {
    switch (this.view) {
      case 'loading':
        return html`<div class="loading">
          <h2 id="heading" part="heading" class="muted" tabindex="-1">${this.t('loading')}</h2>
        </div>`;
      case 'ready':
      case 'submitting':
        return this.renderForm();
      case 'queued':
        return this.renderStatus('warning', this.m('queuedTitle'), [
          html`<p>${this.m('queuedBody')}</p>`,
          html`<p>${this.durable ? this.m('queuedHint') : this.m('queuedMemoryOnly')}</p>`,
          this.sendFailed ? html`<p>${this.t('errorNetwork')}</p>` : nothing,
          this.kioskTimer
            ? nothing
            : html`<div class="actions">
                <button
                  type="button"
                  class="secondary"
                  aria-disabled=${this.retrying ? 'true' : 'false'}
                  @click=${this.sendNow}
                >
                  ${this.retrying ? this.t('retrying') : this.m('sendNow')}
                </button>
              </div>`,
        ]);
      case 'submitted':
        return this.renderStatus('success', this.m('thanksTitle'), [
          html`<p>${this.m('thanksBody')}</p>`,
          this.receiptId
            ? html`<p class="meta">${this.m('receipt', { id: this.receiptId })}</p>`
            : nothing,
        ]);
      case 'answered':
        return this.renderStatus('info', this.m('answeredTitle'), [
          html`<p>${this.m('answeredBody')}</p>`,
          this.receiptId
            ? html`<p class="meta">${this.m('receipt', { id: this.receiptId })}</p>`
            : nothing,
        ]);
      case 'idle':
        return this.renderStatus('info', this.m('kioskWaitingTitle'), [
          html`<p>${this.m('kioskWaitingBody')}</p>`,
        ]);
      case 'error':
        return this.renderError();
    }
  }

  private renderStatus(
    tone: 'success' | 'warning' | 'info' | 'danger',
    title: string,
    body: readonly unknown[],
  ): TemplateResult {
    return html`<div part="status" class="status ${tone}">
      <h2 id="heading" part="heading" tabindex="-1">${title}</h2>
      ${body}
      ${this.code ? html`<p class="meta">${this.t('dossierCode')}: <span class="code">${this.code}</span></p>` : nothing}
      ${
        this.kioskTimer
          ? html`<p class="meta">${this.m('kioskResetIn', { count: this.countdown })}</p>`
          : nothing
      }
    </div>`;
  }

  private renderError(): TemplateResult {
    const { title, body, info, action } = this.problemText();
    return this.renderStatus(info ? 'info' : 'danger', title, [
      html`<p>${body}</p>`,
      action
        ? html`<div class="actions">
            <button type="button" @click=${action === 'retry' ? this.reload : this.answerAgain}>
              ${action === 'retry' ? this.t('retry') : this.m('answerAgain')}
            </button>
          </div>`
        : nothing,
    ]);
  }

  private renderForm(): TemplateResult {
    const api = this.survey!;
    const survey = localizeDefinition(api, this.language);
    // WCAG 3.1.2: the API's texts are Vietnamese (its schema has no language
    // field); in another language, those the widget did not replace with its
    // own English (the statutory survey's) are marked so.
    const vi = this.language === 'vi' ? nothing : 'vi';
    const qLang = (q: SurveyQuestion) => (api.questions.includes(q) ? vi : nothing);
    const titleLang = survey.title === api.title ? vi : nothing;
    const textLang = survey.description === api.description ? vi : nothing;
    const busy = this.view === 'submitting';
    const invalid = survey.questions.filter((q) => this.invalid.includes(q.id));
    return html`
      <h2 id="heading" part="heading" tabindex="-1" lang=${titleLang}>${survey.title}</h2>
      ${survey.description ? html`<p class="muted" lang=${textLang}>${survey.description}</p>` : nothing}
      <p class="meta">
        ${this.t('dossierCode')}: <span class="code">${this.code}</span> · ${this.m('anonymity')}
      </p>
      <form part="form" novalidate @submit=${this.submit}>
        ${
          invalid.length > 0
            ? html`<div
                class="summary"
                part="error-summary"
                tabindex="-1"
                aria-labelledby="summary-title"
              >
                <div role="alert">
                  <h3 id="summary-title">${this.m('summaryTitle')}</h3>
                  <p>${this.m('summaryIntro')}</p>
                  <ul>
                    ${invalid.map(
                      (q) =>
                        html`<li lang=${qLang(q)}>
                          <a href="#q-${q.id}" @click=${(e: Event) => this.focusQuestion(e, q.id)}
                            >${q.label}</a
                          >
                        </li>`,
                    )}
                  </ul>
                </div>
              </div>`
            : nothing
        }
        ${survey.questions.map((q) => this.renderQuestion(q, qLang(q)))}
        <button type="submit" part="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? this.m('sending') : this.m('send')}
        </button>
      </form>
    `;
  }

  /** One question; `lang`: that of its texts (`vi` for the API's in another language). */
  private renderQuestion(q: SurveyQuestion, lang: 'vi' | typeof nothing): TemplateResult {
    const invalid = this.invalid.includes(q.id);
    const describedBy = [q.help ? `h-${q.id}` : '', invalid ? `e-${q.id}` : ''].filter(Boolean);
    const label = html`<span lang=${lang}>${q.label}</span>${
        q.required ? html` <span class="required">${this.m('requiredMark')}</span>` : nothing
      }`;
    const help = q.help ? html`<p class="hint" id="h-${q.id}" lang=${lang}>${q.help}</p>` : nothing;
    const error = invalid
      ? html`<p class="error" id="e-${q.id}">
          <span class="visually-hidden">${this.m('errorPrefix')}</span>
          ${q.type === 'text' ? this.m('errorEnter') : this.m('errorChoose')}
        </p>`
      : nothing;
    if (q.type === 'text') {
      const value = typeof this.answers[q.id] === 'string' ? (this.answers[q.id] as string) : '';
      const left = q.maxLength - value.length;
      return html`<div part="question" class="question ${invalid ? 'invalid' : ''}" id="q-${q.id}">
        <label class="label" for="t-${q.id}">${label}</label>
        ${help}
        <p class="hint" id="l-${q.id}">${this.m('charLimit', { max: q.maxLength })}</p>
        ${error}
        <textarea
          part="textarea"
          id="t-${q.id}"
          name=${q.id}
          maxlength=${q.maxLength}
          rows="4"
          ?required=${q.required}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${[...describedBy, `l-${q.id}`].join(' ')}
          .value=${value}
          @input=${(e: Event) => this.onText(q, e)}
        ></textarea>
        <p class="counter ${left <= nearLimit(q.maxLength) ? 'near' : ''}">
          ${
            left <= 0
              ? this.m('charsOver', { max: q.maxLength })
              : this.m('charsLeft', { count: left })
          }
        </p>
      </div>`;
    }
    const options =
      q.type === 'rating'
        ? q.labels.map((text, i) => ({ value: i + 1, text, point: String(i + 1) }))
        : q.options.map((o) => ({ value: o.value, text: o.label, point: '' }));
    return html`<fieldset
      part="question"
      class="question ${invalid ? 'invalid' : ''}"
      id="q-${q.id}"
      aria-describedby=${describedBy.length ? describedBy.join(' ') : nothing}
    >
      <legend>${label}</legend>
      ${help} ${error}
      <div class="options ${q.type === 'rating' ? 'rating' : ''}">
        ${options.map(
          (o) =>
            html`<label part="option" class="option">
              <input
                type="radio"
                name=${q.id}
                .value=${String(o.value)}
                .checked=${this.answers[q.id] === o.value}
                ?required=${q.required}
                aria-invalid=${invalid ? 'true' : 'false'}
                @change=${() => this.answer(q, o.value)}
              />
              ${o.point ? html`<span class="point" aria-hidden="true">${o.point}</span>` : nothing}
              <span lang=${lang}>${o.text}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }
}

/** Remaining characters at which the counter starts warning (and is announced). */
function nearLimit(max: number): number {
  return Math.max(10, Math.ceil(max * 0.1));
}

function problemOf(error: unknown): Problem {
  if (!isDvcError(error)) return 'generic';
  switch (error.code) {
    case 'INPUT':
      return 'invalidDossier';
    case 'NETWORK':
      return 'network';
    case 'TIMEOUT':
      return 'timeout';
    case 'RESPONSE_INVALID':
      return 'invalidSurvey';
    case 'HTTP':
      if (error.status === 404) return 'notFound';
      if (error.status === 409) return 'notAvailable';
      if (error.status === 429) return 'busy';
      return 'generic';
    default:
      return 'generic';
  }
}
