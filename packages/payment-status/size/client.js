// What the widget itself takes from the client: createClient's transport and
// every resource with its schemas come along, since createClient builds them all.
export { createClient, isDvcError, DOSSIER_CODE_PATTERN } from '@dvc-kit/client';
