/**
 * @dvc-kit/mock-api/node — the mock backend in Node through msw's
 * `setupServer`, for unit tests of code that calls the API.
 */
import { createRequire } from 'node:module';
import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers, type HandlerOptions } from './handlers/index';
import { createScenario, type Scenario } from './scenario';
import { createStore, MockStore, type StoreOptions } from './store/store';

/** Options of {@link setupMockServer}. */
export interface MockServerOptions extends HandlerOptions {
  /** An existing store; default a new one made with `store` options. */
  store?: MockStore | StoreOptions;
}

/** A running msw server with its store and scenario API. */
export interface MockServer {
  /** msw's server: call `listen()` / `close()` (or use `start`/`stop`). */
  server: SetupServer;
  store: MockStore;
  scenario: Scenario;
  /** `server.listen` with unhandled requests as errors (a request the mock does not know is a bug). */
  start(): void;
  /** `server.close`. */
  stop(): void;
}

/**
 * Sets up msw in Node with the mock backend's handlers.
 *
 * @example
 * ```ts
 * const mock = setupMockServer({ origin: 'https://api.test' });
 * beforeAll(() => mock.start());
 * afterEach(() => mock.scenario.reset());
 * afterAll(() => mock.stop());
 * ```
 */
export function setupMockServer(options: MockServerOptions = {}): MockServer {
  const { store: given, ...handlerOptions } = options;
  const store = given instanceof MockStore ? given : createStore(given);
  const server = setupServer(...createHandlers(store, handlerOptions));
  return {
    server,
    store,
    scenario: createScenario(store),
    start: () => server.listen({ onUnhandledFrame: 'error' }),
    stop: () => server.close(),
  };
}

/** Absolute path of msw's `mockServiceWorker.js`, to copy or serve (e.g. in a dev server). */
export function mockServiceWorkerPath(): string {
  return createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
}

export * from './index';
