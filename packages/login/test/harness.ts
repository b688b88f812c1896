/**
 * Drives `<dvc-login>` as a person would (buttons by their names, the
 * keyboard) and reads what they would see and hear.
 */
import { setupMockWorker, type MockWorker } from '@dvc-kit/mock-api/browser';
import { userEvent } from 'vitest/browser';
import '../src/define';
import type { DvcLogin } from '../src/login';

/** The mock backend, in this page through msw's service worker. */
export const mock: MockWorker = setupMockWorker();

const mounted = new Set<Element>();

export interface Recorded {
  type: string;
  detail: unknown;
}

/** A mounted widget and what it fired. */
export class LoginHarness {
  readonly events: Recorded[] = [];
  constructor(readonly element: DvcLogin) {
    for (const type of ['dvc-login-start', 'dvc-login-success', 'dvc-login-error', 'dvc-logout']) {
      element.addEventListener(type, (event) => {
        this.events.push({ type, detail: (event as CustomEvent).detail });
      });
    }
  }

  /** The visible view (not the invisible sizer that reserves the space). */
  private get root(): Element {
    return this.element.shadowRoot!.querySelector('.view')!;
  }

  /** The visible text, whitespace collapsed. */
  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Names of the buttons, in order. */
  buttons(): string[] {
    return [...this.root.querySelectorAll('button')].map((b) => b.textContent!.trim());
  }

  button(name: RegExp | string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll('button')].find((b) =>
      typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!),
    );
    if (!found) throw new Error(`no button ${String(name)} in: ${this.buttons().join(' | ')}`);
    return found;
  }

  async click(name: RegExp | string): Promise<void> {
    await userEvent.click(this.button(name));
  }

  /** What has focus inside the widget, as "tag[part]: text". */
  focused(): string {
    const active = this.element.shadowRoot!.activeElement;
    if (!active) return '';
    return `${active.localName}[${active.getAttribute('part')}]: ${active.textContent!.replace(/\s+/g, ' ').trim()}`;
  }

  /** Waits until the widget's text contains `part`. */
  async waitForText(part: string, timeoutMs = 5000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!this.text().includes(part)) {
      if (Date.now() > end) throw new Error(`"${part}" never shown; text: ${this.text()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await this.element.updateComplete;
  }

  /** Height of the outer box. */
  height(): number {
    return this.element.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().height;
  }
}

/** Mounts `markup` (one `<dvc-login>`) inside a `<main>` and returns its harness. */
export async function mountLogin(markup: string, wrapper = '<main></main>'): Promise<LoginHarness> {
  const container = document.createElement('div');
  container.innerHTML = wrapper;
  const host = container.querySelector('main') ?? container;
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.querySelector('dvc-login')!;
  const harness = new LoginHarness(element);
  host.append(template.content);
  document.body.append(container);
  mounted.add(container);
  await element.updateComplete;
  return harness;
}

/** Removes what tests mounted, and resets the page and the backend. */
export function cleanUp(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  document.documentElement.removeAttribute('lang');
  mock.scenario.reset();
  sessionStorage.clear();
}

/** The text the shared live regions hold (what a screen reader was told). */
export async function announced(): Promise<string> {
  await new Promise((r) => setTimeout(r, 150));
  return [...document.querySelectorAll('[aria-live]')]
    .map((r) => r.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
