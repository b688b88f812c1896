/** `createHandlers`: the whole contract as msw request handlers over one store. */
import type { HttpHandler } from 'msw';
import type { MockStore } from '../store/store';
import type { Ctx } from './context';
import { dossierHandlers } from './dossiers';
import { faultHandlers } from './faults';
import { type HandlerOptions, resolveOptions } from './options';
import { paymentHandlers } from './payments';
import { procedureHandlers } from './procedures';
import { scenarioHandlers } from './scenario';
import { sessionHandlers } from './session';
import { surveyHandlers } from './surveys';

/**
 * Creates msw handlers serving the dvc-kit API contract from `store`. Every
 * answer is validated with the client's schemas before it is sent; a body
 * that breaks the contract throws `MockContractError`.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createHandlers, createStore } from '@dvc-kit/mock-api';
 *
 * const store = createStore();
 * const server = setupServer(...createHandlers(store, { origin: 'https://api.test' }));
 * ```
 */
export function createHandlers(store: MockStore, options: HandlerOptions = {}): HttpHandler[] {
  const ctx: Ctx = { store, options: resolveOptions(options) };
  return [
    ...(ctx.options.faults ? faultHandlers(ctx) : []),
    ...procedureHandlers(ctx),
    // The payment and survey routes come before `/dossiers/:code` only for readability:
    // msw matches whole paths, so `/dossiers/:code` never swallows `/dossiers/:code/payment`.
    ...paymentHandlers(ctx),
    ...surveyHandlers(ctx),
    ...dossierHandlers(ctx),
    ...sessionHandlers(ctx),
    ...(ctx.options.scenarioRoutes ? scenarioHandlers(ctx) : []),
  ];
}

export type { HandlerOptions } from './options';
export { DEFAULT_ORIGIN } from './options';
