/**
 * Helpers for play functions: widgets render into shadow roots, which
 * Testing Library's queries do not enter.
 */
import { expect, waitFor } from 'storybook/test';
import type { StoryLang } from '../../.storybook/languages';

/** The language of the story (the toolbar's, or the Vitest project's). */
export function langOf(context: { globals: Record<string, unknown> }): StoryLang {
  return context.globals['lang'] === 'en' ? 'en' : 'vi';
}

/** The first `tag` in the story, once it is defined and has rendered. */
export async function widget<K extends keyof HTMLElementTagNameMap>(
  canvas: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K]> {
  await customElements.whenDefined(tag);
  const el = canvas.querySelector(tag);
  await expect(el, `<${tag}> in the story`).not.toBeNull();
  await waitFor(() => expect(el?.shadowRoot?.childElementCount).toBeGreaterThan(0), {
    timeout: 5000,
  });
  return el as HTMLElementTagNameMap[K];
}

/**
 * The text of an element's shadow root that a person perceives: without
 * what is hidden from assistive technology (`aria-hidden`, `inert` — e.g. a
 * loading skeleton drawn as a sample payment), whitespace collapsed.
 */
export function shadowText(el: Element): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('[aria-hidden="true"], [inert]')) {
      parts.push(node.textContent ?? '');
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits until the widget shows `text` (default timeout 5 s). */
export async function waitForText(el: Element, text: string, timeout = 5000): Promise<void> {
  await waitFor(() => expect(shadowText(el)).toContain(text), { timeout });
}

/** An element of the widget's shadow root by `part` name. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** A button of the widget by its visible text. */
export function button(el: Element, text: string): HTMLButtonElement | undefined {
  return [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
    (b.textContent ?? '').replace(/\s+/g, ' ').includes(text),
  );
}
