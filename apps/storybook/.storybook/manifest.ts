/**
 * One custom elements manifest for Storybook's docs, merged from each
 * package's generated `custom-elements.json` (`cem analyze` in their build).
 * Module paths are prefixed with the package so `src/define.ts` of one
 * package does not shadow another's; private and protected members (Lit
 * `@state()`s, controllers, helpers) are left out: they are not API.
 */
import login from '@dvc-kit/login/custom-elements.json';
import paymentStatus from '@dvc-kit/payment-status/custom-elements.json';
import survey from '@dvc-kit/survey/custom-elements.json';
import uiCore from '@dvc-kit/ui-core/custom-elements.json';

interface Member {
  name: string;
  privacy?: string;
  [key: string]: unknown;
}
interface Attribute {
  name: string;
  fieldName?: string;
  [key: string]: unknown;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Attribute[];
  [key: string]: unknown;
}
interface Module {
  path: string;
  declarations?: Declaration[];
  [key: string]: unknown;
}
interface Manifest {
  schemaVersion: string;
  readme?: string;
  modules: Module[];
}

const sources: Record<string, Manifest> = {
  '@dvc-kit/ui-core': uiCore as Manifest,
  '@dvc-kit/payment-status': paymentStatus as Manifest,
  '@dvc-kit/survey': survey as Manifest,
  '@dvc-kit/login': login as Manifest,
};

const isPublic = (member: Member) => member.privacy !== 'private' && member.privacy !== 'protected';

/** The merged manifest handed to `setCustomElementsManifest`. */
export const customElementsManifest: Manifest = {
  schemaVersion: '1.0.0',
  readme: '',
  modules: Object.entries(sources).flatMap(([pkg, manifest]) =>
    manifest.modules.map((module) => ({
      ...module,
      path: `${pkg}/${module.path}`,
      declarations: module.declarations?.map((declaration) =>
        declaration.members
          ? { ...declaration, members: declaration.members.filter(isPublic) }
          : declaration,
      ),
    })),
  ),
};

/**
 * `argTypes` that keep the attribute rows of `tag` in the docs table but
 * without a control: stories set the matching *property* (`apiBase` for
 * `api-base`), whose row carries the control. Without this, the docs would
 * offer two controls for one setting, one of them doing nothing.
 */
export function attributeRowsWithoutControls(tag: string): Record<string, { control: false }> {
  const declaration = customElementsManifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tag);
  return Object.fromEntries(
    (declaration?.attributes ?? [])
      .filter((attribute) => attribute.fieldName && attribute.fieldName !== attribute.name)
      .map((attribute) => [attribute.name, { control: false as const }]),
  );
}
