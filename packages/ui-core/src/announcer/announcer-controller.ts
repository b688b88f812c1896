import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang } from '../lang/resolve-lang';
import { liveRegionsFor, type Politeness } from './live-regions';

/** @summary Options for {@link AnnouncerController.announce}. */
export interface AnnounceOptions {
  /**
   * `polite` (default) waits until the screen reader is idle; `assertive`
   * interrupts — keep it for errors that block the user.
   */
  readonly politeness?: Politeness;
}

/**
 * How long a region stays empty before the new text goes in. Screen readers
 * (NVDA, JAWS, VoiceOver) merge DOM changes made in the same moment, so
 * "clear, then set" in one task would not re-announce an identical message.
 *
 * @summary Milliseconds a live region stays empty before new text goes in.
 */
export const announceDelayMs = 100;

/** Messages waiting for each region, shared by every widget of a document. */
const pendingByRegion = new WeakMap<HTMLElement, HTMLParagraphElement[]>();

function announceIn(region: HTMLElement, line: HTMLParagraphElement): void {
  const pending = pendingByRegion.get(region);
  // Several widgets announcing at once: keep every message, none is lost.
  if (pending) return void pending.push(line);
  pendingByRegion.set(region, [line]);
  region.replaceChildren();
  setTimeout(() => {
    region.replaceChildren(...pendingByRegion.get(region)!);
    pendingByRegion.delete(region);
  }, announceDelayMs);
}

/**
 * Announces status changes to screen readers ("Đã thanh toán", "Không kết
 * nối được…") through live regions.
 *
 * The regions are shared at the document level, one polite and one
 * assertive, rather than living in each widget's shadow root: live regions
 * inside shadow roots are unreliable in some screen reader and browser
 * pairs, a message survives the widget re-rendering or being removed right
 * after announcing, and several widgets on one page do not compete through
 * several regions. One limitation: while a modal `<dialog>` is open the
 * rest of the page is inert, so a widget inside such a dialog should show
 * its status in the dialog too.
 *
 * @summary Reactive controller: `announce(message, { politeness })`.
 * @example
 * class DvcPaymentStatus extends DvcElement {
 *   private announcer = new AnnouncerController(this);
 *   private onPaid() {
 *     this.announcer.announce(this.t('paid'));
 *   }
 * }
 */
export class AnnouncerController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    liveRegionsFor(this.host.ownerDocument);
  }

  /**
   * Speaks `message`. Calling it again with the same text speaks it again.
   * Empty messages are ignored.
   */
  announce(message: string, options: AnnounceOptions = {}): void {
    if (!message.trim()) return;
    const doc = this.host.ownerDocument;
    const line = doc.createElement('p');
    // The region lives outside the widget, so each line carries the widget's language.
    line.lang = resolveLang(this.host);
    line.textContent = message;
    announceIn(liveRegionsFor(doc)[options.politeness ?? 'polite'], line);
  }
}
