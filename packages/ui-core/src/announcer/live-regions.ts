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

const visuallyHidden =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;' +
  'clip-path:inset(50%);white-space:nowrap;border:0';

function createRegion(doc: Document, politeness: Politeness): HTMLElement {
  const region = doc.createElement('div');
  region.setAttribute('aria-live', politeness);
  // Read the whole region, not only what changed in it.
  region.setAttribute('aria-atomic', 'true');
  region.dataset['dvcLiveRegion'] = politeness;
  return region;
}

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
  const regions: LiveRegions = {
    polite: createRegion(doc, 'polite'),
    assertive: createRegion(doc, 'assertive'),
  };
  container.append(regions.polite, regions.assertive);
  (doc.body ?? doc.documentElement).append(container);
  regionsByDocument.set(doc, regions);
  return regions;
}
