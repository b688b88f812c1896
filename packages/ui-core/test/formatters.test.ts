import { describe, expect, it } from 'vitest';
import { formattersFor } from '../src/index';

const nbsp = '\u00a0';
const vi = formattersFor('vi');
const en = formattersFor('en');

describe('money', () => {
  it('writes VND the Vietnamese way, with a no-break space before ₫', () => {
    expect(vi.currency(150000)).toBe(`150.000${nbsp}₫`);
    expect(vi.currency(0)).toBe(`0${nbsp}₫`);
    expect(vi.currency(1234567)).toBe(`1.234.567${nbsp}₫`);
  });

  it('writes VND in English with the symbol first and comma grouping', () => {
    expect(en.currency(150000)).toBe('₫150,000');
  });

  it('formats plain numbers per language', () => {
    expect(vi.number(1234567)).toBe('1.234.567');
    expect(en.number(1234567)).toBe('1,234,567');
  });
});

describe('dates and times, always in Asia/Ho_Chi_Minh', () => {
  // 17:30 UTC on 19 Nov is 00:30 on 20 Nov in Vietnam (UTC+7), whatever the
  // time zone of the machine running the test.
  const lateEvening = '2024-11-19T17:30:00Z';

  it('dates', () => {
    expect(vi.date(lateEvening)).toBe('20/11/2024');
    expect(en.date(lateEvening)).toBe('20 Nov 2024');
  });

  it('times, 24-hour', () => {
    expect(vi.time(lateEvening)).toBe('00:30');
    expect(en.time('2024-11-20T08:05:00Z')).toBe('15:05');
  });

  it('date and time', () => {
    expect(vi.dateTime(lateEvening)).toBe('00:30 20/11/2024');
    expect(en.dateTime(lateEvening)).toBe('20 Nov 2024, 00:30');
  });

  it('accepts Date objects and epoch milliseconds', () => {
    expect(vi.date(new Date(lateEvening))).toBe('20/11/2024');
    expect(vi.date(Date.parse(lateEvening))).toBe('20/11/2024');
  });
});

describe('durations', () => {
  const minute = 60_000;
  const hour = 60 * minute;

  it('hours and minutes', () => {
    expect(vi.duration(2 * hour + 5 * minute)).toBe('2 giờ, 5 phút');
    expect(en.duration(2 * hour + 5 * minute)).toBe('2 hours, 5 minutes');
  });

  it('days, dropping zero units and leftover seconds', () => {
    expect(vi.duration(26 * hour + 59_000)).toBe('1 ngày, 2 giờ');
    expect(en.duration(24 * hour + 1 * minute)).toBe('1 day, 1 minute');
  });

  it('seconds only under a minute, and zero for past deadlines', () => {
    expect(vi.duration(42_500)).toBe('42 giây');
    expect(vi.duration(0)).toBe('0 giây');
    expect(en.duration(-5000)).toBe('0 seconds');
  });

  it('matches Intl.DurationFormat where the engine has it', () => {
    expect('DurationFormat' in Intl).toBe(true); // Chromium 129+
    for (const [lang, locale] of [
      ['vi', 'vi-VN'],
      ['en', 'en-GB'],
    ] as const) {
      const intl = new Intl.DurationFormat(locale, { style: 'long' });
      expect(formattersFor(lang).duration(2 * hour + 5 * minute)).toBe(
        intl.format({ hours: 2, minutes: 5 }),
      );
      expect(formattersFor(lang).duration(50 * hour + 1 * minute)).toBe(
        intl.format({ days: 2, hours: 2, minutes: 1 }),
      );
    }
  });
});

describe('relative time', () => {
  const now = '2024-11-20T10:00:00Z';

  it('past and future', () => {
    expect(vi.relativeTime('2024-11-20T09:55:00Z', now)).toBe('5 phút trước');
    expect(en.relativeTime('2024-11-20T12:00:00Z', now)).toBe('in 2 hours');
    expect(en.relativeTime('2024-11-19T10:00:00Z', now)).toBe('yesterday');
    expect(vi.relativeTime('2024-11-20T10:00:00Z', now)).toBe('bây giờ');
  });
});

describe('caching', () => {
  it('builds each language once', () => {
    expect(formattersFor('vi')).toBe(vi);
    expect(vi.lang).toBe('vi');
    expect(en.lang).toBe('en');
  });
});
