// A React 19 user: `@dvc-kit/elements/jsx` types every tag's props and events.
import type {} from '@dvc-kit/elements/jsx';

export const page = (
  <dvc-context api-base="/v1" dossier="000.00.17.H48-241108-0085">
    <dvc-login mode="public" ondvc-login-success={(event) => event.detail.citizen.name} />
    <dvc-payment-status ondvc-payment-status-change={(event) => event.detail.current} />
    <dvc-survey />
    {/* @ts-expect-error not a login mode */}
    <dvc-login mode="password" />
  </dvc-context>
);
