/** Sandbox surfaces beyond the contract: landing page, static files, worker script, scenario API over HTTP. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/sandbox/index';

/** A raw GET that keeps the path exactly as written (fetch would normalise `..`). */
function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('sandbox without a demo app', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());

  it('the landing page lists the URLs, accounts (masked) and every scenario code', async () => {
    const res = await fetch(`${sandbox.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await res.text();
    for (const path of [
      '/v1',
      '/auth/login?provider=vneid',
      '/oidc',
      '/__scenario',
      '/mockServiceWorker.js',
    ]) {
      expect(page).toContain(path);
    }
    expect(page).toContain('0010****1234');
    expect(page).not.toContain('001090001234');
    for (const code of Object.values(sandbox.scenario.codes)) expect(page).toContain(code);
  });

  it('serves msw’s worker script', async () => {
    const res = await fetch(`${sandbox.url}/mockServiceWorker.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toContain('Mock Service Worker');
  });

  it('answers unknown API paths with a problem, and refuses huge bodies with 413', async () => {
    const res = await fetch(`${sandbox.url}/v1/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const big = await fetch(
      `${sandbox.url}/v1/dossiers/${sandbox.scenario.codes.resultReady}/survey-responses`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'big' },
        body: JSON.stringify({
          surveyId: 'tt01-2018',
          answers: { gop_y: 'x'.repeat(2 * 1024 * 1024) },
        }),
      },
    );
    expect(big.status).toBe(413);
  });

  it('the scenario API over HTTP: codes, payment state, survey count, queued faults, reset', async () => {
    const { codes } = (await (await fetch(`${sandbox.url}/__scenario`)).json()) as {
      codes: Record<string, string>;
    };
    expect(codes).toEqual(sandbox.scenario.codes);
    const code = codes['paymentUnpaid'] as string;
    const put = await fetch(`${sandbox.url}/__scenario/payments/${code}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'failed', failureCode: 'CARD_LOCKED' }),
    });
    expect(put.status).toBe(204);
    const payment = await (await fetch(`${sandbox.url}/v1/dossiers/${code}/payment`)).json();
    expect(payment).toMatchObject({ status: 'failed', failure: { code: 'CARD_LOCKED' } });
    const badPut = await fetch(`${sandbox.url}/__scenario/payments/${code}`, {
      method: 'PUT',
      body: JSON.stringify({ status: 'failed', failureCode: 'NOPE' }),
    });
    expect(badPut.status).toBe(400);

    const count = async () =>
      (
        (await (await fetch(`${sandbox.url}/__scenario/survey-responses`)).json()) as {
          count: number;
        }
      ).count;
    const before = await count();
    const rated = await fetch(
      `${sandbox.url}/v1/dossiers/${codes['resultReady']}/survey-responses`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'h-1' },
        body: JSON.stringify({
          surveyId: 'tt01-2018',
          answers: {
            thoi_gian: 'som_han',
            so_co_quan: '1',
            so_lan_lien_he: '2',
            thai_do: 4,
            thong_tin: 4,
            ket_qua: 4,
          },
        }),
      },
    );
    expect(rated.status).toBe(201);
    expect(await count()).toBe(before + 1);
    const one = await (
      await fetch(`${sandbox.url}/__scenario/survey-responses?dossier=${codes['resultReady']}`)
    ).json();
    expect(one).toEqual({ count: 1 });

    const queued = await fetch(`${sandbox.url}/__scenario/faults`, {
      method: 'POST',
      body: JSON.stringify({ spec: 'drop', times: 1, pathPrefix: '/v1/procedures' }),
    });
    expect(queued.status).toBe(204);
    await expect(fetch(`${sandbox.url}/v1/procedures`)).rejects.toThrow(TypeError);
    expect((await fetch(`${sandbox.url}/v1/procedures`)).status).toBe(200);

    // The sandbox signs in only through its login flow.
    expect(
      (await fetch(`${sandbox.url}/__scenario/sign-in`, { method: 'POST', body: '{}' })).status,
    ).toBe(404);

    expect((await fetch(`${sandbox.url}/__scenario/reset`, { method: 'POST' })).status).toBe(204);
    expect((await (await fetch(`${sandbox.url}/v1/dossiers/${code}/payment`)).json()).status).toBe(
      'unpaid',
    );
    expect(await count()).toBe(before);
  });
});

describe('sandbox with a demo app', () => {
  let sandbox: Sandbox;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dvc-static-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Cổng dịch vụ công</title>');
    await writeFile(join(dir, 'app.js'), 'export {};');
    sandbox = await startSandbox({ port: 0, staticDir: dir });
  });
  afterAll(async () => {
    await sandbox.close();
    await rm(dir, { recursive: true });
  });

  it('serves the app at / and moves the landing page to /__sandbox', async () => {
    expect(await (await fetch(`${sandbox.url}/`)).text()).toContain('Cổng dịch vụ công');
    const js = await fetch(`${sandbox.url}/app.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await (await fetch(`${sandbox.url}/__sandbox`)).text()).toContain('dvc-kit sandbox');
    expect((await fetch(`${sandbox.url}/missing.js`)).status).toBe(404);
  });

  it('never serves files outside the directory', async () => {
    for (const path of [
      '/../package.json',
      '/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const res = await rawGet(sandbox.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('"name"');
      expect(res.body).not.toContain('root:');
    }
  });
});
