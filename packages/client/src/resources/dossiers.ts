/** `GET /dossiers/{code}/status`, `GET /dossiers/{code}`. */
import { checkDossierCode, checkSignal } from '../input';
import type { CallOptions } from '../options';
import { DossierSchema, DossierStatusSchema } from '../schemas/dossier';
import type { Dossier, DossierStatus } from '../schemas/dossier';
import type { Send } from '../transport/request';

/** Dossiers by receipt code. */
export interface DossiersApi {
  /** The public status (no personal data); anyone with the code may ask. */
  status(code: string, options?: CallOptions): Promise<DossierStatus>;
  /** The full dossier; the signed-in citizen must own it (else `HTTP` 401/403). */
  get(code: string, options?: CallOptions): Promise<Dossier>;
}

/** @internal */
export function dossiersApi(send: Send): DossiersApi {
  return {
    async status(code, options = {}) {
      const checked = checkDossierCode(code);
      const signal = checkSignal(options.signal);
      return send({
        method: 'GET',
        path: `/dossiers/${encodeURIComponent(checked)}/status`,
        schema: DossierStatusSchema,
        session: false,
        signal,
      });
    },
    async get(code, options = {}) {
      const checked = checkDossierCode(code);
      const signal = checkSignal(options.signal);
      return send({
        method: 'GET',
        path: `/dossiers/${encodeURIComponent(checked)}`,
        schema: DossierSchema,
        session: true,
        signal,
      });
    },
  };
}
