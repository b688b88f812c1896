import type { Lang } from '../lang/language';
import type { MessageKey, TranslateArgs } from './catalog';
import type { Message } from './message';
import { catalogs } from './catalogs';
import { formattersFor } from './formatters';
import { intlLocales } from './locale';

const placeholder = /\{(\w+)\}/g;

/**
 * The text of message `key` in `lang`, with its `{placeholders}` filled in.
 * Number parameters are formatted for the language (`1000` → `1.000` in
 * Vietnamese). A plural message picks its form from the `count` parameter.
 *
 * @summary Looks up and fills in a catalog message.
 * @example
 * translate('vi', 'lastUpdatedAt', { time: '10:04' }); // "Cập nhật lúc 10:04"
 */
export function translate<K extends MessageKey>(
  lang: Lang,
  key: K,
  ...args: TranslateArgs<K>
): string {
  // Untyped callers (plain JS on a CMS page) can pass any key: showing the
  // key beats throwing inside a render.
  const message: Message | undefined = catalogs[lang][key];
  if (message === undefined) return key;
  return fillMessage(lang, message, args[0] ?? {});
}

/**
 * Fills in `message` for `lang`: picks the plural form from the `count`
 * parameter and replaces `{placeholders}`, formatting numbers for the
 * language (`1000` → `1.000` in Vietnamese). Unknown placeholders stay as
 * they are, so a missing parameter is visible rather than silently empty.
 *
 * @summary Fills in one message's placeholders.
 */
export function fillMessage(
  lang: Lang,
  message: Message,
  params: Readonly<Record<string, string | number>>,
): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(intlLocales[lang]).select(Number(params['count']))] ??
        message.other);
  return text.replace(placeholder, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formattersFor(lang).number(value) : value;
  });
}
