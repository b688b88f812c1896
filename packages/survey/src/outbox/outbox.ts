/**
 * The outbox engine: saves an answer before the network is touched, sends it
 * with its id as the Idempotency-Key, and removes it only once the server
 * acknowledged it. One engine per page (see {@link pageOutbox}); the
 * `OutboxController` connects widgets to it.
 */
import { isDvcError, type SurveyReceipt, type SurveyResponse } from '@dvc-kit/client';
import { indexedDbOutboxStore, type OutboxEntry, type OutboxStore } from './outbox-store';

/**
 * What an outbox needs from a client: `surveys.submit` with an idempotency
 * key. A `DvcClient` is one.
 *
 * @summary The part of `DvcClient` the outbox uses.
 */
export interface SurveySender {
  readonly surveys: {
    submit(
      dossier: string,
      response: SurveyResponse,
      options: { idempotencyKey: string },
    ): Promise<SurveyReceipt>;
  };
}

/**
 * How one attempt to deliver an entry ended:
 *
 * - `sent` — 2xx: stored (or the same key replayed); removed from the outbox.
 * - `already` — 409: the dossier was already rated; removed (the server has
 *   a rating, which is all the outbox promises).
 * - `retry` — network error, timeout, 5xx, 429, 408, a 409 "same key in
 *   progress", a body that broke the contract (a captive portal's 200 HTML
 *   page): kept, sent again later.
 * - `rejected` — the server refused these answers for good (400, 404, 422,
 *   409 "not available yet"): kept (nothing expires silently), not retried
 *   again on this page; a widget shows it and the citizen may answer again.
 * - `busy` — this entry is being sent by someone else (this page or, with
 *   Web Locks, another tab).
 * - `gone` — no longer in the outbox: someone else delivered it.
 *
 * @summary The outcome of one delivery attempt.
 */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly receipt: SurveyReceipt }
  | { readonly kind: 'already' }
  | { readonly kind: 'retry'; readonly error: unknown; readonly retryAfterMs?: number | undefined }
  | { readonly kind: 'rejected'; readonly error: unknown }
  | { readonly kind: 'busy' }
  | { readonly kind: 'gone' };

/** Something told about every settled entry (an `OutboxController`). */
export interface OutboxListener {
  /** The client to send with, if this listener has one now. */
  readonly sender: () => SurveySender | undefined;
  /** Called after every attempt on any entry (the listener filters by dossier). */
  readonly settled: (entry: OutboxEntry, outcome: SendOutcome) => void;
}

/** Retry timing of an outbox. */
export interface OutboxTiming {
  /** First wait after a failed flush, in ms. Default 2000. */
  readonly baseDelayMs?: number;
  /** Longest wait between flushes, in ms. Default 300000 (5 minutes). */
  readonly maxDelayMs?: number;
}

/** Options of {@link createOutbox}. */
export interface OutboxOptions extends OutboxTiming {
  /** Where entries live. Default: IndexedDB database `dvc-kit-survey`. */
  readonly store?: OutboxStore;
  /** Random source for jitter and ids (tests pin it). */
  readonly random?: () => number;
}

/** The result of saving an answer. */
export interface Enqueued {
  readonly entry: OutboxEntry;
  /**
   * `false` when IndexedDB was unusable (disabled storage, a broken private
   * mode): the answer is then kept in this page's memory only.
   */
  readonly durable: boolean;
}

/**
 * Decides what a failed `surveys.submit` means for the entry.
 *
 * @summary Classifies a submit error as retry, already answered or rejected.
 */
export function classifySubmitError(error: unknown): SendOutcome {
  if (!isDvcError(error)) return { kind: 'retry', error };
  if (error.code === 'INPUT') return { kind: 'rejected', error };
  if (error.code !== 'HTTP') return { kind: 'retry', error, retryAfterMs: error.retryAfterMs };
  const status = error.status ?? 0;
  const code = error.problem?.code;
  if (status === 409) {
    if (code === 'IDEMPOTENCY_IN_PROGRESS') {
      return { kind: 'retry', error, retryAfterMs: error.retryAfterMs };
    }
    if (code === 'SURVEY_NOT_AVAILABLE') return { kind: 'rejected', error };
    // SURVEY_ALREADY_ANSWERED, or a backend that sends a bare 409 (the contract's "already rated").
    return { kind: 'already' };
  }
  // 401/403: a session may come back (sign-in in another tab); the rest are the server's trouble.
  if (status === 408 || status === 425 || status === 429 || status === 401 || status === 403) {
    return { kind: 'retry', error, retryAfterMs: error.retryAfterMs };
  }
  if (status >= 500) return { kind: 'retry', error, retryAfterMs: error.retryAfterMs };
  return { kind: 'rejected', error };
}

/** A v4 UUID; `randomUUID` exists only in secure contexts (an http:// intranet portal is not one). */
export function newEntryId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The outbox of one page: entries in a store, an in-memory set of entries
 * in flight, and a flush loop with capped exponential backoff (full jitter
 * between half and all of the ceiling) that runs while at least one
 * listener (a connected `<dvc-survey>`) can lend it a client.
 *
 * @summary A survey outbox: save, send, retry, acknowledge.
 */
export class Outbox {
  private readonly store: OutboxStore;
  private readonly memory = new Map<string, OutboxEntry>();
  private readonly inFlight = new Set<string>();
  private readonly parked = new Set<string>();
  private readonly listeners = new Set<OutboxListener>();
  private readonly random: () => number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> | undefined;
  private again = false;

  constructor(options: OutboxOptions = {}) {
    this.store = options.store ?? indexedDbOutboxStore();
    this.random = options.random ?? Math.random;
    this.baseDelayMs = options.baseDelayMs ?? 2000;
    this.maxDelayMs = options.maxDelayMs ?? 300_000;
  }

  /** Starts telling `listener` about outcomes; the first listener starts the retry loop. */
  attach(listener: OutboxListener): void {
    this.listeners.add(listener);
  }

  /** Stops telling `listener`; with no listener left, no retry is scheduled. */
  detach(listener: OutboxListener): void {
    this.listeners.delete(listener);
    if (this.listeners.size === 0) this.cancelTimer();
  }

  /**
   * Saves an answer with a new id. Resolves once it is on disk (the
   * IndexedDB transaction committed) — before anything is sent.
   */
  async enqueue(dossier: string, response: SurveyResponse): Promise<Enqueued> {
    const entry: OutboxEntry = {
      id: newEntryId(),
      dossier,
      response,
      createdAt: Date.now(),
      attempts: 0,
    };
    try {
      await this.store.put(entry);
      return { entry, durable: true };
    } catch (error) {
      console.warn(
        '[dvc-kit] <dvc-survey>: the outbox cannot use IndexedDB; the answer is kept in memory only.',
        error,
      );
      this.memory.set(entry.id, entry);
      return { entry, durable: false };
    }
  }

  /** Entries waiting, oldest first (optionally only those of `dossier`). */
  async entries(dossier?: string): Promise<OutboxEntry[]> {
    let stored: OutboxEntry[] = [];
    try {
      stored = await this.store.all();
    } catch {
      // Storage unusable: only the in-memory entries are left.
    }
    const all = [...stored, ...this.memory.values()];
    return dossier === undefined ? all : all.filter((e) => e.dossier === dossier);
  }

  /** Whether an entry was refused for good on this page (see `rejected`). */
  isRejected(id: string): boolean {
    return this.parked.has(id);
  }

  /** Removes an entry on the citizen's explicit request (e.g. to answer again after a refusal). */
  async discard(id: string): Promise<void> {
    this.memory.delete(id);
    this.parked.delete(id);
    await this.store.delete(id);
  }

  /**
   * Sends one entry once (the client may retry inside that, under the same
   * key), unless it is already in flight, and tells every listener how it
   * ended.
   */
  async send(entry: OutboxEntry, sender: SurveySender): Promise<SendOutcome> {
    if (this.inFlight.has(entry.id)) return { kind: 'busy' };
    this.inFlight.add(entry.id);
    try {
      let outcome: { entry?: OutboxEntry | undefined; result: SendOutcome };
      try {
        outcome = await withCrossTabLock(entry.id, () => this.deliver(entry.id, sender));
      } catch (error) {
        // Storage failed under us: the entry stays wherever it is, and is tried again.
        outcome = { result: { kind: 'retry', error } };
      }
      const { result } = outcome;
      if (result.kind === 'retry' && !this.flushing && this.timer === undefined) {
        // A send outside a flush (the widget's own submit) still gets its retry.
        this.failures += 1;
        this.schedule(Math.max(result.retryAfterMs ?? 0, this.backoff()));
      }
      if (result.kind !== 'busy') {
        for (const listener of [...this.listeners])
          listener.settled(outcome.entry ?? entry, result);
      }
      return result;
    } finally {
      this.inFlight.delete(entry.id);
    }
  }

  private async deliver(
    id: string,
    sender: SurveySender,
  ): Promise<{ entry?: OutboxEntry | undefined; result: SendOutcome }> {
    // Read again under the lock: another tab may have delivered it meanwhile.
    const current = this.memory.get(id) ?? (await this.store.get(id));
    if (!current) return { result: { kind: 'gone' } };
    const entry = { ...current, attempts: current.attempts + 1 };
    if (this.memory.has(id)) this.memory.set(id, entry);
    else await this.store.put(entry).catch(() => undefined); // a lost count is no reason not to send
    let result: SendOutcome;
    try {
      const receipt = await sender.surveys.submit(entry.dossier, entry.response, {
        idempotencyKey: entry.id,
      });
      result = { kind: 'sent', receipt };
    } catch (error) {
      result = classifySubmitError(error);
    }
    if (result.kind === 'sent' || result.kind === 'already') {
      this.memory.delete(id);
      this.parked.delete(id);
      // If this delete fails, the next flush sends it again under the same key: a harmless replay.
      await this.store.delete(id).catch(() => undefined);
    } else if (result.kind === 'rejected') {
      this.parked.add(id);
    }
    return { entry, result };
  }

  /**
   * Sends every waiting entry (of every dossier), one after another; entries
   * refused for good on this page are skipped. Schedules the next flush with
   * backoff while something is left to retry. Concurrent calls share a run
   * (and one more run follows, so nothing saved meanwhile waits for the
   * backoff).
   */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.cancelTimer();
    this.flushing = (async () => {
      try {
        do {
          this.again = false;
          await this.flushOnce();
        } while (this.again);
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  /** Forgets the backoff and flushes now (the network came back, the tab is visible again). */
  wake(): Promise<void> {
    this.failures = 0;
    return this.flush();
  }

  private async flushOnce(): Promise<void> {
    const sender = this.sender();
    if (!sender) return;
    let retryAfterMs = 0;
    let failed = false;
    let left = false;
    for (const entry of await this.entries()) {
      if (this.parked.has(entry.id)) continue;
      const outcome = await this.send(entry, sender);
      if (outcome.kind === 'retry') {
        failed = true;
        retryAfterMs = Math.max(retryAfterMs, outcome.retryAfterMs ?? 0);
      } else if (outcome.kind === 'busy') {
        left = true;
      }
    }
    if (failed) this.failures += 1;
    else this.failures = 0;
    if (failed || left) this.schedule(Math.max(retryAfterMs, this.backoff()));
  }

  private backoff(): number {
    const ceiling = Math.min(
      this.maxDelayMs,
      this.baseDelayMs * 2 ** Math.max(0, this.failures - 1),
    );
    return Math.round(ceiling * (0.5 + this.random() / 2));
  }

  private schedule(delayMs: number): void {
    if (this.listeners.size === 0) return;
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Offline for sure: wait for the `online` event instead of failing again.
      if (globalThis.navigator?.onLine === false) return;
      void this.flush();
    }, delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private sender(): SurveySender | undefined {
    for (const listener of this.listeners) {
      const sender = listener.sender();
      if (sender) return sender;
    }
    return undefined;
  }
}

/**
 * Runs `fn` holding the Web Lock named after the entry, if the browser has
 * Web Locks; another tab holding it means the entry is in flight there.
 */
async function withCrossTabLock(
  id: string,
  fn: () => Promise<{ entry?: OutboxEntry | undefined; result: SendOutcome }>,
): Promise<{ entry?: OutboxEntry | undefined; result: SendOutcome }> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return fn();
  return locks.request(`dvc-kit-survey-outbox:${id}`, { ifAvailable: true }, (lock) =>
    lock ? fn() : { result: { kind: 'busy' } as const },
  );
}

let shared: Outbox | undefined;

/**
 * The outbox every `<dvc-survey>` of the page shares (created on first use).
 *
 * @summary The page's shared outbox.
 */
export function pageOutbox(): Outbox {
  shared ??= new Outbox();
  return shared;
}
