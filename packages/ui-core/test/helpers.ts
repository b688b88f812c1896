import { renderTokensCss } from '../src/tokens/index';
import type { DvcTestWidget } from './fixtures/test-widget';
import './fixtures/test-widget';

/** Everything a test mounted, removed after each test. */
const mounted = new Set<Element>();

/** Mounts `markup` in a fresh container in the document body. */
export function mount(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  mounted.add(container);
  return container;
}

/** Mounts a fixture widget (optionally inside wrapper markup) and waits for its first render. */
export async function mountWidget(
  markup = '<dvc-test-widget></dvc-test-widget>',
): Promise<DvcTestWidget> {
  const container = mount(markup);
  const widget = container.querySelector('dvc-test-widget');
  if (!widget) throw new Error('the markup has no <dvc-test-widget>');
  await widget.updateComplete;
  return widget;
}

/**
 * Loads `tokens.css` (every theme) the way a page does, with a `<link
 * rel="stylesheet">` in the head; resolves once it has loaded. The text is
 * what the build writes to `dist/tokens.css`.
 */
export async function loadTokensCss(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = URL.createObjectURL(new Blob([`${renderTokensCss()}\n`], { type: 'text/css' }));
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  mounted.add(link);
  await loaded;
}

/** Removes every mounted container (and `tokens.css`) and resets `<html>` attributes tests touch. */
export function cleanUp(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('data-dvc-theme');
}

/** Waits for MutationObserver callbacks, then for the widget to finish rendering. */
export async function settle(widget: DvcTestWidget): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await widget.updateComplete;
}

/** The rendered text of the widget's `.muted` loading line, i.e. what language it speaks. */
export const loadingText = (widget: DvcTestWidget): string | undefined =>
  widget.shadowRoot?.querySelector('p.muted')?.textContent?.trim();
