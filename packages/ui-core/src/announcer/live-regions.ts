import { visuallyHidden } from '../styles/base-styles';

/** @summary How urgently a screen reader should speak a message. */
export type Politeness = 'polite' | 'assertive';

/** @summary The pair of live regions of one document. */
export type LiveRegions = { readonly [P in Politeness]: HTMLElement };

/**
 * Screen readers ignore a live region that appears together with its first
 * message; these regions are created empty when the first announcing widget
 * connects, well before anything is announced.
 */
const regionsByDocument = new WeakMap<Document, LiveRegions>();

/**
 * The document's shared live regions, created (visually hidden, empty) on
 * first use. If the page removed them, fresh ones are made.
 *
 * @summary The document's shared polite and assertive live regions.
 */
export function liveRegionsFor(doc: Document): LiveRegions {
  const existing = regionsByDocument.get(doc);
  if (existing?.polite.isConnected && existing.assertive.isConnected) return existing;
  const container = doc.createElement('div');
  container.dataset['dvcAnnouncer'] = '';
  container.style.cssText = visuallyHidden;
  const region = (politeness: Politeness): HTMLElement => {
    const element = container.appendChild(doc.createElement('div'));
    element.setAttribute('aria-live', politeness);
    // Read the whole region, not only what changed in it.
    element.setAttribute('aria-atomic', 'true');
    element.dataset['dvcLiveRegion'] = politeness;
    return element;
  };
  const regions: LiveRegions = { polite: region('polite'), assertive: region('assertive') };
  (doc.body ?? doc.documentElement).append(container);
  regionsByDocument.set(doc, regions);
  return regions;
}
