/**
 * Registers a custom element unless its tag is already taken, in which case
 * it warns instead of throwing. Embeds are often loaded twice on one portal
 * page (two CMS blocks, two script tags); a throw there would stop every
 * widget after it, a warning keeps the page working.
 *
 * @summary `customElements.define` that tolerates a second registration.
 * @returns `true` if this call defined the element, `false` if the tag was taken.
 * @example
 * define('dvc-survey', DvcSurvey);
 */
export function define(
  tagName: string,
  elementClass: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean {
  if (registry.get(tagName)) {
    console.warn(
      `[dvc-kit] <${tagName}> is already defined (a dvc-kit script loaded twice?); skipped.`,
    );
    return false;
  }
  registry.define(tagName, elementClass);
  return true;
}
