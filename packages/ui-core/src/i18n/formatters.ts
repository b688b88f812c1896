import type { Lang } from '../lang/language';
import { intlLocales, vietnamTimeZone } from './locale';

/**
 * A point in time: a `Date`, an ISO 8601 string (as the API sends) or epoch milliseconds.
 *
 * @summary A point in time: Date, ISO 8601 string or epoch ms.
 */
export type DateInput = Date | string | number;

/**
 * Formatters for one language. Money is whole VND; dates and times are shown
 * in `Asia/Ho_Chi_Minh` whatever the viewer's own time zone.
 *
 * @summary Number, money, date and duration formatting for 'vi' or 'en'.
 */
export interface Formatters {
  /** The language these formatters write. */
  readonly lang: Lang;
  /** A plain number: `1.234.567` (vi), `1,234,567` (en). */
  number(value: number): string;
  /** An amount in VND: `150.000 ₫` (vi), `₫150,000` (en). */
  currency(amountVnd: number): string;
  /** A calendar date: `20/11/2024` (vi), `20 Nov 2024` (en). */
  date(value: DateInput): string;
  /** A time of day, 24-hour: `10:04`. */
  time(value: DateInput): string;
  /** Date and time: `10:04 20/11/2024` (vi), `20 Nov 2024, 10:04` (en). */
  dateTime(value: DateInput): string;
  /**
   * A length of time, e.g. what is left before a payment expires:
   * `2 giờ, 5 phút` / `2 hours, 5 minutes`. Days, hours and minutes
   * (rounded down); seconds only under a minute. Negative counts as zero.
   */
  duration(milliseconds: number): string;
  /** Time from `now` to `value`: `5 phút trước`, `in 2 hours`, `hôm qua`. */
  relativeTime(value: DateInput, now?: DateInput): string;
}

const secondMs = 1000;
const minuteMs = 60 * secondMs;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** Units of `relativeTime`, largest first: the first one not larger than the gap is used. */
const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * dayMs],
  ['month', 30 * dayMs],
  ['day', dayMs],
  ['hour', hourMs],
  ['minute', minuteMs],
];

function createFormatters(lang: Lang): Formatters {
  const locale = intlLocales[lang];
  // Every date and time in Vietnam's time zone, on a 24-hour clock.
  const dateTimeFormat = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(locale, {
      ...options,
      timeZone: vietnamTimeZone,
      hourCycle: 'h23',
    });
    // new Date() takes a Date, an ISO string or epoch milliseconds alike.
    return (value: DateInput) => format.format(new Date(value));
  };
  const dateOptions: Intl.DateTimeFormatOptions =
    lang === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric' }
      : { day: 'numeric', month: 'short', year: 'numeric' };
  const timeOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  const number = new Intl.NumberFormat(locale);
  const currency = new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // Durations: one unit NumberFormat per part (made when first needed),
  // joined by the locale's unit list — the same text Intl.DurationFormat
  // writes (a test compares them), but it also works on the older phones
  // that lack DurationFormat (Chromium < 129, Safari < 16.4), and it renders
  // zero ("0 giây"), which DurationFormat turns into an empty string.
  const list = new Intl.ListFormat(locale, { type: 'unit' });
  const units: Partial<Record<string, Intl.NumberFormat>> = {};
  const unit = ([name, amount]: [string, number]): string =>
    (units[name] ??= new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'long',
    })).format(Math.floor(amount));

  return {
    lang,
    // `format` of an Intl formatter is already bound to it.
    number: number.format,
    currency: currency.format,
    date: dateTimeFormat(dateOptions),
    time: dateTimeFormat(timeOptions),
    dateTime: dateTimeFormat({ ...dateOptions, ...timeOptions }),
    duration(milliseconds) {
      const ms = Math.max(0, milliseconds);
      // Days, hours and minutes that are not zero; seconds only under a minute.
      const parts: [string, number][] =
        ms < minuteMs
          ? [['second', ms / secondMs]]
          : (
              [
                ['day', ms / dayMs],
                ['hour', (ms % dayMs) / hourMs],
                ['minute', (ms % hourMs) / minuteMs],
              ] as [string, number][]
            ).filter(([, amount]) => amount >= 1);
      return list.format(parts.map(unit));
    },
    relativeTime(value, now = Date.now()) {
      const diff = +new Date(value) - +new Date(now);
      // Under a second falls through to 0 seconds: "bây giờ" / "now".
      const [name, size] = relativeSteps.find(([, size]) => Math.abs(diff) >= size) ?? [
        'second',
        secondMs,
      ];
      return relative.format(Math.trunc(diff / size), name);
    },
  };
}

const cache: Partial<Record<Lang, Formatters>> = {};

/**
 * The (cached) formatters for `lang`. Building Intl formatters is slow on
 * low-end phones, so each language's set is built once and shared.
 *
 * @summary Formatters for a language.
 * @example
 * formattersFor('vi').currency(150000); // "150.000 ₫" (with a no-break space)
 */
export function formattersFor(lang: Lang): Formatters {
  return (cache[lang] ??= createFormatters(lang));
}
