/** The contract suite against msw in Node (setupServer), via the real client. */
import { fixedClock } from '../src/index';
import { setupMockServer } from '../src/node';
import { contractSuite } from './support/contract';

contractSuite('msw (Node)', async () => {
  const mock = setupMockServer({ origin: 'https://api.dvc.test', store: { clock: fixedClock() } });
  mock.start();
  return {
    baseUrl: 'https://api.dvc.test/v1',
    store: mock.store,
    // Looked up per call, so msw's interception of the global fetch applies.
    fetch: (input, init) => globalThis.fetch(input, init),
    signIn: async (citizen) => {
      mock.scenario.signIn(citizen);
    },
    signOut: async () => {
      mock.scenario.signOut();
    },
    close: async () => mock.stop(),
  };
});
