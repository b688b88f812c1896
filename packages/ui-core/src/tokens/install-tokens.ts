import { unsafeCSS, type CSSResult } from 'lit';
import { renderTokensCss } from './render-tokens-css';

// unsafeCSS is safe here: the text is our own constant, never API data.
/**
 * The design tokens as a Lit `CSSResult` — the same text as `tokens.css`.
 * `DvcElement` installs it on the document (see {@link installTokens}).
 *
 * @summary The `--dvc-*` tokens and themes as Lit CSS.
 */
export const tokenStyles: CSSResult = unsafeCSS(renderTokensCss());

const installed = new WeakSet<Document>();

/**
 * Makes the tokens available on `doc` once, so a widget works on a page that
 * never loaded `tokens.css`.
 *
 * Why the document and not each shadow root: a `:host { --dvc-x: … }` rule in
 * the widget would beat every value inherited from the page, so neither a
 * `data-dvc-theme` on an ancestor nor a CMS page's own `:root { --dvc-x: … }`
 * could reach the widget. At the document, inside the `dvc-tokens` layer,
 * the tokens are defaults that any page rule overrides, and custom
 * properties inherit into every shadow root below.
 *
 * @summary Installs the token stylesheet on a document (idempotent).
 */
export function installTokens(doc: Document): void {
  if (installed.has(doc)) return;
  installed.add(doc);
  const sheet = tokenStyles.styleSheet;
  // A constructed sheet can only be adopted by the document of the realm
  // that built it; anything else (another frame, an old engine) gets <style>.
  if (sheet && doc === document && 'adoptedStyleSheets' in doc) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  }
  const style = doc.createElement('style');
  style.dataset['dvcTokens'] = '';
  style.textContent = tokenStyles.cssText;
  doc.head.append(style);
}
