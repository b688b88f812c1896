/** The behaviour suite in Node, against msw's setupServer. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { clientSuite } from './suite/client-suite';

const API = 'https://api.test/v1';
const server = setupServer();
const unhandled: string[] = [];

beforeAll(() =>
  server.listen({
    onUnhandledFrame: ({ frame, defaults }) => {
      unhandled.push(String((frame as { data?: { request?: Request } }).data?.request?.url));
      defaults.error();
    },
  }),
);
afterEach(() => {
  server.resetHandlers();
  // A request no handler expected fails the test that sent it.
  expect(unhandled.splice(0)).toEqual([]);
});
afterAll(() => server.close());

clientSuite({ apiRoot: API, baseUrl: API, use: (...h) => server.use(...h) });
