/** @summary Options for a {@link DvcEvent}. */
export interface DvcEventOptions {
  /**
   * Whether a listener may call `preventDefault()`. Set it for "before"
   * events (`dvc-before-…`) whose default action the widget then skips.
   */
  readonly cancelable?: boolean;
}

/**
 * The base of every dvc-kit event: it bubbles and is composed (it leaves the
 * shadow root, so the page can listen on the widget or any ancestor) and
 * carries a typed `detail`. Subclass it once per event and augment
 * `GlobalEventHandlersEventMap` in the same file, so `addEventListener`
 * knows the detail type.
 *
 * @summary Base class for bubbling, composed `dvc-*` events with a typed detail.
 * @example
 * export class DvcPaymentStartEvent extends DvcEvent<{ dossier: string }> {
 *   static readonly eventName = 'dvc-before-payment-start';
 *   constructor(detail: { dossier: string }) {
 *     super(DvcPaymentStartEvent.eventName, detail, { cancelable: true });
 *   }
 * }
 * declare global {
 *   interface GlobalEventHandlersEventMap {
 *     'dvc-before-payment-start': DvcPaymentStartEvent;
 *   }
 * }
 */
export class DvcEvent<TDetail> extends Event {
  /** What happened, for listeners. */
  readonly detail: TDetail;

  constructor(type: string, detail: TDetail, options: DvcEventOptions = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.detail = detail;
  }
}
