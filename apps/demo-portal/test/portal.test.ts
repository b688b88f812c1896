/**
 * The portal beyond the happy path: a failed payment paid again, a rating
 * given offline and sent when the connection is back, codes that do not
 * exist, the page's headers, skip link and 320 px reflow.
 */
import type { Page } from 'playwright';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../server/demo-server';
import {
  answerSurvey,
  expectAccessible,
  expectPaymentStatus,
  useDemoSuite,
  type Watched,
  type DemoSuite,
} from './harness';

const suite = useDemoSuite();
/** The current test's watched context (set by {@link open}). */
let watched: Watched | undefined;

async function open(path: string, options: Parameters<DemoSuite['newContext']>[0] = {}) {
  watched = await suite.newContext(options);
  await watched.page.goto(`${suite.demo.url}${path}`);
  return watched.page;
}

/** Pays on the sandbox's payment page with `outcome`, and comes back. */
async function payAtGateway(page: Page, outcome: 'success' | 'failure'): Promise<void> {
  await page.waitForURL(/\/pay\//);
  if (outcome === 'failure') {
    await page.getByRole('radio', { name: /Thanh toán thất bại/ }).check();
  }
  await page.getByRole('button', { name: /^Xác nhận/ }).click();
  await page.waitForURL(/\/dossier\.html\?code=/);
}

describe('payments', () => {
  test('a failed payment is paid again: fail at the gateway, see it, retry, succeed', async () => {
    const code = suite.demo.sandbox.scenario.codes.paymentFailedDeclined;
    const page = await open(`/dossier.html?code=${code}`);
    // The dossier awaits payment: its survey is not open yet, which the API
    // answers with 409 SURVEY_NOT_AVAILABLE (and Chromium logs every 4xx).
    watched?.allow.push(/status of 409 \(Conflict\) \[[^\]]+\/v1\/dossiers\/[^/]+\/survey\]$/);
    const widget = page.locator('dvc-payment-status');
    await expectPaymentStatus(page, 'Thanh toán không thành công');
    await expectAccessible(page, 'dossier page, payment failed');

    await widget.getByRole('button', { name: 'Thanh toán lại' }).click();
    await payAtGateway(page, 'failure');
    await expectPaymentStatus(page, 'Thanh toán không thành công');
    expect(suite.demo.sandbox.store.payment(code)?.status).toBe('failed');

    await widget.getByRole('button', { name: 'Thanh toán lại' }).click();
    await payAtGateway(page, 'success');
    await expectPaymentStatus(page, 'Đã thanh toán');
    await widget.getByRole('link', { name: /Tải biên lai điện tử/ }).waitFor();
    // Paying moved the dossier on; the page's status box says so.
    await expect
      .poll(() => page.locator('#dossier-status').innerText())
      .toContain('Đang giải quyết');
  });
});

describe('signing in', () => {
  test('refusing consent at the provider brings the citizen back with a clear message', async () => {
    const page = await open('/');
    const login = page.locator('dvc-login');
    await login.getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
    await page.waitForURL(/\/oidc\//);
    // The identity provider is another origin, like VNeID for a real portal.
    expect(new URL(page.url()).origin).toBe(suite.demo.oidcOrigin);
    await page.getByRole('button', { name: /^Đăng nhập/ }).click();
    await page.getByRole('button', { name: /^Từ chối/ }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await login
      .getByText('Bạn đã hủy đăng nhập hoặc không đồng ý chia sẻ thông tin.')
      .filter({ visible: true })
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await expectAccessible(page, 'home, sign-in refused');
  });
});

describe('survey', () => {
  test('answered offline: saved on the device, sent when the connection is back', async () => {
    const code = suite.demo.sandbox.scenario.codes.levelOneResultReady;
    const page = await open(`/dossier.html?code=${code}`);
    const survey = page.locator('dvc-survey');
    await survey.getByRole('button', { name: 'Gửi đánh giá' }).waitFor();
    // Requests fail while offline; that is what this test is about.
    watched?.allow.push(/net::ERR_INTERNET_DISCONNECTED/);

    await watched?.context.setOffline(true);
    await answerSurvey(page, false);
    await survey.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await survey.getByText('Đã lưu câu trả lời').filter({ visible: true }).first().waitFor();
    expect(suite.demo.sandbox.scenario.surveyResponseCount(code)).toBe(0);
    await expectAccessible(page, 'survey queued offline');

    await watched?.context.setOffline(false);
    await survey
      .getByText('Cảm ơn bạn đã đánh giá')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 20_000 });
    expect(suite.demo.sandbox.scenario.surveyResponseCount(code)).toBe(1);
  });
});

describe('looking up', () => {
  test('an unknown code: the page and the widgets say so, and offer another lookup', async () => {
    const page = await open('/');
    // The API answers 404 for the unknown code (status, payment, survey); Chromium logs each.
    watched?.allow.push(
      /status of 404 \(Not Found\) \[[^\]]+\/v1\/dossiers\/000\.00\.12\.H48-241120-9999\//,
    );
    await page.getByRole('textbox', { name: 'Mã hồ sơ' }).fill('000.00.12.H48-241120-9999');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.waitForURL(/\/dossier\.html\?code=000\.00\.12\.H48-241120-9999/);
    await page.getByText(/Không tìm thấy hồ sơ có mã 000\.00\.12\.H48-241120-9999/).waitFor();
    await page.getByRole('link', { name: 'Tra cứu mã hồ sơ khác' }).waitFor();
    await expectAccessible(page, 'dossier page, unknown code');
  });

  test('no code at all: a message and the way back, no widgets', async () => {
    const page = await open('/dossier.html');
    await page.getByText('Chưa có mã hồ sơ').waitFor();
    expect(await page.locator('dvc-payment-status, dvc-survey').count()).toBe(0);
    await expectAccessible(page, 'dossier page without a code');
  });
});

describe('the page', () => {
  test('pages are sent with the strict CSP; pages and the embed bundle compressed', async () => {
    for (const path of ['/', '/dossier.html', '/elements/dvc-login.js', '/css/portal.css']) {
      const response = await fetch(`${suite.demo.url}${path}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      // Every page says it is a suite.demo.
      if (path.endsWith('/') || path.endsWith('.html'))
        expect(await response.text()).toContain('BẢN DEMO');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      // The policy governs documents; scripts and styles do not need to carry it.
      expect(response.headers.get('content-security-policy'), path).toBe(
        path.endsWith('.js') || path.endsWith('.css')
          ? null
          : contentSecurityPolicy({ formActions: [suite.demo.oidcOrigin] }),
      );
    }
    const csp = contentSecurityPolicy({ formActions: [suite.demo.oidcOrigin] });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("require-trusted-types-for 'script'");
    // Forms (the sign-in's redirect) go to this origin and the identity provider's only.
    expect(suite.demo.oidcOrigin).not.toBe(suite.demo.url);
    expect(csp).toContain(`form-action 'self' ${suite.demo.oidcOrigin};`);
  });

  test('the policy is enforced: an inline style and an untrusted HTML string are refused and seen', async () => {
    const page = await open('/');
    await page.locator('dvc-login').getByRole('button').first().waitFor();
    // This test provokes two violations on purpose, to prove that the watch sees them.
    watched?.allow.push(
      /CSP violation: style-src-attr blocked inline .* sample "outline: 9px solid red"/,
    );
    watched?.allow.push(/Applying inline style violates/);
    watched?.allow.push(/CSP violation: require-trusted-types-for blocked trusted-types-sink/);
    watched?.allow.push(/requires 'TrustedHTML' assignment/);
    const outcome = await page.evaluate(() => {
      const main = document.getElementById('main')!;
      main.setAttribute('style', 'outline: 9px solid red');
      const styled = main.style.outline !== '';
      let html = 'assigned';
      try {
        main.insertAdjacentHTML('beforeend', '<b id="x">x</b>');
      } catch (error) {
        html = (error as Error).name;
      }
      return { styled, html };
    });
    expect(outcome).toEqual({ styled: false, html: 'TypeError' });
    await expect
      .poll(() => watched?.problems.filter((p) => p.includes('CSP violation')).length)
      .toBeGreaterThanOrEqual(2);
    // The server got both reports too (report-uri; they arrive on their own time), then
    // they are not left for afterEach.
    await expect
      .poll(() => {
        const reports = JSON.stringify(suite.demo.cspReports);
        return ['"style-src-attr"', '"require-trusted-types-for"'].filter((d) =>
          reports.includes(d),
        );
      })
      .toHaveLength(2);
    suite.demo.cspReports.length = 0;
  });

  test('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('reflows at 320 px: no sideways scrolling on the home and dossier pages', async () => {
    const code = suite.demo.sandbox.scenario.codes.resultReady;
    const page = await open('/', { viewport: { width: 320, height: 640 } });
    await page.locator('dvc-login').getByRole('button').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.goto(`${suite.demo.url}/dossier.html?code=${code}`);
    await page.locator('dvc-survey').getByRole('button', { name: 'Gửi đánh giá' }).waitFor();
    await expectPaymentStatus(page, 'Đã thanh toán');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectAccessible(page, 'dossier page at 320 px');
  });

  test('the language switch sets <html lang>; the widgets and the next page follow', async () => {
    const code = suite.demo.sandbox.scenario.codes.resultReady;
    const page = await open(`/dossier.html?code=${code}`);
    await expectPaymentStatus(page, 'Đã thanh toán');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectPaymentStatus(page, 'Paid');
    await expect.poll(() => page.title()).toContain(`Dossier ${code}`);
    await page.goto(`${suite.demo.url}/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('heading', { name: 'Online public services' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Dịch vụ công trực tuyến' }).waitFor();
  });
});
