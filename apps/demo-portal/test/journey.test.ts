/**
 * The citizen's journey on the demo portal, end to end, in Chromium: sign in
 * through the real OpenID Connect redirect, look up a dossier, pay on the
 * payment page, come back to "paid", download the receipt, rate the service.
 * Once with the mouse in Vietnamese on a desktop, once by keyboard only in
 * English on a 360 px phone. Every page is checked with axe, and no console
 * error or CSP violation may happen anywhere.
 */
import type { Page } from 'playwright';
import { describe, expect, test } from 'vitest';
import {
  expectAccessible,
  answerSurvey,
  expectPaymentStatus,
  tabTo,
  useDemoSuite,
} from './harness';

const suite = useDemoSuite();

/** Texts of the journey in each language. */
const TEXT = {
  vi: {
    signIn: 'Đăng nhập bằng VNeID',
    signedIn: /Nguyễn Văn An/,
    idpSubmit: /^Đăng nhập/,
    consent: /^Đồng ý/,
    code: 'Mã hồ sơ',
    lookUp: 'Tra cứu',
    pay: /^Thanh toán$/,
    payAgain: /^Thanh toán lại$/,
    paid: 'Đã thanh toán',
    failed: 'Thanh toán không thành công',
    receipt: /Tải biên lai điện tử/,
    confirm: /^Xác nhận/,
    send: 'Gửi đánh giá',
    thanks: 'Cảm ơn bạn đã đánh giá',
    status: 'Tình trạng hồ sơ',
  },
  en: {
    signIn: 'Sign in with VNeID',
    signedIn: /Nguyễn Văn An/,
    idpSubmit: /^Đăng nhập/,
    consent: /^Đồng ý/,
    code: 'Dossier code',
    lookUp: 'Look up',
    pay: /^Pay$/,
    payAgain: /^Pay again$/,
    paid: 'Paid',
    failed: 'Payment failed',
    receipt: /Download the e-receipt/,
    confirm: /^Xác nhận/,
    send: 'Send rating',
    thanks: 'Thank you for your rating',
    status: 'Dossier status',
  },
} as const;

type Lang = keyof typeof TEXT;

/** Puts the portal in `lang` with its switch, as a visitor would. */
async function chooseLanguage(page: Page, lang: Lang, keyboard: boolean): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current === lang) return;
  const button = page.getByRole('button', { name: lang === 'en' ? 'English' : 'Tiếng Việt' });
  if (keyboard) {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  } else {
    await button.click();
  }
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** Activates `target`: a click, or Tab until it has focus and then Enter. */
async function press(page: Page, target: ReturnType<Page['getByRole']>, keyboard: boolean) {
  if (keyboard) {
    await tabTo(page, target);
    await page.keyboard.press('Enter');
  } else {
    await target.click();
  }
}

/** The sandbox's VNeID stand-in: choose the first citizen (An), sign in, allow. */
async function signInAtProvider(page: Page, keyboard: boolean): Promise<void> {
  await page.waitForURL(/\/oidc\//);
  // The identity provider is another origin (its own port), like VNeID for a real portal.
  expect(new URL(page.url()).origin).toBe(suite.demo.oidcOrigin);
  expect(suite.demo.oidcOrigin).not.toBe(suite.demo.url);
  await expect.poll(() => page.getByRole('radio').count()).toBeGreaterThan(0);
  await expectAccessible(page, "the identity provider's sign-in page");
  const an = page.getByRole('radio', { name: /Nguyễn Văn An/ });
  if (keyboard) {
    await tabTo(page, an);
    await page.keyboard.press('Space');
  } else {
    await an.check();
  }
  await press(page, page.getByRole('button', { name: TEXT.vi.idpSubmit }), keyboard);
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByRole('button', { name: TEXT.vi.consent }).waitFor();
  await expectAccessible(page, "the identity provider's consent page");
  await press(page, page.getByRole('button', { name: TEXT.vi.consent }), keyboard);
}

async function journey(options: { lang: Lang; keyboard: boolean; width: number }) {
  const { lang, keyboard, width } = options;
  const t = TEXT[lang];
  const code = suite.demo.sandbox.scenario.codes.resultReady;
  // Fees collected when the result is handed over: the dossier is handled
  // (its survey is open) and its fees are still to pay.
  suite.demo.sandbox.scenario.setPaymentState(code, 'unpaid');

  const watched = await suite.newContext({
    viewport: { width, height: 800 },
    ...(width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const { page } = watched;

  // Home: the demo is marked as such; the language; accessibility.
  await page.goto(`${suite.demo.url}/`);
  await chooseLanguage(page, lang, keyboard);
  await expect
    .poll(() => page.getByText(lang === 'vi' ? 'BẢN DEMO' : 'DEMO', { exact: true }).isVisible())
    .toBe(true);
  const login = page.locator('dvc-login');
  await login.getByRole('button', { name: t.signIn }).waitFor();
  await expectAccessible(page, `home (${lang}, signed out)`);

  // Sign in through the real OIDC redirect, and come back signed in.
  await press(page, login.getByRole('button', { name: t.signIn }), keyboard);
  await signInAtProvider(page, keyboard);
  await page.waitForURL(`${suite.demo.url}/`);
  await login.getByText(t.signedIn).filter({ visible: true }).first().waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  await expectAccessible(page, `home (${lang}, signed in)`);

  // Look up the dossier with the plain form.
  const field = page.getByRole('textbox', { name: t.code });
  if (keyboard) {
    await tabTo(page, field);
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
  } else {
    await field.fill(code);
    await page.getByRole('button', { name: t.lookUp, exact: true }).click();
  }
  await page.waitForURL(/\/dossier\.html\?code=/);
  await page.getByRole('heading', { name: new RegExp(code.replaceAll('.', '\\.')) }).waitFor();
  await page.getByRole('heading', { name: t.status }).waitFor();
  const payment = page.locator('dvc-payment-status');
  const pay = payment.getByRole(lang === 'vi' ? 'link' : 'link', { name: t.pay });
  await payment.getByRole('button', { name: t.pay }).or(pay).first().waitFor();
  await expectAccessible(page, `dossier page (${lang}, unpaid)`);

  // Pay: the payment page, success, and back.
  await press(page, payment.getByRole('button', { name: t.pay }).or(pay).first(), keyboard);
  await page.waitForURL(/\/pay\//);
  await expectAccessible(page, "the sandbox's payment page");
  await press(page, page.getByRole('button', { name: t.confirm }), keyboard);
  await page.waitForURL(/\/dossier\.html\?code=/);
  await expectPaymentStatus(page, t.paid);
  expect(suite.demo.sandbox.store.payment(code)?.status).toBe('paid');

  // The receipt answers.
  const receipt = payment.getByRole('link', { name: t.receipt });
  const href = await receipt.getAttribute('href');
  expect(href).toBeTruthy();
  const answer = await page.request.get(new URL(href ?? '', page.url()).href);
  expect(answer.status()).toBe(200);
  await expectAccessible(page, `dossier page (${lang}, paid)`);

  // Rate the service: every required question, then send.
  const survey = page.locator('dvc-survey');
  await survey.getByRole('button', { name: t.send }).waitFor();
  await answerSurvey(page, keyboard);
  await press(page, survey.getByRole('button', { name: t.send }), keyboard);
  await survey.getByText(t.thanks).filter({ visible: true }).first().waitFor();
  expect(suite.demo.sandbox.scenario.surveyResponseCount(code)).toBe(1);
  await expectAccessible(page, `dossier page (${lang}, rated)`);
}

describe('the citizen journey', () => {
  test('in Vietnamese, with the mouse, on a desktop', async () => {
    await journey({ lang: 'vi', keyboard: false, width: 1280 });
  });

  test('in English, by keyboard only, on a 360 px phone', async () => {
    await journey({ lang: 'en', keyboard: true, width: 360 });
  });
});
