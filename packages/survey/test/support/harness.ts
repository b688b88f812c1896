/**
 * Drives a <dvc-survey> as a person would: reads what is on screen, clicks
 * options, types, presses keys, and reads what a screen reader was told.
 */
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/define';
import type { DvcSurvey } from '../../src/survey';

const mounted = new Set<Element>();

/** Mounts `markup` and returns its <dvc-survey>, after its first render. */
export async function mountSurvey(markup: string): Promise<SurveyHarness> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  mounted.add(container);
  const element = container.querySelector('dvc-survey');
  if (!element) throw new Error('the markup has no <dvc-survey>');
  await element.updateComplete;
  return new SurveyHarness(element);
}

/** Removes everything mounted and resets `<html lang>`. */
export function unmountAll(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  document.documentElement.removeAttribute('lang');
}

/** Text of the document-level live regions (what screen readers were told). */
export function announcements(): string {
  return [...document.querySelectorAll('[aria-live]')].map((r) => r.textContent ?? '').join(' | ');
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export class SurveyHarness {
  constructor(readonly element: DvcSurvey) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The main heading (survey title, or the heading of a result state). */
  heading(): string {
    return text(this.root.querySelector('h2'));
  }

  /** Waits until the widget is in `state`. */
  async until(state: DvcSurvey['state'], timeout = 15_000): Promise<void> {
    await expect.poll(() => this.element.state, { timeout, interval: 50 }).toBe(state);
    await this.element.updateComplete;
  }

  /** Every question's container (fieldset or div). */
  questions(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('.question')];
  }

  /** The question whose legend/label contains `label`. */
  question(label: string): HTMLElement {
    const q = this.questions().find((el) =>
      text(el.querySelector('legend, label.label')).includes(label),
    );
    if (!q) throw new Error(`no question "${label}"`);
    return q;
  }

  /** The accessible-name text of a question's legend/label. */
  legend(q: HTMLElement): string {
    return text(q.querySelector('legend, label.label'));
  }

  /** The radio inputs of a question. */
  radios(q: HTMLElement): HTMLInputElement[] {
    return [...q.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  }

  /** Clicks the option of `q` whose label contains `label`. */
  async choose(q: HTMLElement, label: string): Promise<void> {
    const option = [...q.querySelectorAll<HTMLElement>('label.option')].find((o) =>
      text(o).includes(label),
    );
    if (!option) throw new Error(`no option "${label}"`);
    await userEvent.click(option);
  }

  /** Answers every required question with its first option (and leaves text alone). */
  async answerAllRequired(): Promise<void> {
    for (const q of this.questions()) {
      const radios = this.radios(q);
      if (radios.length > 0 && radios[0]!.required) await userEvent.click(radios.at(-1)!);
    }
    await this.element.updateComplete;
  }

  textarea(q: HTMLElement): HTMLTextAreaElement {
    return q.querySelector('textarea')!;
  }

  submitButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('button[type=submit]')!;
  }

  async submit(): Promise<void> {
    await userEvent.click(this.submitButton());
    await this.element.updateComplete;
  }

  summary(): HTMLElement | null {
    return this.root.querySelector('.summary');
  }

  /** Text of the visible inline error of a question, if any. */
  inlineError(q: HTMLElement): string {
    return text(q.querySelector('.error'));
  }

  /** Whole visible text. */
  text(): string {
    return text(this.root.querySelector('[part=base]'));
  }

  button(name: string): HTMLButtonElement {
    const b = [...this.root.querySelectorAll('button')].find((el) => text(el).includes(name));
    if (!b) throw new Error(`no button "${name}"`);
    return b;
  }
}
