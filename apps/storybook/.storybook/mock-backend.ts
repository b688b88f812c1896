/**
 * The mock backend every story talks to: @dvc-kit/mock-api's msw handlers
 * over one in-memory store, in msw's service worker. No server is needed, in
 * `storybook dev`, in the static build and in the Vitest runs.
 *
 * The handlers are the worker's *initial* handlers, so they survive
 * msw-storybook-addon's `resetHandlers()` between stories; a story's
 * `parameters.msw` handlers are used in front of them.
 */
import { setupMockWorker, type MockWorker } from '@dvc-kit/mock-api/browser';
import type { SetupWorker } from 'msw/browser';

let backend: MockWorker | undefined;
let started: Promise<SetupWorker> | undefined;

/**
 * Storybook's preview is `iframe.html`; the worker script sits beside it,
 * also when the static build is served from a sub-path (GitHub Pages). Under
 * Vitest the page is elsewhere and static files are served at the root.
 */
function workerUrl(): string {
  const { pathname } = window.location;
  return pathname.endsWith('/iframe.html')
    ? `${pathname.slice(0, -'iframe.html'.length)}mockServiceWorker.js`
    : '/mockServiceWorker.js';
}

/**
 * The mock backend, created on first use. Pending payments never settle by
 * being read (`settleAfterPolls: null`): a "pending" story stays pending
 * while a designer looks at it.
 */
export function mockBackend(): MockWorker {
  backend ??= setupMockWorker({
    settleAfterPolls: null,
    serviceWorkerUrl: workerUrl(),
  });
  return backend;
}

/** Starts the worker once; msw-storybook-addon's `mswLoader` calls this. */
export function startMockBackend(): Promise<SetupWorker> {
  started ??= (async () => {
    const mock = mockBackend();
    await mock.start();
    return mock.worker;
  })();
  return started;
}
