/**
 * One MutationObserver for the whole page, shared by every connected widget,
 * instead of one per element: `lang` rarely changes, and when it does one
 * observer callback re-checks each subscriber, which only re-renders if its
 * resolved language actually changed.
 *
 * A document observer with `subtree` does not see inside shadow roots, so
 * each shadow root between a widget and the document is observed as well.
 */

/**
 * Something that re-resolves its language when any `lang` changes.
 *
 * @internal
 */
export interface LangSubscriber {
  /** Called after `lang` attributes changed somewhere being observed. */
  langMayHaveChanged(): void;
}

const subscribers = new Set<LangSubscriber>();
let observer: MutationObserver | undefined;

/**
 * Starts notifying `subscriber` of `lang` changes in every tree `element`
 * belongs to, from its own shadow root (if any) up to its document.
 * Observing a root again is harmless: the observer keeps one registration
 * per node, so no root is ever reported twice.
 *
 * @internal
 */
export function subscribeToLangChanges(subscriber: LangSubscriber, element: Element): void {
  subscribers.add(subscriber);
  observer ??= new MutationObserver(() => {
    for (const each of subscribers) each.langMayHaveChanged();
  });
  // Called while connected: the chain of roots ends at a document.
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
  }
}

/**
 * Stops notifying `subscriber` (observed roots stay: watching them is cheap).
 *
 * @internal
 */
export function unsubscribeFromLangChanges(subscriber: LangSubscriber): void {
  subscribers.delete(subscriber);
}
