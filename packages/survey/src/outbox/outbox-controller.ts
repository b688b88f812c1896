import type { SurveyResponse } from '@dvc-kit/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  pageOutbox,
  type Enqueued,
  type Outbox,
  type OutboxListener,
  type SendOutcome,
  type SurveySender,
} from './outbox';
import type { OutboxEntry } from './outbox-store';

/** Options of {@link OutboxController}. */
export interface OutboxControllerOptions {
  /** The client to send with (read at each send; may be `undefined` for a while). */
  readonly client: () => SurveySender | undefined;
  /** Told after every delivery attempt of any entry (filter by `entry.dossier`). */
  readonly onSettled?: (entry: OutboxEntry, outcome: SendOutcome) => void;
  /** The outbox to use. Default: the page's shared one ({@link pageOutbox}). */
  readonly outbox?: Outbox;
}

/**
 * Connects a widget to the page's survey outbox. While its host is
 * connected it flushes the outbox — every waiting entry, of every dossier —
 * when it connects (a page load), when the browser goes `online`, and when
 * the tab becomes visible again, and lends its client to the outbox's retry
 * loop (capped exponential backoff).
 *
 * @summary Reactive controller: save an answer, send it, retry until acknowledged.
 * @example
 * class DvcSurvey extends DvcElement {
 *   private client$ = new ClientController(this);
 *   private outbox = new OutboxController(this, {
 *     client: () => this.client$.value,
 *     onSettled: (entry, outcome) => {
 *       if (outcome.kind === 'sent') console.log('stored', entry.dossier, outcome.receipt.id);
 *     },
 *   });
 *   async submit(dossier: string, response: SurveyResponse) {
 *     const { entry } = await this.outbox.save(dossier, response); // on disk now
 *     await this.outbox.send(entry);
 *   }
 * }
 */
export class OutboxController implements ReactiveController, OutboxListener {
  /** The outbox this controller talks to. */
  readonly outbox: Outbox;
  readonly sender: () => SurveySender | undefined;
  private readonly onSettled: ((entry: OutboxEntry, outcome: SendOutcome) => void) | undefined;

  constructor(host: ReactiveControllerHost, options: OutboxControllerOptions) {
    this.outbox = options.outbox ?? pageOutbox();
    this.sender = options.client;
    this.onSettled = options.onSettled;
    host.addController(this);
  }

  hostConnected(): void {
    this.outbox.attach(this);
    globalThis.addEventListener?.('online', this.wake);
    globalThis.document?.addEventListener('visibilitychange', this.onVisibility);
    // After the other controllers connected (the context's client arrives in theirs).
    queueMicrotask(() => void this.flush());
  }

  hostDisconnected(): void {
    this.outbox.detach(this);
    globalThis.removeEventListener?.('online', this.wake);
    globalThis.document?.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** @internal Called by the outbox after each attempt. */
  settled(entry: OutboxEntry, outcome: SendOutcome): void {
    this.onSettled?.(entry, outcome);
  }

  /** Saves an answer to the outbox; resolves once it is on disk, before anything is sent. */
  save(dossier: string, response: SurveyResponse): Promise<Enqueued> {
    return this.outbox.enqueue(dossier, response);
  }

  /** Sends one entry now (unless it is already in flight). */
  async send(entry: OutboxEntry): Promise<SendOutcome> {
    const sender = this.sender();
    if (!sender) {
      const error = new Error('No API client yet: set api-base or use <dvc-context>.');
      return { kind: 'retry', error };
    }
    return this.outbox.send(entry, sender);
  }

  /** Sends every waiting entry now. */
  flush(): Promise<void> {
    return this.outbox.flush();
  }

  /** Entries waiting (optionally for one dossier), oldest first. */
  entries(dossier?: string): Promise<OutboxEntry[]> {
    return this.outbox.entries(dossier);
  }

  private readonly wake = (): void => {
    void this.outbox.wake();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.wake();
  };
}
