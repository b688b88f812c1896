/**
 * What stories use to put the mock backend in a state: the seeded dossier
 * codes (one per scenario, see packages/mock-api/README.md), the scenario
 * API, and clients that ask the mock for a fault on every request.
 */
import { createClient, type DvcClient } from '@dvc-kit/client';
import { FAULT_HEADER } from '@dvc-kit/mock-api/browser';
import { mockBackend } from '../../.storybook/mock-backend';

/** Where the mock API answers (msw matches any origin). */
export const API_BASE = '/v1';

/** Seeded receipt codes by scenario, e.g. `codes.paymentPending`. */
export const codes = mockBackend().scenario.codes;

/** The scenario API of the story's mock backend (reset before each story). */
export const scenario = () => mockBackend().scenario;

/**
 * A client whose every request carries `X-Mock-Fault: <spec>` — `drop`,
 * `status=503`, `latency=4000`, `malformed`… (packages/mock-api README,
 * "Faults"). Passed to a widget's `client` property, the fault stays with
 * that one widget, so other stories on a docs page are not affected.
 * Retries are off so the failure shows at once.
 */
export function faultyClient(spec: string): DvcClient {
  return createClient({ baseUrl: API_BASE, headers: { [FAULT_HEADER]: spec }, retry: false });
}
