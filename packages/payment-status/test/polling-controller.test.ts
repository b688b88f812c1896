/**
 * Unit tests of PollingController with fake timers and a task under the
 * test's control (no network here: the widget's tests poll the mock backend
 * with real time).
 */
import { ReactiveElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PollingController, type PollingOptions } from '../src/polling-controller';
import { cleanUp, setVisibility } from './harness';

class PollHost extends ReactiveElement {}
customElements.define('poll-host', PollHost);

interface Call {
  signal: AbortSignal;
  resolve: (value: number) => void;
  reject: (error: unknown) => void;
}

/** A host with a controller whose task calls are recorded and settled by the test. */
function setUp(options: Partial<PollingOptions<number>> = {}) {
  const host = new PollHost();
  const calls: Call[] = [];
  const poll = new PollingController<number>(host, {
    task: (signal) =>
      new Promise<number>((resolve, reject) => calls.push({ signal, resolve, reject })),
    minInterval: () => 100,
    maxInterval: () => 800,
    random: () => 0.5, // no jitter unless a test asks for it
    ...options,
  });
  document.body.append(host);
  return { host, poll, calls };
}

/** Settles call `index` with `value` and lets the promise chain run. */
async function answer(calls: Call[], index: number, value: number | Error): Promise<void> {
  const call = calls[index];
  if (!call) throw new Error(`no call #${index}; there were ${calls.length}`);
  if (value instanceof Error) call.reject(value);
  else call.resolve(value);
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.querySelectorAll('poll-host').forEach((el) => el.remove());
  cleanUp();
});

describe('PollingController', () => {
  it('fetches on restart(), then backs off ×2 up to the maximum', async () => {
    const { poll, calls } = setUp();
    poll.restart();
    expect(calls).toHaveLength(1);
    await answer(calls, 0, 1);
    const waits: number[] = [];
    for (let i = 1; i <= 5; i++) {
      waits.push(poll.currentInterval);
      await vi.advanceTimersByTimeAsync(poll.currentInterval - 1);
      expect(calls).toHaveLength(i); // not yet
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(i + 1);
      await answer(calls, i, 1);
    }
    expect(waits).toEqual([100, 200, 400, 800, 800]);
  });

  it('spreads each wait by ± jitter, within min and max', async () => {
    let r = 0;
    const { poll, calls } = setUp({ random: () => r, jitter: 0.2 });
    poll.restart();
    await answer(calls, 0, 1);
    // base 100, random 0 → 80, kept at the minimum 100
    await vi.advanceTimersByTimeAsync(99);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    r = 1; // base 200 → 240
    await answer(calls, 1, 1);
    await vi.advanceTimersByTimeAsync(239);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    r = 0; // base 400 → 320
    await answer(calls, 2, 1);
    await vi.advanceTimersByTimeAsync(319);
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(4);
  });

  it('goes back to the minimum when the key changes, polls slowly or stops per mode', async () => {
    const { poll, calls } = setUp({
      key: (v) => v,
      mode: (v) => (v === 9 ? 'stop' : v === 5 ? 'slow' : 'backoff'),
    });
    poll.restart();
    await answer(calls, 0, 1);
    await vi.advanceTimersByTimeAsync(100);
    await answer(calls, 1, 1); // same key: grows to 200
    expect(poll.currentInterval).toBe(200);
    await vi.advanceTimersByTimeAsync(200);
    await answer(calls, 2, 2); // new key: back to 100
    expect(poll.currentInterval).toBe(100);
    await vi.advanceTimersByTimeAsync(100);
    await answer(calls, 3, 5); // slow: the maximum
    expect(poll.currentInterval).toBe(800);
    await vi.advanceTimersByTimeAsync(800);
    await answer(calls, 4, 9); // final
    expect(poll.scheduled).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(5);
    expect(poll.value).toBe(9);
  });

  it('never runs two tasks at once: refresh() while one runs joins it', async () => {
    const { poll, calls } = setUp();
    poll.restart();
    const a = poll.refresh();
    const b = poll.refresh();
    expect(calls).toHaveLength(1);
    expect(poll.loading).toBe(true);
    await answer(calls, 0, 7);
    await Promise.all([a, b]);
    expect(poll.value).toBe(7);
    expect(poll.loading).toBe(false);
  });

  it('keeps the last value through errors, backs off, honours retryAfter', async () => {
    const onError = vi.fn();
    const { poll, calls } = setUp({
      onError,
      retryAfter: (e) => ((e as Error).message === 'slow down' ? 5000 : undefined),
    });
    poll.restart();
    await answer(calls, 0, 3);
    const updated = poll.lastUpdated;
    await vi.advanceTimersByTimeAsync(100);
    await answer(calls, 1, new Error('boom'));
    expect(poll.status).toBe('error');
    expect(poll.value).toBe(3);
    expect(poll.lastUpdated).toBe(updated);
    expect(poll.currentInterval).toBe(200);
    expect(onError).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    await answer(calls, 2, new Error('slow down'));
    expect(poll.currentInterval).toBe(5000);
    await vi.advanceTimersByTimeAsync(4999);
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(4);
    await answer(calls, 3, 4);
    expect(poll.status).toBe('complete');
    expect(poll.error).toBeUndefined();
  });

  it('pauses while the page is hidden and fetches at once when it is shown', async () => {
    const { poll, calls } = setUp();
    poll.restart();
    await answer(calls, 0, 1);
    await vi.advanceTimersByTimeAsync(100);
    await answer(calls, 1, 1);
    setVisibility('hidden');
    expect(poll.scheduled).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(2);
    setVisibility('visible');
    expect(calls).toHaveLength(3);
    await answer(calls, 2, 1);
    // and the wait restarted from the minimum
    expect(poll.currentInterval).toBe(100);
  });

  it('fetches at once when the browser comes back online', async () => {
    const { poll, calls } = setUp({ maxInterval: () => 60_000 });
    poll.restart();
    await answer(calls, 0, 1);
    await vi.advanceTimersByTimeAsync(100);
    await answer(calls, 1, new Error('offline'));
    expect(calls).toHaveLength(2);
    window.dispatchEvent(new Event('online'));
    expect(calls).toHaveLength(3);
  });

  it('aborts the running task when the host leaves, and polls again when it returns', async () => {
    const { host, poll, calls } = setUp();
    poll.restart();
    const first = calls[0]!;
    host.remove();
    expect(first.signal.aborted).toBe(true);
    await answer(calls, 0, 1); // a late answer is ignored
    expect(poll.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    document.body.append(host);
    expect(calls).toHaveLength(2);
  });

  it('set() replaces the value and drops the answer of a fetch sent before', async () => {
    const onValue = vi.fn();
    const { poll, calls } = setUp({ onValue });
    poll.restart();
    await answer(calls, 0, 1);
    void poll.refresh();
    expect(calls).toHaveLength(2);
    poll.set(2);
    expect(calls[1]!.signal.aborted).toBe(true);
    await answer(calls, 1, 1);
    expect(poll.value).toBe(2);
    expect(onValue.mock.calls.map(([v, p]) => [v, p])).toEqual([
      [1, undefined],
      [2, 1],
    ]);
  });

  it('stop() forgets the value and polls no more', async () => {
    const { poll, calls } = setUp();
    poll.restart();
    await answer(calls, 0, 1);
    poll.stop();
    expect(poll.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
  });
});
