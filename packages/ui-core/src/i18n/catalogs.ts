import type { Lang } from '../lang/language';
import type { Catalog } from './catalog';
import { en } from './en';
import { vi } from './vi';

/** @summary Every catalog, by language. */
export const catalogs: { readonly [L in Lang]: Catalog } = { vi, en };
