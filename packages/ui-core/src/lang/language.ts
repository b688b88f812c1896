/**
 * A language dvc-kit widgets speak. Vietnamese first, English second.
 *
 * @summary A language dvc-kit widgets speak.
 */
export type Lang = 'vi' | 'en';

/** @summary The language used when nothing on the page names a supported one. */
export const defaultLang: Lang = 'vi';

/**
 * Maps a BCP 47 tag to a supported {@link Lang}: `en`, `en-GB`, `EN-us` → `en`;
 * `vi`, `vi-VN` → `vi`; anything else (or nothing) → `vi`.
 *
 * @summary Normalises a language tag to 'vi' | 'en'.
 */
export function normalizeLang(tag: string | null | undefined): Lang {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : defaultLang;
}
