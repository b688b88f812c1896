/**
 * @dvc-kit/ui-core/context — `<dvc-context>` and what widgets use to read
 * it: the context keys and "my own attribute, else the context" controllers.
 * Separate from the main entry because it brings the API client with it.
 * Register the element with `import '@dvc-kit/ui-core/define/dvc-context'`.
 *
 * @packageDocumentation
 */
export { clientContext, dossierContext } from './context-keys';
export { clientFor } from './client-for';
export {
  ClientController,
  ContextValueController,
  DossierController,
} from './context-value-controller';
export { DvcContext } from './dvc-context';
