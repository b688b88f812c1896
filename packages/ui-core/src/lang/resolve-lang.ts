import { normalizeLang, type Lang } from './language';

/**
 * The nearest non-empty `lang` attribute on `element` or its ancestors,
 * crossing shadow roots (the `<html lang>` is the last ancestor), or `null`.
 * An empty `lang=""` is skipped: it says "unknown", which cannot pick a
 * catalog, so the search goes on upward.
 *
 * @summary The raw `lang` tag a widget at `element` inherits, or `null`.
 */
export function findLangTag(element: Element): string | null {
  // Up through parent elements, and from the top of a shadow root to its host.
  for (
    let node: Element | null | undefined = element;
    node;
    node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host
  ) {
    const tag = node.getAttribute('lang');
    if (tag) return tag;
  }
  return null;
}

/**
 * The language a widget at `element` should speak.
 *
 * @summary Resolves own → ancestor (across shadow roots) → `<html lang>` → 'vi'.
 */
export function resolveLang(element: Element): Lang {
  return normalizeLang(findLangTag(element));
}
