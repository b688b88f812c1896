/**
 * The real mock backend (msw handlers of @dvc-kit/mock-api) in this page,
 * through msw's service worker, shared by every test file of the run.
 */
import { setupMockWorker, type MockWorker } from '@dvc-kit/mock-api/browser';
import { indexedDbOutboxStore } from '../../src/outbox/outbox-store';

let mock: MockWorker | undefined;

/** Starts the mock backend once and resets it (seed, faults, responses). */
export async function startMock(): Promise<MockWorker> {
  if (!mock) {
    mock = setupMockWorker();
    await mock.start();
  }
  mock.scenario.reset();
  return mock;
}

/** Seeded dossier codes (they depend on today's date). */
export function codes() {
  if (!mock) throw new Error('startMock() first');
  return mock.scenario.codes;
}

/** Survey responses the mock backend stored for `dossier`. */
export function storedResponses(dossier?: string): number {
  if (!mock) throw new Error('startMock() first');
  return mock.scenario.surveyResponseCount(dossier);
}

/**
 * The network goes away: every API request ends in a dropped connection
 * (the mock's `drop` fault), as on a phone that lost its signal.
 */
export function goOffline(): void {
  mock?.scenario.queueFault('drop', { times: 1000, pathPrefix: '/v1/' });
}

/** The network comes back: the queued faults are drained and `online` fires. */
export function goOnline({ event = true } = {}): void {
  while (mock?.store.takeQueuedFault('/v1/') !== undefined) {
    // drained one
  }
  if (event) window.dispatchEvent(new Event('online'));
}

/** Queues `spec` (e.g. `status=503`, `latency=6000`) for the next `times` survey submissions. */
export function faultOnSubmit(dossier: string, spec: string, times = 1): void {
  mock?.scenario.queueFault(spec, {
    times,
    pathPrefix: `/v1/dossiers/${dossier}/survey-responses`,
  });
}

/** Queues `spec` for the next `times` requests for the survey of `dossier` (GET). */
export function faultOnLoad(dossier: string, spec: string, times = 1): void {
  mock?.scenario.queueFault(spec, { times, pathPrefix: `/v1/dossiers/${dossier}/survey` });
}

/**
 * Calls `listener` with every survey submission (POST) as it reaches the mock
 * backend, before any handler runs. Returns a function that stops listening.
 */
export function onSubmitRequest(listener: (request: Request) => void): () => void {
  if (!mock) throw new Error('startMock() first');
  const handler = (event: unknown) => {
    const e = event as { data?: { request?: Request }; request?: Request };
    const request = e.data?.request ?? e.request;
    if (request?.method === 'POST' && request.url.includes('/survey-responses')) listener(request);
  };
  mock.worker.events.on('request:start', handler as never);
  return () => mock?.worker.events.removeListener('request:start', handler as never);
}

/** Empties the survey outbox in IndexedDB. */
export async function clearOutbox(): Promise<void> {
  const store = indexedDbOutboxStore();
  for (const entry of await store.all()) await store.delete(entry.id);
}

/** Entries in the survey outbox in IndexedDB. */
export async function outboxEntries() {
  return indexedDbOutboxStore().all();
}
