/**
 * A plural message: one text per CLDR plural category of the language,
 * chosen by the `count` parameter. `other` is always required because it is
 * the only category every language has (Vietnamese has no other one).
 *
 * @summary A message with one text per plural category.
 */
export type PluralMessage = { readonly other: string } & {
  readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/**
 * One catalog message: a plain text, or a {@link PluralMessage}. Texts may
 * hold `{name}` placeholders filled from the parameters of `t()`.
 *
 * @summary One catalog message.
 */
export type Message = string | PluralMessage;
