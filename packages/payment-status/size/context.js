// "Own attribute, else <dvc-context>": ui-core/context's controllers bring
// @lit/context and createClient (clientFor), i.e. the whole client.
export { ClientController, DossierController } from '@dvc-kit/ui-core/context';
