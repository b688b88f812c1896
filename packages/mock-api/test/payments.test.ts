/** Payments move over time: polls (msw), the pay page (sandbox), expiry (clock). */
import { createClient } from '@dvc-kit/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStore, fixedClock } from '../src/index';
import { setupMockServer } from '../src/node';
import { startSandbox, type Sandbox } from '../src/sandbox/index';
import { CookieJar, location } from './support/jar';
import { postForm } from './support/login';

describe('msw: a pending payment settles after N polls', () => {
  const clock = fixedClock();
  const mock = setupMockServer({
    origin: 'https://api.dvc.test',
    settleAfterPolls: 3,
    store: createStore({ clock }),
  });
  const client = createClient({ baseUrl: 'https://api.dvc.test/v1', retry: false });
  beforeAll(() => mock.start());
  afterAll(() => mock.stop());
  beforeEach(() => {
    clock.set(Date.parse('2024-11-20T02:00:00Z'));
    mock.scenario.reset();
  });

  it('pending → paid with a receipt on the third read, and the dossier resumes processing', async () => {
    const code = mock.scenario.codes.paymentUnpaid;
    await client.payments.start(code, { idempotencyKey: 'p1' });
    expect((await client.payments.get(code)).status).toBe('pending');
    expect((await client.payments.get(code)).status).toBe('pending');
    const paid = await client.payments.get(code);
    expect(paid.status).toBe('paid');
    expect(paid.receipt?.number).toBeTruthy();
    expect(paid.payUrl).toBeUndefined();
    expect((await client.dossiers.status(code)).status).toBe('processing');
  });

  it('an unsettled attempt expires when the clock passes expiresAt', async () => {
    const code = mock.scenario.codes.paymentPending;
    const before = await client.payments.get(code);
    clock.set(Date.parse(before.expiresAt ?? ''));
    const after = await client.payments.get(code);
    expect(after.status).toBe('expired');
    // And it can be started again.
    expect((await client.payments.start(code, { idempotencyKey: 'again' })).status).toBe('pending');
  });
});

describe('sandbox: the payment page decides', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, returnOrigins: ['http://localhost:6006'] });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => sandbox.store.reset());

  async function start(code: string, returnUrl?: string) {
    const client = createClient({ baseUrl: `${sandbox.url}/v1`, retry: false });
    return client.payments.start(code, { ...(returnUrl ? { returnUrl } : {}) });
  }

  it('failure with a code: the page updates the store and returns to the same-origin URL', async () => {
    const code = sandbox.scenario.codes.paymentUnpaid;
    const started = await start(code, `${sandbox.url}/demo/ho-so?ma=${code}`);
    const jar = new CookieJar();
    const page = await jar.fetch(started.payUrl);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain(code);
    expect(text).toMatch(/135\.000\s*₫/);
    const attempt = new URL(started.payUrl).searchParams.get('attempt') ?? '';
    const done = await postForm(jar, `${sandbox.url}/pay/${code}`, {
      attempt,
      outcome: 'failure',
      failureCode: 'INSUFFICIENT_FUNDS',
    });
    expect(done.status).toBe(303);
    expect(location(done, sandbox.url)).toBe(`${sandbox.url}/demo/ho-so?ma=${code}`);
    const payment = await (await fetch(`${sandbox.url}/v1/dossiers/${code}/payment`)).json();
    expect(payment).toMatchObject({ status: 'failed', failure: { code: 'INSUFFICIENT_FUNDS' } });
  });

  it('success gives a receipt page; polls alone never settle in the sandbox', async () => {
    const code = sandbox.scenario.codes.paymentUnpaid;
    const started = await start(code);
    for (let i = 0; i < 5; i += 1) {
      expect(
        (await (await fetch(`${sandbox.url}/v1/dossiers/${code}/payment`)).json()).status,
      ).toBe('pending');
    }
    const attempt = new URL(started.payUrl).searchParams.get('attempt') ?? '';
    const done = await postForm(new CookieJar(), `${sandbox.url}/pay/${code}`, {
      attempt,
      outcome: 'success',
    });
    // No return URL was given: the page says what happened instead of redirecting.
    expect(done.status).toBe(200);
    const payment = await (await fetch(`${sandbox.url}/v1/dossiers/${code}/payment`)).json();
    expect(payment.status).toBe('paid');
    const receipt = await fetch(payment.receipt.url);
    expect(receipt.status).toBe(200);
    expect(await receipt.text()).toContain(payment.receipt.number);
  });

  it('cancel; a foreign return URL is not followed; a stale attempt is refused', async () => {
    const code = sandbox.scenario.codes.paymentCancelled;
    const first = await start(code, 'https://evil.example/steal');
    const attempt1 = new URL(first.payUrl).searchParams.get('attempt') ?? '';
    const second = await start(code, 'http://localhost:6006/iframe.html');
    const attempt2 = new URL(second.payUrl).searchParams.get('attempt') ?? '';
    expect(attempt2).not.toBe(attempt1);
    expect((await fetch(first.payUrl)).status).toBe(409);
    const stale = await postForm(new CookieJar(), `${sandbox.url}/pay/${code}`, {
      attempt: attempt1,
      outcome: 'success',
    });
    expect(stale.status).toBe(409);
    const done = await postForm(new CookieJar(), `${sandbox.url}/pay/${code}`, {
      attempt: attempt2,
      outcome: 'cancel',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('http://localhost:6006/iframe.html');
    expect((await (await fetch(`${sandbox.url}/v1/dossiers/${code}/payment`)).json()).status).toBe(
      'cancelled',
    );

    const third = await start(code, 'https://evil.example/steal');
    const attempt3 = new URL(third.payUrl).searchParams.get('attempt') ?? '';
    const notFollowed = await postForm(new CookieJar(), `${sandbox.url}/pay/${code}`, {
      attempt: attempt3,
      outcome: 'cancel',
    });
    expect(notFollowed.status).toBe(200);
    expect(notFollowed.headers.get('location')).toBeNull();
  });
});
