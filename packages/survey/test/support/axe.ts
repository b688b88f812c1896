import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe on `element` (shadow roots included) and expects no violation. */
export async function expectNoAxeViolations(element: Element, label: string): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const summary = results.violations.map(
    (v) => `${label}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
  // Something inside the shadow root was really checked.
  expect(results.passes.length + results.incomplete.length).toBeGreaterThan(0);
}
