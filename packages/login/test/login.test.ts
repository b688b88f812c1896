/**
 * `<dvc-login>` in the test page, against the mock backend's msw handlers
 * (@dvc-kit/mock-api/browser): states, accessibility, keyboard, events,
 * errors. The page runs inside Vitest's frame, so tests that start a
 * sign-in set `allow-in-frame` — and one checks the refusal without it.
 */
import { createClient } from '@dvc-kit/client';
import { createHandlers, createScenario, createStore } from '@dvc-kit/mock-api/browser';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { announced, cleanUp, mock, mountLogin, type LoginHarness } from './harness';

beforeAll(() => mock.start());
afterEach(cleanUp);
afterAll(() => mock.stop());

async function violations(harness: LoginHarness): Promise<string[]> {
  const results = await axe.run(harness.element.closest('main')!, { resultTypes: ['violations'] });
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Mounts the widget in each state a citizen can meet (BFF mode). */
const states: Record<string, (lang: string) => Promise<LoginHarness>> = {
  async checking(lang) {
    mock.scenario.queueFault('latency=3000', { pathPrefix: '/v1/session' });
    const h = await mountLogin(`<dvc-login lang="${lang}"></dvc-login>`);
    await h.waitForText(lang === 'vi' ? 'Đang kiểm tra' : 'Checking');
    return h;
  },
  async 'signed out'(lang) {
    const h = await mountLogin(`<dvc-login lang="${lang}"></dvc-login>`);
    await h.waitForText(lang === 'vi' ? 'Đăng nhập bằng VNeID' : 'Sign in with VNeID');
    return h;
  },
  async 'signed in'(lang) {
    mock.scenario.signIn('an');
    const h = await mountLogin(`<dvc-login lang="${lang}"></dvc-login>`);
    await h.waitForText('Nguyễn Văn An');
    return h;
  },
  async expired(lang) {
    mock.scenario.signIn('an');
    const h = await mountLogin(`<dvc-login lang="${lang}"></dvc-login>`);
    await h.waitForText('Nguyễn Văn An');
    mock.scenario.signOut();
    await h.element.refresh();
    await h.waitForText(lang === 'vi' ? 'hết hạn' : 'expired');
    return h;
  },
  async error(lang) {
    mock.scenario.queueFault('malformed', { pathPrefix: '/v1/session' });
    const h = await mountLogin(`<dvc-login lang="${lang}"></dvc-login>`);
    await h.waitForText(lang === 'vi' ? 'Thử lại' : 'Try again');
    return h;
  },
};

describe('accessibility', () => {
  for (const lang of ['vi', 'en']) {
    for (const [name, mount] of Object.entries(states)) {
      it(`axe finds no violation: ${name} (${lang})`, async () => {
        const h = await mount(lang);
        expect(await violations(h)).toEqual([]);
      });
    }
  }

  it('axe finds no violation in the dark and provincial themes', async () => {
    for (const theme of ['dark', 'hue']) {
      mock.scenario.signIn('an');
      const h = await mountLogin(
        '<dvc-login></dvc-login>',
        `<main data-dvc-theme="${theme}"></main>`,
      );
      await h.waitForText('Nguyễn Văn An');
      expect(await violations(h)).toEqual([]);
      cleanUp();
      const out = await mountLogin(
        '<dvc-login></dvc-login>',
        `<main data-dvc-theme="${theme}"></main>`,
      );
      await out.waitForText('Đăng nhập bằng VNeID');
      expect(await violations(out)).toEqual([]);
      cleanUp();
    }
  });

  it('every state reserves the same height, so the page does not jump', async () => {
    const heights: Record<string, number> = {};
    for (const [name, mount] of Object.entries(states)) {
      const h = await mount('vi');
      h.element.style.width = '360px';
      heights[name] = h.height();
      cleanUp();
    }
    const values = Object.values(heights);
    expect(Math.max(...values) - Math.min(...values), JSON.stringify(heights)).toBeLessThanOrEqual(
      1,
    );
  });

  it('touch targets are at least 44 px and it reflows at 320 px', async () => {
    const h = await states['signed out']!('vi');
    h.element.style.width = '320px';
    for (const button of h.element.shadowRoot!.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(h.element.getBoundingClientRect().right + 0.5);
    }
    const base = h.element.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
  });
});

describe('BFF mode against the msw session handlers', () => {
  it('shows the signed-in citizen with masked data only, and says where it came from', async () => {
    mock.scenario.signIn('an');
    const h = await mountLogin('<dvc-login></dvc-login>');
    await h.waitForText('Đã đăng nhập với tên Nguyễn Văn An');
    expect(h.text()).toContain('Số định danh cá nhân: 0010****1234');
    expect(h.text()).toContain('Mức 2');
    expect(h.text()).not.toMatch(/\d{12}/);
    expect(h.buttons()).toEqual(['Đăng xuất']);
    expect(h.events).toEqual([
      {
        type: 'dvc-login-success',
        detail: {
          citizen: {
            name: 'Nguyễn Văn An',
            maskedId: '0010****1234',
            assuranceLevel: 2,
            provider: 'vneid',
          },
          restored: true,
        },
      },
    ]);
    expect(h.element.citizen?.maskedId).toBe('0010****1234');
  });

  it('uses the client of an enclosing <dvc-context>', async () => {
    await import('@dvc-kit/ui-core/define/dvc-context');
    mock.scenario.signIn('an');
    const h = await mountLogin('<dvc-context api-base="/v1"><dvc-login></dvc-login></dvc-context>');
    await h.waitForText('Nguyễn Văn An');
  });

  it('shows level 1 honestly', async () => {
    mock.scenario.signIn('binh');
    const h = await mountLogin('<dvc-login lang="en"></dvc-login>');
    await h.waitForText('Signed in as Trần Thị Bình');
    expect(h.text()).toContain('Level 1');
    expect(h.text()).toContain('0481****6789');
  });

  it('signs out with the keyboard (POST with the CSRF token); focus goes to the first provider', async () => {
    mock.scenario.signIn('an');
    const h = await mountLogin('<dvc-login></dvc-login>');
    await h.waitForText('Nguyễn Văn An');
    h.button('Đăng xuất').focus();
    await userEvent.keyboard('{Enter}');
    await h.waitForText('Đăng nhập bằng VNeID');
    expect(h.focused()).toBe('button[provider-button]: Đăng nhập bằng VNeID');
    expect(h.events.map((e) => e.type)).toEqual(['dvc-login-success', 'dvc-logout']);
    expect(h.events[1]?.detail).toEqual({ expired: false });
    expect(await announced()).toContain('Bạn đã đăng xuất.');
    // The backend session is gone (the handler refuses a logout without the token).
    const again = await mountLogin('<dvc-login></dvc-login>');
    await again.waitForText('Đăng nhập bằng VNeID');
  });

  it('offers VNeID and the national portal by default, with their own labels', async () => {
    const h = await mountLogin('<dvc-login></dvc-login>');
    await h.waitForText('Đăng nhập bằng VNeID');
    expect(h.buttons()).toEqual([
      'Đăng nhập bằng VNeID',
      'Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia',
    ]);
    document.documentElement.lang = 'en';
    await h.waitForText('Sign in with VNeID');
    expect(h.buttons()).toEqual([
      'Sign in with VNeID',
      'Sign in with a National Public Service Portal account',
    ]);
  });

  it('takes providers from the attribute and the property', async () => {
    const h = await mountLogin('<dvc-login providers="vneid"></dvc-login>');
    await h.waitForText('Đăng nhập bằng VNeID');
    expect(h.buttons()).toEqual(['Đăng nhập bằng VNeID']);
    h.element.providers = [
      'vneid',
      {
        id: 'bank',
        name: { vi: 'Ngân hàng số', en: 'Digital bank' },
        background: '#004d40',
        color: '#fff',
      },
    ];
    await h.element.updateComplete;
    expect(h.buttons()).toEqual(['Đăng nhập bằng VNeID', 'Đăng nhập bằng Ngân hàng số']);
  });

  it("keeps the provider's colours whatever the theme", async () => {
    const h = await mountLogin('<dvc-login></dvc-login>', '<main data-dvc-theme="dark"></main>');
    await h.waitForText('Đăng nhập bằng VNeID');
    const style = getComputedStyle(h.button('Đăng nhập bằng VNeID'));
    expect(style.backgroundColor).toBe('rgb(200, 16, 46)');
    expect(style.color).toBe('rgb(255, 255, 255)');
  });

  it('uses system colours in forced-colours mode', async () => {
    const h = await mountLogin('<dvc-login></dvc-login>');
    await h.waitForText('Đăng nhập bằng VNeID');
    await commands.emulateMedia({ forcedColors: 'active' });
    try {
      const style = getComputedStyle(h.button('Đăng nhập bằng VNeID'));
      expect(style.backgroundColor).not.toBe('rgb(200, 16, 46)');
      expect(style.borderTopStyle).toBe('solid');
    } finally {
      await commands.emulateMedia({ forcedColors: null });
    }
  });

  it('dvc-login-start is cancelable: the page stays, nothing is stored', async () => {
    const h = await mountLogin('<dvc-login allow-in-frame></dvc-login>');
    await h.waitForText('Đăng nhập bằng VNeID');
    h.element.addEventListener('dvc-login-start', (e) => e.preventDefault());
    await h.click('Đăng nhập bằng VNeID');
    expect(h.events).toEqual([
      { type: 'dvc-login-start', detail: { provider: 'vneid', mode: 'bff' } },
    ]);
    expect(h.text()).toContain('Đăng nhập bằng VNeID');
    expect(sessionStorage.length).toBe(0);
  });

  it('refuses to start a sign-in inside a frame unless allow-in-frame', async () => {
    // Vitest runs this page in a frame.
    expect(window.top).not.toBe(window.self);
    const h = await mountLogin('<dvc-login></dvc-login>');
    await h.waitForText('Đăng nhập bằng VNeID');
    h.button('Đăng nhập bằng VNeID').focus();
    await userEvent.keyboard('{Enter}');
    await h.waitForText('Không đăng nhập được');
    expect(h.text()).toContain('không thể đăng nhập khi trang được nhúng');
    expect(h.events).toEqual([{ type: 'dvc-login-error', detail: { code: 'AUTH_FRAMED' } }]);
    expect(h.focused()).toMatch(/^p\[status\]: Không đăng nhập được/);
    expect(h.element.shadowRoot!.querySelector('a[target="_blank"]')?.textContent).toContain(
      'Mở trang trong cửa sổ mới',
    );
    // Retry goes back to the providers.
    await h.click('Thử lại');
    expect(h.focused()).toBe('button[provider-button]: Đăng nhập bằng VNeID');
  });

  it('refuses a return-to on another origin', async () => {
    const h = await mountLogin(
      '<dvc-login allow-in-frame return-to="https://evil.example/steal"></dvc-login>',
    );
    await h.waitForText('Đăng nhập bằng VNeID');
    await h.click('Đăng nhập bằng VNeID');
    await h.waitForText('chưa được cấu hình đúng');
    expect(h.events.map((e) => e.type)).toEqual(['dvc-login-start', 'dvc-login-error']);
    expect(h.events[1]?.detail).toEqual({ code: 'AUTH_CONFIG' });
  });

  it('a network failure shows what happened and a retry that recovers', async () => {
    mock.scenario.signIn('an');
    const h = await mountLogin('<dvc-login></dvc-login>');
    await h.waitForText('Nguyễn Văn An');
    h.events.length = 0;
    mock.scenario.queueFault('drop', { pathPrefix: '/v1/session', times: 1 });
    // A page's own client, without retries, so the one dropped request shows.
    // Setting a client checks the session again.
    h.element.client = createClient({ baseUrl: '/v1', retry: false });
    await h.waitForText('Không kết nối được');
    expect(h.events.filter((e) => e.type === 'dvc-login-error')).toEqual([
      { type: 'dvc-login-error', detail: { code: 'NETWORK' } },
    ]);
    expect(await announced()).toContain('Không kết nối được');
    h.button('Thử lại').focus();
    await userEvent.keyboard('{Enter}');
    await h.waitForText('Nguyễn Văn An');
    expect(h.focused()).toMatch(/^p\[status\]: Đã đăng nhập với tên Nguyễn Văn An/);
  });

  it('a server error or malformed answer is SESSION_UNAVAILABLE, never a blank box', async () => {
    const h = await mountLogin('<dvc-login></dvc-login>');
    await h.waitForText('Đăng nhập bằng VNeID');
    mock.scenario.queueFault('status=503', { pathPrefix: '/v1/session', times: 1 });
    h.element.client = createClient({ baseUrl: '/v1', retry: false });
    await h.waitForText('Không kiểm tra được phiên đăng nhập');
    expect(h.events.at(-1)).toEqual({
      type: 'dvc-login-error',
      detail: { code: 'SESSION_UNAVAILABLE' },
    });
  });

  it('an expired session says so, offers the providers again and fires dvc-logout', async () => {
    const h = await states.expired!('vi');
    expect(h.text()).toContain('Phiên đăng nhập đã hết hạn');
    expect(h.buttons()).toContain('Đăng nhập bằng VNeID');
    expect(h.events.at(-1)).toEqual({ type: 'dvc-logout', detail: { expired: true } });
    expect(await announced()).toContain('Phiên đăng nhập đã hết hạn');
  });

  it('when the session reaches its expiresAt, the backend is asked again and the expiry is shown', async () => {
    // A backend whose sessions last 1.5 s.
    const store = createStore({ sessionTtlMs: 1500 });
    mock.worker.use(...createHandlers(store));
    try {
      createScenario(store).signIn('an');
      const h = await mountLogin('<dvc-login></dvc-login>');
      await h.waitForText('Nguyễn Văn An');
      await h.waitForText('Phiên đăng nhập đã hết hạn', 5000);
      expect(h.events.map((e) => e.type)).toEqual(['dvc-login-success', 'dvc-logout']);
      expect(h.events[1]?.detail).toEqual({ expired: true });
    } finally {
      mock.worker.resetHandlers();
    }
  });

  it('a failed sign-out is reported, and retry shows the session again', async () => {
    mock.scenario.signIn('an');
    const h = await mountLogin('<dvc-login></dvc-login>');
    await h.waitForText('Nguyễn Văn An');
    mock.scenario.queueFault('status=500', { pathPrefix: '/v1/session/logout', times: 1 });
    await h.click('Đăng xuất');
    await h.waitForText('Không đăng xuất được');
    expect(h.events.at(-1)).toEqual({
      type: 'dvc-login-error',
      detail: { code: 'SIGN_OUT_FAILED' },
    });
    expect(h.focused()).toMatch(/^p\[status\]/);
    await h.click('Thử lại');
    await h.waitForText('Nguyễn Văn An');
  });

  it('never logs personal data', async () => {
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    for (const m of methods) console[m] = (...args: unknown[]) => void logged.push(...args);
    try {
      mock.scenario.signIn('an');
      const h = await mountLogin('<dvc-login allow-in-frame></dvc-login>');
      await h.waitForText('Nguyễn Văn An');
      await h.click('Đăng xuất');
      await h.waitForText('Đăng nhập bằng VNeID');
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
    }
    const text = JSON.stringify(logged.map(String));
    expect(text).not.toContain('Nguyễn Văn An');
    expect(text).not.toContain('0010');
  });
});

describe('BFF mode: a refusal reported by the backend on return', () => {
  async function returnWith(query: string): Promise<{ h: LoginHarness; url: string }> {
    const before = location.href;
    sessionStorage.setItem('dvc-login:returning', 'vneid');
    history.replaceState(history.state, '', `${location.pathname}?${query}`);
    try {
      const h = await mountLogin('<dvc-login></dvc-login>');
      await h.waitForText('Không đăng nhập được');
      return { h, url: location.href };
    } finally {
      history.replaceState(history.state, '', before);
    }
  }

  for (const code of [
    'AUTH_STATE_MISMATCH',
    'AUTH_ISSUER_MISMATCH',
    'AUTH_NONCE_MISMATCH',
    'AUTH_CODE_INVALID',
  ]) {
    it(`?login_error=${code} ends in the matching error event, a visible error, nothing stored`, async () => {
      // Whatever the test runner keeps in localStorage is there before.
      const localKeys = Object.keys(localStorage);
      const { h, url } = await returnWith(`login_error=${code}`);
      expect(h.events).toEqual([{ type: 'dvc-login-error', detail: { code } }]);
      expect(h.text()).toContain('Phản hồi đăng nhập không hợp lệ hoặc đã được sử dụng');
      expect(h.focused()).toMatch(/^p\[status\]: Không đăng nhập được/);
      expect(url).not.toContain('login_error');
      expect(Object.keys(sessionStorage)).toEqual([]);
      expect(Object.keys(localStorage)).toEqual(localKeys);
      // Retry reads the session again: nobody is signed in.
      await h.click('Thử lại');
      await h.waitForText('Đăng nhập bằng VNeID');
    });
  }

  it('an unknown code reads as a provider error', async () => {
    const { h } = await returnWith('login_error=%3Cscript%3E');
    expect(h.events).toEqual([
      { type: 'dvc-login-error', detail: { code: 'AUTH_PROVIDER_ERROR' } },
    ]);
    expect(h.text()).not.toContain('<script>');
  });
});

describe('public mode (configuration errors; the flow itself: sandbox.test.ts)', () => {
  it('without issuer and client-id, a sign-in is refused as AUTH_CONFIG', async () => {
    const h = await mountLogin('<dvc-login mode="public" allow-in-frame></dvc-login>');
    await h.waitForText('Đăng nhập bằng VNeID');
    await h.click('Đăng nhập bằng VNeID');
    await h.waitForText('chưa được cấu hình đúng');
    expect(h.events.at(-1)).toEqual({ type: 'dvc-login-error', detail: { code: 'AUTH_CONFIG' } });
    expect(sessionStorage.length).toBe(0);
  });

  it('a callback in the URL with no sign-in pending is AUTH_STATE_MISMATCH, and the URL is cleaned', async () => {
    const before = location.href;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search ? `${location.search}&` : '?'}code=abc&state=forged`,
    );
    try {
      const h = await mountLogin(
        '<dvc-login mode="public" issuer="https://idp.example" client-id="c" allow-in-frame></dvc-login>',
      );
      await h.waitForText('Không đăng nhập được');
      expect(h.events).toEqual([
        { type: 'dvc-login-error', detail: { code: 'AUTH_STATE_MISMATCH' } },
      ]);
      expect(location.href).not.toContain('code=');
      expect(location.href).not.toContain('state=');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});
