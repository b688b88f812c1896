import type { Lang } from '../lang/language';

/**
 * The Intl locale behind each language. English uses `en-GB` on purpose:
 * day-before-month dates ("20 Nov 2024") and a 24-hour clock read the same
 * way as the Vietnamese ones, where `en-US` would turn 20/11 into 11/20.
 *
 * @summary The Intl locale behind each language (`vi-VN`, `en-GB`).
 */
export const intlLocales: { readonly [L in Lang]: string } = { vi: 'vi-VN', en: 'en-GB' };

/** @summary Every date and time is shown in Vietnam's time zone, wherever the viewer is. */
export const vietnamTimeZone = 'Asia/Ho_Chi_Minh';
