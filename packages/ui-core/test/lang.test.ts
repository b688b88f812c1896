import { afterEach, describe, expect, it } from 'vitest';
import { normalizeLang, resolveLang } from '../src/index';
import { cleanUp, loadingText, mount, mountWidget, settle } from './helpers';

afterEach(cleanUp);

describe('normalizeLang', () => {
  it.each([
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    [' en ', 'en'],
    ['fr', 'vi'],
    ['', 'vi'],
    [null, 'vi'],
    [undefined, 'vi'],
  ] as const)('%s → %s', (tag, lang) => {
    expect(normalizeLang(tag)).toBe(lang);
  });
});

describe('language resolution', () => {
  it('speaks Vietnamese when nothing names a language', async () => {
    const widget = await mountWidget();
    expect(widget.language).toBe('vi');
    expect(loadingText(widget)).toBe('Đang tải…');
  });

  it('uses <html lang> when no closer ancestor has one', async () => {
    document.documentElement.lang = 'en-US';
    const widget = await mountWidget();
    expect(widget.language).toBe('en');
    expect(loadingText(widget)).toBe('Loading…');
  });

  it('prefers the nearest ancestor over <html lang>', async () => {
    document.documentElement.lang = 'vi';
    const widget = await mountWidget(
      '<div lang="vi"><section lang="en"><dvc-test-widget></dvc-test-widget></section></div>',
    );
    expect(widget.language).toBe('en');
  });

  it('prefers its own lang over every ancestor', async () => {
    document.documentElement.lang = 'en';
    const widget = await mountWidget(
      '<div lang="en"><dvc-test-widget lang="vi"></dvc-test-widget></div>',
    );
    expect(widget.language).toBe('vi');
  });

  it('skips an empty lang and keeps looking upward', async () => {
    const widget = await mountWidget(
      '<div lang="en"><dvc-test-widget lang=""></dvc-test-widget></div>',
    );
    expect(widget.language).toBe('en');
  });

  it('crosses shadow roots to find an ancestor lang', async () => {
    const container = mount('<div lang="en" id="outer-host"></div>');
    const host = container.querySelector('#outer-host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><dvc-test-widget></dvc-test-widget></div>';
    const widget = root.querySelector('dvc-test-widget')!;
    await widget.updateComplete;
    expect(resolveLang(widget)).toBe('en');
    expect(loadingText(widget)).toBe('Loading…');
  });
});

describe('re-rendering when a lang changes', () => {
  it('follows its own lang attribute', async () => {
    const widget = await mountWidget();
    widget.setAttribute('lang', 'en');
    await settle(widget);
    expect(loadingText(widget)).toBe('Loading…');
    widget.removeAttribute('lang');
    await settle(widget);
    expect(loadingText(widget)).toBe('Đang tải…');
  });

  it('follows an ancestor lang', async () => {
    const widget = await mountWidget('<div id="region"><dvc-test-widget></dvc-test-widget></div>');
    widget.closest('#region')!.setAttribute('lang', 'en-GB');
    await settle(widget);
    expect(loadingText(widget)).toBe('Loading…');
  });

  it('follows <html lang>', async () => {
    const widget = await mountWidget();
    document.documentElement.lang = 'en';
    await settle(widget);
    expect(loadingText(widget)).toBe('Loading…');
    document.documentElement.lang = 'vi';
    await settle(widget);
    expect(loadingText(widget)).toBe('Đang tải…');
  });

  it('follows a lang change on an ancestor inside another shadow root', async () => {
    const container = mount('<div id="outer-host"></div>');
    const root = container.querySelector('#outer-host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="inner"><dvc-test-widget></dvc-test-widget></div>';
    const widget = root.querySelector('dvc-test-widget')!;
    await widget.updateComplete;
    root.querySelector('#inner')!.setAttribute('lang', 'en');
    await settle(widget);
    expect(loadingText(widget)).toBe('Loading…');
  });

  it('keeps the precedence own > ancestor > html while they change', async () => {
    const widget = await mountWidget('<div id="region"><dvc-test-widget></dvc-test-widget></div>');
    const region = widget.closest('#region')!;
    document.documentElement.lang = 'en';
    await settle(widget);
    expect(widget.language).toBe('en');
    region.setAttribute('lang', 'vi');
    await settle(widget);
    expect(widget.language).toBe('vi');
    widget.setAttribute('lang', 'en');
    await settle(widget);
    expect(widget.language).toBe('en');
    region.setAttribute('lang', 'en');
    widget.setAttribute('lang', 'vi');
    await settle(widget);
    expect(widget.language).toBe('vi');
  });

  it('re-renders only widgets whose language changed', async () => {
    const container = mount(
      '<div id="a"><dvc-test-widget></dvc-test-widget></div>' +
        '<div id="b" lang="vi"><dvc-test-widget></dvc-test-widget></div>',
    );
    const [a, b] = [...container.querySelectorAll('dvc-test-widget')];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    const rendersOfB = b!.renderCount;
    document.documentElement.lang = 'en';
    await settle(a!);
    await settle(b!);
    expect(a!.language).toBe('en');
    expect(b!.language).toBe('vi');
    expect(b!.renderCount).toBe(rendersOfB);
  });

  it('re-resolves when moved under another lang', async () => {
    const container = mount(
      '<div lang="vi" id="vi"><dvc-test-widget></dvc-test-widget></div><div lang="en" id="en"></div>',
    );
    const widget = container.querySelector('dvc-test-widget')!;
    await widget.updateComplete;
    container.querySelector('#en')!.append(widget);
    await settle(widget);
    expect(loadingText(widget)).toBe('Loading…');
  });

  it('lets a subclass see the change as the "language" property', async () => {
    const widget = await mountWidget();
    let changed: unknown = 'not seen';
    const originalWillUpdate = widget['willUpdate'].bind(widget);
    widget['willUpdate'] = (props: Map<PropertyKey, unknown>) => {
      if (props.has('language')) changed = props.get('language');
      originalWillUpdate(props);
    };
    widget.lang = 'en';
    await settle(widget);
    expect(changed).toBe('vi');
  });
});
