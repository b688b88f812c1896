/**
 * One custom elements manifest for Storybook's docs, merged from each
 * package's generated `custom-elements.json` (`cem analyze` in their build).
 * Module paths are prefixed with the package so `src/define.ts` of one
 * package does not shadow another's.
 */
import paymentStatus from '@dvc-kit/payment-status/custom-elements.json';
import survey from '@dvc-kit/survey/custom-elements.json';
import uiCore from '@dvc-kit/ui-core/custom-elements.json';

interface Manifest {
  schemaVersion: string;
  readme?: string;
  modules: ({ path: string } & Record<string, unknown>)[];
}

const sources: Record<string, Manifest> = {
  '@dvc-kit/ui-core': uiCore as Manifest,
  '@dvc-kit/payment-status': paymentStatus as Manifest,
  '@dvc-kit/survey': survey as Manifest,
};

/** The merged manifest handed to `setCustomElementsManifest`. */
export const customElementsManifest: Manifest = {
  schemaVersion: '1.0.0',
  readme: '',
  modules: Object.entries(sources).flatMap(([pkg, manifest]) =>
    manifest.modules.map((module) => ({ ...module, path: `${pkg}/${module.path}` })),
  ),
};
