import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { DvcElement, DvcEvent, define } from '../src/index';
import { DvcTestActionEvent, type DvcTestBeforeActionEvent } from './fixtures/test-widget';
import { cleanUp, mount, mountWidget } from './helpers';

afterEach(() => {
  cleanUp();
  vi.restoreAllMocks();
});

describe('define', () => {
  it('registers a new tag', () => {
    class DefineFirst extends DvcElement {}
    expect(define('dvc-define-first', DefineFirst)).toBe(true);
    expect(customElements.get('dvc-define-first')).toBe(DefineFirst);
  });

  it('warns instead of throwing on a second registration, keeping the first class', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Original extends DvcElement {}
    class Duplicate extends DvcElement {}
    define('dvc-define-twice', Original);
    expect(warn).not.toHaveBeenCalled();
    expect(() => define('dvc-define-twice', Duplicate)).not.toThrow();
    expect(define('dvc-define-twice', Original)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toContain('<dvc-define-twice> is already defined');
    expect(customElements.get('dvc-define-twice')).toBe(Original);
  });
});

describe('events', () => {
  it('bubble and are composed, so the page hears them across shadow roots', async () => {
    // The widget sits inside another component's shadow root.
    const container = mount('<div id="outer"></div>');
    const root = container.querySelector('#outer')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<dvc-test-widget></dvc-test-widget>';
    const widget = root.querySelector('dvc-test-widget')!;
    await widget.updateComplete;

    const heard: DvcTestActionEvent[] = [];
    const listener = (event: DvcTestActionEvent) => heard.push(event);
    document.addEventListener('dvc-test-action', listener);
    try {
      widget.shadowRoot!.querySelector('button')!.click();
    } finally {
      document.removeEventListener('dvc-test-action', listener);
    }
    expect(heard).toHaveLength(1);
    expect(heard[0]).toBeInstanceOf(DvcTestActionEvent);
    expect(heard[0]).toBeInstanceOf(DvcEvent);
    expect(heard[0]!.bubbles).toBe(true);
    expect(heard[0]!.composed).toBe(true);
    expect(heard[0]!.cancelable).toBe(false);
    expect(heard[0]!.detail).toEqual({ count: 1 });
  });

  it('a cancelled "before" event stops the action', async () => {
    const widget = await mountWidget();
    const container = widget.parentElement!;
    const after = vi.fn();
    container.addEventListener('dvc-test-before-action', (event) => {
      expect(event.cancelable).toBe(true);
      expect(event.detail.dossier).toBe(widget.dossier);
      event.preventDefault();
    });
    container.addEventListener('dvc-test-action', after);
    widget.act();
    expect(widget.actionCount).toBe(0);
    expect(after).not.toHaveBeenCalled();
  });

  it('an uncancelled "before" event lets the action run', async () => {
    const widget = await mountWidget();
    const before = vi.fn();
    widget.addEventListener('dvc-test-before-action', before);
    widget.act();
    expect(before).toHaveBeenCalledOnce();
    expect(widget.actionCount).toBe(1);
  });

  it('are typed through GlobalEventHandlersEventMap', () => {
    expectTypeOf<
      GlobalEventHandlersEventMap['dvc-test-action']
    >().toEqualTypeOf<DvcTestActionEvent>();
    expectTypeOf<DvcTestBeforeActionEvent['detail']>().toEqualTypeOf<{
      readonly dossier: string;
    }>();
    const _typeChecks = (element: HTMLElement) => {
      element.addEventListener('dvc-test-action', (event) => {
        expectTypeOf(event.detail.count).toBeNumber();
      });
    };
    expectTypeOf(new DvcEvent('dvc-x', { a: 1 }).detail).toEqualTypeOf<{ a: number }>();
  });
});

describe('messages and formatters', () => {
  it('t() and format follow the widget language', async () => {
    const widget = await mountWidget('<dvc-test-widget lang="en"></dvc-test-widget>');
    expect(widget.message('signedInAs', { name: 'Nguyễn Văn A' })).toBe(
      'Signed in as Nguyễn Văn A',
    );
    expect(widget.formatters.currency(150000)).toBe('₫150,000');
    widget.lang = 'vi';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(widget.message('signedInAs', { name: 'Nguyễn Văn A' })).toBe(
      'Đã đăng nhập với tên Nguyễn Văn A',
    );
    expect(widget.formatters.currency(150000)).toBe('150.000\u00a0₫');
  });
});

describe('shared styles', () => {
  it('hide the host with [hidden]', async () => {
    const widget = await mountWidget();
    widget.hidden = true;
    expect(getComputedStyle(widget).display).toBe('none');
  });

  it('keep .visually-hidden text out of sight but in the accessibility tree', async () => {
    const widget = await mountWidget();
    const hidden = widget.shadowRoot!.querySelector<HTMLElement>('.visually-hidden')!;
    const box = hidden.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(1);
    expect(box.height).toBeLessThanOrEqual(1);
    expect(getComputedStyle(hidden).display).not.toBe('none');
    expect(hidden.textContent).toBe('(mở trong thẻ mới)');
  });

  it('draw a focus ring of at least 2px in the focus colour', async () => {
    const widget = await mountWidget();
    const button = widget.shadowRoot!.querySelector('button')!;
    // Keyboard focus, so :focus-visible applies.
    button.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(button);
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineColor).toBe('rgb(11, 79, 156)');
  });
});
