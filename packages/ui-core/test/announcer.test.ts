import { afterEach, describe, expect, it } from 'vitest';
import { announceDelayMs } from '../src/index';
import { cleanUp, mount, mountWidget } from './helpers';

afterEach(cleanUp);

const region = (politeness: 'polite' | 'assertive'): HTMLElement =>
  document.querySelector<HTMLElement>(`[data-dvc-live-region="${politeness}"]`)!;

const afterDelay = () => new Promise((resolve) => setTimeout(resolve, announceDelayMs + 50));

describe('AnnouncerController', () => {
  it('has empty live regions in the document before anything is announced', async () => {
    await mountWidget();
    expect(region('polite').getAttribute('aria-live')).toBe('polite');
    expect(region('assertive').getAttribute('aria-live')).toBe('assertive');
    expect(region('polite').getAttribute('aria-atomic')).toBe('true');
    expect(region('polite').textContent).toBe('');
    expect(region('assertive').textContent).toBe('');
  });

  it('keeps the regions visually hidden but rendered', async () => {
    await mountWidget();
    const container = region('polite').parentElement!;
    const box = container.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(container).display).not.toBe('none');
    expect(getComputedStyle(container).visibility).toBe('visible');
  });

  it('shares one pair of regions between every widget', async () => {
    await mountWidget();
    await mountWidget();
    expect(document.querySelectorAll('[data-dvc-announcer]')).toHaveLength(1);
  });

  it('announces politely by default, in the widget language', async () => {
    const widget = await mountWidget('<dvc-test-widget lang="en"></dvc-test-widget>');
    widget.announcer.announce('Payment received');
    await afterDelay();
    expect(region('polite').textContent).toBe('Payment received');
    expect(region('polite').querySelector('p')!.lang).toBe('en');
    expect(region('assertive').textContent).toBe('');
  });

  it('announces assertively when asked', async () => {
    const widget = await mountWidget();
    widget.announcer.announce('Không kết nối được.', { politeness: 'assertive' });
    await afterDelay();
    expect(region('assertive').textContent).toBe('Không kết nối được.');
    expect(region('assertive').querySelector('p')!.lang).toBe('vi');
  });

  it('re-announces an identical message: the region is cleared, then set again', async () => {
    const widget = await mountWidget();
    widget.announcer.announce('Đang tải…');
    await afterDelay();
    expect(region('polite').textContent).toBe('Đang tải…');
    widget.announcer.announce('Đang tải…');
    expect(region('polite').textContent).toBe('');
    await afterDelay();
    expect(region('polite').textContent).toBe('Đang tải…');
  });

  it('keeps every message when widgets announce at the same moment', async () => {
    const container = mount(
      '<dvc-test-widget></dvc-test-widget><dvc-test-widget></dvc-test-widget>',
    );
    const [first, second] = [...container.querySelectorAll('dvc-test-widget')];
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    first!.announcer.announce('Đã thanh toán');
    second!.announcer.announce('Đã gửi đánh giá');
    await afterDelay();
    const lines = [...region('polite').querySelectorAll('p')].map((line) => line.textContent);
    expect(lines).toEqual(['Đã thanh toán', 'Đã gửi đánh giá']);
  });

  it('ignores empty messages', async () => {
    const widget = await mountWidget();
    widget.announcer.announce('Đã sao chép');
    await afterDelay();
    widget.announcer.announce('   ');
    expect(region('polite').textContent).toBe('Đã sao chép');
  });

  it('recreates the regions if the page removed them', async () => {
    const widget = await mountWidget();
    region('polite').parentElement!.remove();
    widget.announcer.announce('Đã kết nối mạng trở lại.');
    await afterDelay();
    expect(region('polite').textContent).toBe('Đã kết nối mạng trở lại.');
  });
});
