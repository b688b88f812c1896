/** The `/browser` entry in a real Chromium: msw's service worker serves the contract. */
import { createClient, isDvcError } from '@dvc-kit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/index';
import { setupMockWorker } from '../../src/browser';

const mock = setupMockWorker({ store: { clock: fixedClock() } });
const client = createClient({ baseUrl: '/v1', retry: false });

beforeAll(() => mock.start());
afterAll(() => mock.stop());

describe('setupMockWorker', () => {
  it('answers the client through the service worker, relative to the page', async () => {
    const page = await client.procedures.search({ q: 'khai sinh' });
    expect(page.items.map((p) => p.code)).toContain('1.004227');
    const status = await client.dossiers.status(mock.scenario.codes.overdue);
    expect(status.overdue).toBe(true);
  });

  it('a scenario sign-in shows in the session; logout needs the CSRF token', async () => {
    expect(await client.session.get()).toEqual({ authenticated: false });
    const session = mock.scenario.signIn('binh');
    expect(await client.session.get()).toMatchObject({ citizen: { maskedId: '0481****6789' } });
    await client.session.logout({ csrfToken: session.csrfToken ?? '' });
    expect(await client.session.get()).toEqual({ authenticated: false });
  });

  it('the scenario API answers over HTTP too (for pages that only have fetch)', async () => {
    const signedIn = await fetch('/__scenario/sign-in', {
      method: 'POST',
      body: JSON.stringify({ citizen: 'an' }),
    });
    expect(signedIn.status).toBe(200);
    expect(await client.session.get()).toMatchObject({ citizen: { name: 'Nguyễn Văn An' } });
    expect((await fetch('/__scenario/sign-out', { method: 'POST' })).status).toBe(204);
    expect(await client.session.get()).toEqual({ authenticated: false });
  });

  it('queued faults reach a caller that cannot set headers', async () => {
    mock.scenario.queueFault('drop', { pathPrefix: '/v1/dossiers' });
    const error = await client.payments
      .get(mock.scenario.codes.paymentPending)
      .catch((e: unknown) => e);
    expect(isDvcError(error) && error.code).toBe('NETWORK');
    expect((await client.payments.get(mock.scenario.codes.paymentPending)).status).toBe('pending');
  });

  it('rates a dossier once', async () => {
    const response = {
      surveyId: 'hai-chau-nhanh-2024',
      answers: { chung: 3, kenh_nop: 'truc_tuyen' },
    };
    await client.surveys.submit(mock.scenario.codes.customSurvey, response, {
      idempotencyKey: 'b1',
    });
    expect(mock.scenario.surveyResponseCount(mock.scenario.codes.customSurvey)).toBe(1);
  });
});
