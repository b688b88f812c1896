/**
 * @dvc-kit/ui-core — what every dvc-kit widget is built on: the `DvcElement`
 * base class, events, the vi/en catalogs and formatters, design tokens and
 * themes, and shared controllers.
 *
 * @packageDocumentation
 */
export { DvcElement } from './dvc-element';
export { DvcEvent, type DvcEventOptions } from './events/dvc-event';
export { define } from './define';

export { defaultLang, normalizeLang, type Lang } from './lang/language';
export { findLangTag, resolveLang } from './lang/resolve-lang';

export type { Message, PluralMessage } from './i18n/message';
export type {
  Catalog,
  MessageKey,
  MessageParams,
  MessagePlaceholder,
  TranslateArgs,
  PlaceholdersIn,
  PlaceholdersOf,
} from './i18n/catalog';
export { vi } from './i18n/vi';
export { en } from './i18n/en';
export { catalogs } from './i18n/catalogs';
export { fillMessage, translate } from './i18n/translate';
export {
  defineMessages,
  type SourceMessages,
  type TranslatedMessages,
  type WidgetMessages,
  type WidgetTranslateArgs,
} from './i18n/widget-messages';
export { formattersFor, type DateInput, type Formatters } from './i18n/formatters';
export { intlLocales, vietnamTimeZone } from './i18n/locale';

export {
  baseTokens,
  forcedColors,
  reducedMotion,
  themes,
  type ThemeColors,
  type ThemeName,
} from './tokens/tokens';
export { renderTokensCss, tokensLayer } from './tokens/render-tokens-css';
export { installTokens, tokenStyles } from './tokens/install-tokens';
export { baseStyles } from './styles/base-styles';

export {
  AnnouncerController,
  announceDelayMs,
  type AnnounceOptions,
} from './announcer/announcer-controller';
export { liveRegionsFor, type LiveRegions, type Politeness } from './announcer/live-regions';
