/**
 * The behaviour suite in Chromium, against msw's setupWorker: requests go
 * through the browser's real fetch and a service worker, and the client's
 * base URL is relative (`/v1`), resolved against the test page.
 */
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { clientSuite } from './suite/client-suite';

const API = `${location.origin}/v1`;
const worker = setupWorker();
const unhandled: string[] = [];

beforeAll(async () => {
  await worker.start({
    quiet: true,
    onUnhandledFrame: ({ frame, defaults }) => {
      const url = String((frame as { data?: { request?: Request } }).data?.request?.url);
      // Vitest's own module requests pass through; only API calls must be handled.
      if (!url.startsWith(API)) return;
      unhandled.push(url);
      defaults.error();
    },
  });
});
afterEach(() => {
  worker.resetHandlers();
  expect(unhandled.splice(0)).toEqual([]);
});
afterAll(() => worker.stop());

clientSuite({ apiRoot: API, baseUrl: '/v1', use: (...h) => worker.use(...h) });
