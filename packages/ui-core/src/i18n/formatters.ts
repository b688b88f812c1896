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

type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

const secondMs = 1000;
const minuteMs = 60 * secondMs;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

const toDate = (value: DateInput): Date => (value instanceof Date ? value : new Date(value));

/** Splits a duration into its non-zero whole units; seconds only below a minute. */
function durationParts(milliseconds: number): [DurationUnit, number][] {
  const ms = Math.max(0, milliseconds);
  if (ms < minuteMs) return [['second', Math.floor(ms / secondMs)]];
  const parts: [DurationUnit, number][] = [
    ['day', Math.floor(ms / dayMs)],
    ['hour', Math.floor((ms % dayMs) / hourMs)],
    ['minute', Math.floor((ms % hourMs) / minuteMs)],
  ];
  return parts.filter(([, amount]) => amount > 0);
}

function createDurationFormatter(locale: string): (milliseconds: number) => string {
  // One unit NumberFormat per part, joined by the locale's unit list: the
  // same text Intl.DurationFormat writes (a test compares them), but it also
  // works on the older phones that lack DurationFormat (Chromium < 129,
  // Safari < 16.4), and it renders zero ("0 giây"), which DurationFormat
  // turns into an empty string.
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'long' });
  const unitFormats = new Map<DurationUnit, Intl.NumberFormat>();
  const formatPart = ([unit, amount]: [DurationUnit, number]): string => {
    let format = unitFormats.get(unit);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
      unitFormats.set(unit, format);
    }
    return format.format(amount);
  };
  return (milliseconds) => list.format(durationParts(milliseconds).map(formatPart));
}

const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * dayMs],
  ['month', 30 * dayMs],
  ['day', dayMs],
  ['hour', hourMs],
  ['minute', minuteMs],
];

function createFormatters(lang: Lang): Formatters {
  const locale = intlLocales[lang];
  const timeZone = vietnamTimeZone;
  const number = new Intl.NumberFormat(locale);
  const currency = new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND' });
  const dateOptions: Intl.DateTimeFormatOptions =
    lang === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric' }
      : { day: 'numeric', month: 'short', year: 'numeric' };
  const timeOptions: Intl.DateTimeFormatOptions = {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  const date = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone });
  const time = new Intl.DateTimeFormat(locale, { ...timeOptions, timeZone });
  const dateTime = new Intl.DateTimeFormat(locale, { ...dateOptions, ...timeOptions, timeZone });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const duration = createDurationFormatter(locale);

  return {
    lang,
    number: (value) => number.format(value),
    currency: (amountVnd) => currency.format(amountVnd),
    date: (value) => date.format(toDate(value)),
    time: (value) => time.format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
    duration,
    relativeTime(value, now = Date.now()) {
      const diff = toDate(value).getTime() - toDate(now).getTime();
      const step = relativeSteps.find(([, size]) => Math.abs(diff) >= size);
      return step
        ? relative.format(Math.trunc(diff / step[1]), step[0])
        : relative.format(Math.trunc(diff / secondMs), 'second');
    },
  };
}

const cache = new Map<Lang, Formatters>();

/**
 * The (cached) formatters for `lang`. Building Intl formatters is slow on
 * low-end phones, so each language's set is built once and shared.
 *
 * @summary Formatters for a language.
 * @example
 * formattersFor('vi').currency(150000); // "150.000 ₫" (with a no-break space)
 */
export function formattersFor(lang: Lang): Formatters {
  let formatters = cache.get(lang);
  if (!formatters) {
    formatters = createFormatters(lang);
    cache.set(lang, formatters);
  }
  return formatters;
}
