import type { DvcClient } from '@dvc-kit/client';
import { createContext } from '@lit/context';

/*
 * String keys rather than symbols: a portal that ends up with two copies of
 * ui-core (two embeds from different releases) still connects a widget of
 * one copy to a <dvc-context> of the other.
 */

/**
 * The API client shared below a `<dvc-context>`.
 *
 * @summary Context key for the shared `DvcClient`.
 */
export const clientContext = createContext<DvcClient | undefined>('dvc-kit/client');

/**
 * The dossier code (mã hồ sơ) the widgets below a `<dvc-context>` are about.
 *
 * @summary Context key for the current dossier code.
 */
export const dossierContext = createContext<string | undefined>('dvc-kit/dossier');
