import { normalizeLang, type Lang } from './language';

/**
 * The parent of `node` in the tree `lang` is inherited through: the parent
 * element, or the host when `node` sits at the top of a shadow root.
 */
function parentForLang(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const parent = element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/**
 * The nearest non-empty `lang` attribute on `element` or its ancestors,
 * crossing shadow roots (the `<html lang>` is the last ancestor), or `null`.
 * An empty `lang=""` is skipped: it says "unknown", which cannot pick a
 * catalog, so the search goes on upward.
 *
 * @summary The raw `lang` tag a widget at `element` inherits, or `null`.
 */
export function findLangTag(element: Element): string | null {
  for (let node: Element | null = element; node; node = parentForLang(node)) {
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
