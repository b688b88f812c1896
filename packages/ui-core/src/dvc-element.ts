import { LitElement, type CSSResultGroup } from 'lit';
import type { MessageKey, TranslateArgs } from './i18n/catalog';
import { formattersFor, type Formatters } from './i18n/formatters';
import { translate } from './i18n/translate';
import type { DvcEvent } from './events/dvc-event';
import { defaultLang, type Lang } from './lang/language';
import {
  subscribeToLangChanges,
  unsubscribeFromLangChanges,
  type LangSubscriber,
} from './lang/lang-observer';
import { resolveLang } from './lang/resolve-lang';
import { baseStyles } from './styles/base-styles';
import { installTokens } from './tokens/install-tokens';

/**
 * The base class of every dvc-kit widget (never extend `LitElement`
 * directly). It brings:
 *
 * - the language: the element's own `lang`, else the nearest ancestor's
 *   (across shadow roots), else `<html lang>`, else Vietnamese — normalised
 *   to `'vi' | 'en'` and kept current: any change re-renders the widget;
 * - `t(key, params)` for catalog messages and `format` for numbers, VND,
 *   dates (Asia/Ho_Chi_Minh) and durations in that language;
 * - `emit(event)` for {@link DvcEvent}s;
 * - the shared styles, and the design tokens installed on the document, so
 *   a widget looks right even when the page did not load `tokens.css`.
 *
 * @summary Base element: language, messages, formatters, events, styles.
 * @cssprop --dvc-font-family - Font stack of the widget's text.
 * @cssprop --dvc-color-text - Colour of the widget's text.
 * @example
 * class DvcHello extends DvcElement {
 *   static override styles = [DvcElement.styles, css`p { margin: 0; }`];
 *   override render() {
 *     return html`<p>${this.t('loading')}</p>`;
 *   }
 * }
 * define('dvc-hello', DvcHello);
 */
export class DvcElement extends LitElement implements LangSubscriber {
  static override styles: CSSResultGroup = baseStyles;

  #lang: Lang = defaultLang;

  /** The language this widget currently speaks; re-renders when it changes. */
  get language(): Lang {
    return this.#lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    installTokens(this.ownerDocument);
    subscribeToLangChanges(this, this);
    this.langMayHaveChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unsubscribeFromLangChanges(this);
  }

  /** @internal Re-resolves the language; called by the shared `lang` observer. */
  langMayHaveChanged(): void {
    const previous = this.#lang;
    const next = resolveLang(this);
    if (next === previous) return;
    this.#lang = next;
    // Named, so subclasses can react in willUpdate via changed.has('language').
    this.requestUpdate('language', previous);
  }

  /**
   * The message `key` in the widget's language, `{placeholders}` filled
   * from `params` (required exactly when the message has placeholders).
   */
  protected t<K extends MessageKey>(key: K, ...params: TranslateArgs<K>): string {
    return translate(this.#lang, key, ...params);
  }

  /** Formatters (VND, numbers, dates, durations) for the widget's language. */
  protected get format(): Formatters {
    return formattersFor(this.#lang);
  }

  /**
   * Dispatches a dvc-kit event from this element.
   *
   * @returns `false` if a listener cancelled a cancelable event — the widget
   *   must then skip the default action — otherwise `true`.
   */
  protected emit(event: DvcEvent<unknown>): boolean {
    return this.dispatchEvent(event);
  }
}
