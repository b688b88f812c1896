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

/** Removes every mounted container and resets `<html>` attributes tests touch. */
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
