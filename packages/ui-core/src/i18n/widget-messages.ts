import type { Lang } from '../lang/language';
import type { PlaceholdersOf } from './catalog';
import type { Message } from './message';
import { fillMessage } from './translate';

/** @summary The source (Vietnamese) messages of one widget. */
export type SourceMessages = { readonly [key: string]: Message };

/**
 * A widget's English messages: exactly the keys of its Vietnamese ones.
 *
 * @summary A translation of a widget's messages.
 */
export type TranslatedMessages<V extends SourceMessages> = { readonly [K in keyof V]: Message };

/** @summary The arguments after the key: nothing, or one value per `{placeholder}`. */
export type WidgetTranslateArgs<M> = [PlaceholdersOf<M>] extends [never]
  ? []
  : [params: { readonly [P in PlaceholdersOf<M>]: string | number }];

/**
 * The messages of one widget in every language, and a typed lookup.
 *
 * @summary A widget's own message catalogs.
 */
export interface WidgetMessages<V extends SourceMessages> {
  /** The catalogs, by language. */
  readonly catalogs: { readonly vi: V; readonly en: TranslatedMessages<V> };
  /**
   * The message `key` in `lang`, `{placeholders}` filled from `params`
   * (required exactly when the Vietnamese message has placeholders).
   */
  t<K extends keyof V & string>(lang: Lang, key: K, ...params: WidgetTranslateArgs<V[K]>): string;
}

/**
 * Declares a widget's own messages. Widgets keep their texts in their own
 * package, so an agency page that embeds one widget does not download the
 * texts of all the others; the shared catalogs of ui-core hold only what
 * every widget says (loading, retry, network errors…). Vietnamese is the
 * source of keys and placeholders; the English catalog is typed against it.
 *
 * @summary Declares a widget's vi/en messages with typed lookups.
 * @example
 * const messages = defineMessages(
 *   { paid: 'Đã thanh toán {amount}' },
 *   { paid: 'Paid {amount}' },
 * );
 * messages.t('vi', 'paid', { amount: '150.000 ₫' }); // "Đã thanh toán 150.000 ₫"
 */
export function defineMessages<const V extends SourceMessages>(
  vi: V,
  en: TranslatedMessages<V>,
): WidgetMessages<V> {
  const catalogs = { vi, en } as const;
  return {
    catalogs,
    t(lang, key, ...params) {
      const message: Message | undefined = catalogs[lang][key];
      if (message === undefined) return key;
      return fillMessage(lang, message, params[0] ?? {});
    },
  };
}
