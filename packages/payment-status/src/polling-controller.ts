import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How polling goes on after a successful fetch:
 *
 * - `'backoff'` — the value may change soon (a payment the gateway has not
 *   settled): poll again after the current interval, which starts at
 *   `minInterval` and grows by `factor` up to `maxInterval`;
 * - `'slow'` — it changes only when someone acts elsewhere: poll at
 *   `maxInterval`;
 * - `'stop'` — it is final: no more requests, not even when the tab returns
 *   (`refresh()` and `restart()` still fetch on demand).
 *
 * @summary What a poll result means for the next poll.
 */
export type PollingMode = 'backoff' | 'slow' | 'stop';

/** What the controller is doing now. */
export type PollingStatus = 'initial' | 'loading' | 'complete' | 'error';

/** @summary Options of a {@link PollingController}. */
export interface PollingOptions<T> {
  /**
   * Fetches the value. Called with a signal that aborts when the host leaves
   * the page or the controller is restarted; pass it to `fetch` / the client.
   * Never called while a previous call is still running.
   */
  task: (signal: AbortSignal) => Promise<T>;
  /** Shortest wait between two fetches, in ms (read before each wait). Default 3000. */
  minInterval?: () => number;
  /** Longest wait between two fetches, in ms (read before each wait). Default 60000. */
  maxInterval?: () => number;
  /** How polling goes on after `value` arrived. Default: always `'backoff'`. */
  mode?: (value: T) => PollingMode;
  /**
   * What counts as "the value changed": when the key of a new value differs
   * from the previous one, the wait goes back to `minInterval`. Default: the
   * wait never resets except on `restart()` or when the tab becomes visible.
   */
  key?: (value: T) => unknown;
  /** Growth of the wait after each poll. Default 2. */
  factor?: number;
  /**
   * Relative jitter: each wait is spread by ± this fraction (then kept
   * within min and max), so many open pages do not poll in step. Default 0.2.
   */
  jitter?: number;
  /** A wait the server asked for after `error` (e.g. `Retry-After`), in ms. */
  retryAfter?: (error: unknown) => number | undefined;
  /** Called with each new value and the one before (`undefined` the first time). */
  onValue?: (value: T, previous: T | undefined) => void;
  /** Called when a fetch fails (not when it was aborted). */
  onError?: (error: unknown) => void;
  /** Source of randomness for the jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

const DEFAULT_MIN_MS = 3000;
const DEFAULT_MAX_MS = 60_000;

/** A usable interval: finite, at least 10 ms. */
const sane = (ms: number, fallback: number): number =>
  Number.isFinite(ms) && ms >= 10 ? ms : fallback;

/**
 * Keeps a value fresh by polling, politely:
 *
 * - **one request at a time** — `refresh()` while a fetch runs joins it;
 * - **backoff with jitter** between `minInterval` and `maxInterval`, growing
 *   after every poll that brought nothing new (and after errors, also
 *   honouring a server's `Retry-After`);
 * - **paused while the tab is hidden** (`visibilitychange`): no timer runs;
 *   when the page is shown again it fetches at once and the wait restarts
 *   from the minimum; so does the browser coming back `online`;
 * - **aborted when the host leaves the page**: the in-flight request's
 *   signal aborts and no timer is left; it starts again if the host returns;
 * - **stops** when `mode(value)` says the value is final;
 * - **keeps the last value on errors**, with the time it was fetched, so the
 *   host can show stale data with "last updated at …" instead of a blank box.
 *
 * Why not `@lit/task`: a Task aborts its running call when it is run again
 * (a manual refresh would cancel the poll in flight instead of joining it)
 * and drops its value when a run fails, which is exactly what a status
 * widget on a bad network must not do. It also brings no scheduling.
 *
 * @summary Reactive controller: polite polling with backoff, pause and abort.
 * @example
 * class DvcPaymentStatus extends DvcElement {
 *   private poll = new PollingController(this, {
 *     task: (signal) => client.payments.get(this.dossier, { signal }),
 *     minInterval: () => this.pollMin,
 *     maxInterval: () => this.pollMax,
 *     mode: (payment) => (payment.status === 'pending' ? 'backoff' : 'stop'),
 *     key: (payment) => payment.status,
 *   });
 *   override render() {
 *     const payment = this.poll.value;
 *     return payment ? html`${payment.status}` : html`${this.t('loading')}`;
 *   }
 * }
 */
export class PollingController<T> implements ReactiveController {
  /** The last value fetched, kept through later errors. */
  value: T | undefined = undefined;
  /** The error of the last fetch, cleared by the next success. */
  error: unknown = undefined;
  /** When the last value arrived (epoch ms). */
  lastUpdated: number | undefined = undefined;
  /** What the controller is doing now. */
  status: PollingStatus = 'initial';

  private readonly host: ReactiveControllerHost & Element;
  private readonly options: PollingOptions<T>;
  private inFlight: Promise<void> | undefined;
  private abortController: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The base wait for the next poll, before jitter. */
  private interval = 0;
  private lastKey: unknown = undefined;
  /** The next value starts the wait from the minimum again (first value, resume, tab shown). */
  private fresh = true;
  private mode: PollingMode = 'backoff';
  private connected = false;
  /** Whether the controller should fetch: false before `start()` and after `stop()`. */
  private running = false;
  /** Bumped on restart/stop, so a fetch from before does not write its result. */
  private generation = 0;

  constructor(host: ReactiveControllerHost & Element, options: PollingOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether a fetch is running now. */
  get loading(): boolean {
    return this.inFlight !== undefined;
  }

  /** Whether a next poll is scheduled (false once final, stopped, hidden or disconnected). */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** The wait (before jitter) the next poll would use, in ms; for diagnostics and tests. */
  get currentInterval(): number {
    return this.interval;
  }

  hostConnected(): void {
    this.connected = true;
    this.document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.document.defaultView?.addEventListener('online', this.onVisibilityChange);
    if (this.running && this.mode !== 'stop') void this.refresh();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.document.defaultView?.removeEventListener('online', this.onVisibilityChange);
    // The page no longer shows the host: nobody will read the answer.
    this.halt();
  }

  /**
   * Forgets the value and polls from scratch (e.g. the dossier changed):
   * aborts a running fetch and fetches at once.
   */
  restart(): void {
    this.halt();
    this.value = undefined;
    this.error = undefined;
    this.lastUpdated = undefined;
    this.status = 'initial';
    this.running = true;
    this.mode = 'backoff';
    this.interval = this.minMs();
    this.fresh = true;
    this.lastKey = undefined;
    this.host.requestUpdate();
    if (this.connected) void this.refresh();
  }

  /** Stops polling and forgets the value (e.g. the host has nothing to poll for). */
  stop(): void {
    this.halt();
    this.running = false;
    this.value = undefined;
    this.error = undefined;
    this.lastUpdated = undefined;
    this.status = 'initial';
    this.host.requestUpdate();
  }

  /**
   * Goes back to polling from the minimum interval, keeping the value — for
   * when the host knows the value is about to change (it just started a
   * payment) or the user asked. Fetches at once.
   */
  resume(): Promise<void> {
    this.running = true;
    this.mode = 'backoff';
    this.interval = this.minMs();
    this.fresh = true;
    return this.refresh();
  }

  /**
   * Sets the value from elsewhere (e.g. the answer to a POST), as if a poll
   * had returned it, and schedules the next poll accordingly.
   */
  set(value: T): void {
    // A fetch sent before this value may answer with an older state.
    this.halt();
    this.running = true;
    this.accept(value);
    this.schedule();
    this.host.requestUpdate();
  }

  /**
   * Fetches now, unless a fetch is already running, in which case it waits
   * for that one (never two requests in flight). Resolves when done; never
   * rejects (the error is in `error`).
   */
  refresh(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (!this.connected) return Promise.resolve();
    this.running = true;
    this.clearTimer();
    const generation = this.generation;
    const controller = new AbortController();
    this.abortController = controller;
    this.status = 'loading';
    this.host.requestUpdate();
    const run = (async () => {
      try {
        const value = await this.options.task(controller.signal);
        if (generation !== this.generation || controller.signal.aborted) return;
        this.accept(value);
      } catch (error) {
        if (generation !== this.generation || controller.signal.aborted) return;
        this.error = error;
        this.status = 'error';
        this.grow();
        const asked = this.options.retryAfter?.(error);
        if (asked !== undefined && asked > this.interval) this.interval = asked;
        this.options.onError?.(error);
      }
    })().finally(() => {
      if (this.inFlight === run) {
        this.inFlight = undefined;
        this.abortController = undefined;
      }
      if (generation !== this.generation) return;
      this.schedule();
      this.host.requestUpdate();
    });
    this.inFlight = run;
    return run;
  }

  private accept(value: T): void {
    const previous = this.value;
    const key = this.options.key?.(value);
    this.value = value;
    this.error = undefined;
    this.status = 'complete';
    this.lastUpdated = Date.now();
    this.mode = this.options.mode?.(value) ?? 'backoff';
    if (this.mode === 'slow') {
      this.interval = this.maxMs();
    } else if (this.fresh || (this.options.key && !Object.is(key, this.lastKey))) {
      this.interval = this.minMs();
    } else {
      this.grow();
    }
    this.lastKey = key;
    this.fresh = false;
    this.options.onValue?.(value, previous);
  }

  /** Lengthens the wait by `factor`, up to the maximum. */
  private grow(): void {
    const factor = this.options.factor ?? 2;
    const base = this.interval > 0 ? this.interval : this.minMs();
    this.interval = Math.min(this.maxMs(), Math.max(this.minMs(), base * factor));
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.running || !this.connected || this.inFlight) return;
    // A final value stops polling; an error before any value backs off instead.
    if (this.mode === 'stop') return;
    if (this.document.visibilityState === 'hidden') return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, this.jittered());
  }

  /** The wait spread by ± jitter, kept within [min, max] (or a longer Retry-After). */
  private jittered(): number {
    const jitter = this.options.jitter ?? 0.2;
    const random = (this.options.random ?? Math.random)();
    const spread = this.interval * (1 + jitter * (2 * random - 1));
    const ceiling = Math.max(this.maxMs(), this.interval);
    return Math.round(Math.min(ceiling, Math.max(this.minMs(), spread)));
  }

  private readonly onVisibilityChange = (): void => {
    if (this.document.visibilityState === 'hidden') {
      this.clearTimer();
      return;
    }
    if (!this.running || this.mode === 'stop') return;
    // Back on the page (maybe from the payment page), or back online after a
    // weak-network spell: look now, then poll briskly.
    this.interval = this.minMs();
    this.fresh = true;
    void this.refresh();
  };

  private halt(): void {
    this.generation += 1;
    this.clearTimer();
    this.abortController?.abort();
    this.abortController = undefined;
    this.inFlight = undefined;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private minMs(): number {
    return sane(this.options.minInterval?.() ?? DEFAULT_MIN_MS, DEFAULT_MIN_MS);
  }

  private maxMs(): number {
    return Math.max(
      this.minMs(),
      sane(this.options.maxInterval?.() ?? DEFAULT_MAX_MS, DEFAULT_MAX_MS),
    );
  }

  private get document(): Document {
    return this.host.ownerDocument;
  }
}
