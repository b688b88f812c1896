/** `GET /dossiers/{code}/status` (public) and `GET /dossiers/{code}` (owner only). */
import { DossierSchema, DossierStatusSchema } from '@dvc-kit/client';
import { http } from 'msw';
import { dossierStatus, dossierView } from '../store/views';
import { type Ctx, currentSession, dossierCodeParam, dossierNotFound } from './context';
import { problem, reply } from './respond';

/** Handlers of dossiers. */
export function dossierHandlers(ctx: Ctx) {
  const { prefix, basePath } = ctx.options;
  const statusRoute = `GET ${basePath}/dossiers/:code/status`;
  const fullRoute = `GET ${basePath}/dossiers/:code`;
  return [
    http.get(`${prefix}/dossiers/:code/status`, ({ params }) => {
      const code = dossierCodeParam(statusRoute, params['code']);
      if (!code.ok) return code.response;
      const dossier = ctx.store.dossier(code.value);
      if (!dossier) return dossierNotFound(statusRoute);
      return reply(statusRoute, DossierStatusSchema, dossierStatus(ctx.store, dossier));
    }),
    http.get(`${prefix}/dossiers/:code`, ({ params, request }) => {
      const code = dossierCodeParam(fullRoute, params['code']);
      if (!code.ok) return code.response;
      const session = currentSession(ctx, request);
      if (!session) {
        return problem(fullRoute, 401, 'UNAUTHENTICATED', {
          title: 'Chưa đăng nhập / Not signed in',
          detail: 'Sign in to see the full dossier; the public status needs no sign-in.',
        });
      }
      const dossier = ctx.store.dossier(code.value);
      if (!dossier) return dossierNotFound(fullRoute);
      const owner = ctx.store.owner(dossier);
      // Someone else's dossier answers 403, not 404: the code is not secret (public status).
      if (!owner || owner.id !== session.citizen.id) {
        return problem(fullRoute, 403, 'FORBIDDEN', {
          title: 'Không có quyền xem hồ sơ / Not your dossier',
          detail: 'Only the citizen who filed this dossier can see it in full.',
        });
      }
      return reply(fullRoute, DossierSchema, dossierView(ctx.store, dossier, owner));
    }),
  ];
}
