import type { Message, PluralMessage } from './message';
import type { vi } from './vi';

/** @summary A key of the shared message catalogs. */
export type MessageKey = keyof typeof vi;

/**
 * A message catalog: exactly the keys of the Vietnamese catalog, each with a
 * text (or plural texts) in one language. Extra or missing keys are type
 * errors, so a catalog cannot silently drift from `vi`.
 *
 * @summary A message catalog.
 */
export type Catalog = { readonly [K in MessageKey]: Message };

/** @summary The `{names}` in a message text. */
export type PlaceholdersIn<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

/** @summary The `{names}` in a message, across its plural forms. */
export type PlaceholdersOf<M> = M extends PluralMessage
  ? PlaceholdersIn<M[keyof M]>
  : PlaceholdersIn<M>;

/** @summary The `{placeholders}` of message `K`, as read from the Vietnamese catalog. */
export type MessagePlaceholder<K extends MessageKey> = PlaceholdersOf<(typeof vi)[K]>;

/**
 * The parameters message `K` needs: one value per placeholder.
 *
 * @summary The parameters message `K` needs.
 */
export type MessageParams<K extends MessageKey> = {
  readonly [P in MessagePlaceholder<K>]: string | number;
};

/**
 * The rest arguments of `t(key, …)`: nothing for a message without
 * placeholders, otherwise its parameters (required, so none is forgotten).
 *
 * @summary The rest arguments of `t(key, …)`.
 */
export type TranslateArgs<K extends MessageKey> = [MessagePlaceholder<K>] extends [never]
  ? []
  : [params: MessageParams<K>];
