/**
 * @dvc-kit/mock-api/browser — the mock backend in a browser through msw's
 * service worker, for Storybook and a server-less demo. The page must serve
 * `mockServiceWorker.js` at its root: generate it with
 * `npx msw init <public dir>` (again after msw upgrades).
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type HandlerOptions } from './handlers/index';
import { createScenario, type Scenario } from './scenario';
import { createStore, MockStore, type StoreOptions } from './store/store';

/** Options of {@link setupMockWorker}. */
export interface MockWorkerOptions extends HandlerOptions {
  /** An existing store, or options for a new one. */
  store?: MockStore | StoreOptions;
  /** URL of the worker script. Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
}

/** A running msw worker with its store and scenario API. */
export interface MockWorker {
  worker: SetupWorker;
  store: MockStore;
  scenario: Scenario;
  /** Registers the worker; requests outside the API pass through. */
  start(): Promise<void>;
  stop(): void;
}

/**
 * Sets up msw in the browser with the mock backend's handlers.
 *
 * @example
 * ```ts
 * const mock = setupMockWorker();
 * await mock.start();
 * mock.scenario.signIn('an');
 * ```
 */
export function setupMockWorker(options: MockWorkerOptions = {}): MockWorker {
  const { store: given, serviceWorkerUrl, ...handlerOptions } = options;
  const store = given instanceof MockStore ? given : createStore(given);
  const worker = setupWorker(...createHandlers(store, handlerOptions));
  return {
    worker,
    store,
    scenario: createScenario(store),
    start: async () => {
      await worker.start({
        onUnhandledFrame: 'bypass',
        quiet: true,
        serviceWorker: { url: serviceWorkerUrl ?? '/mockServiceWorker.js' },
      });
    },
    stop: () => worker.stop(),
  };
}

export * from './index';
