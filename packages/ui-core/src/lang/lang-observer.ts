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
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function notifySubscribers(): void {
  for (const subscriber of subscribers) subscriber.langMayHaveChanged();
}

function observeRoot(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(notifySubscribers);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Starts notifying `subscriber` of `lang` changes in every tree `element`
 * belongs to, from its own shadow root (if any) up to its document.
 *
 * @internal
 */
export function subscribeToLangChanges(subscriber: LangSubscriber, element: Element): void {
  subscribers.add(subscriber);
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    observeRoot(root);
    root = root.host.getRootNode();
  }
  // nodeType rather than instanceof: a document from another frame is not
  // an instance of this window's Document.
  if (root.nodeType === Node.DOCUMENT_NODE) observeRoot(root);
}

/**
 * Stops notifying `subscriber` (observed roots stay: watching them is cheap).
 *
 * @internal
 */
export function unsubscribeFromLangChanges(subscriber: LangSubscriber): void {
  subscribers.delete(subscriber);
}
