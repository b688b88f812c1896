import { describe, expect, expectTypeOf, test } from 'vitest';
import { defineMessages } from '../src/index.ts';

const messages = defineMessages(
  {
    paid: 'Đã thanh toán {amount}',
    items: { other: '{count} khoản phí' },
    title: 'Lệ phí hồ sơ',
  },
  {
    paid: 'Paid {amount}',
    items: { one: '{count} fee', other: '{count} fees' },
    title: 'Dossier fees',
  },
);

describe('defineMessages', () => {
  test('looks up a widget message in each language and fills its placeholders', () => {
    expect(messages.t('vi', 'paid', { amount: '150.000 ₫' })).toBe('Đã thanh toán 150.000 ₫');
    expect(messages.t('en', 'paid', { amount: '₫150,000' })).toBe('Paid ₫150,000');
    expect(messages.t('vi', 'title')).toBe('Lệ phí hồ sơ');
  });

  test('picks plural forms and formats numbers for the language', () => {
    expect(messages.t('en', 'items', { count: 1 })).toBe('1 fee');
    expect(messages.t('en', 'items', { count: 1200 })).toBe('1,200 fees');
    expect(messages.t('vi', 'items', { count: 1200 })).toBe('1.200 khoản phí');
  });

  test('an unknown key from untyped code shows the key instead of throwing', () => {
    const untyped = messages.t as (lang: 'vi', key: string) => string;
    expect(untyped('vi', 'nope')).toBe('nope');
  });

  test('types: parameters are required exactly when the message has placeholders', () => {
    expectTypeOf(messages.t<'title'>).parameters.toEqualTypeOf<['vi' | 'en', 'title']>();
    expectTypeOf(messages.t<'paid'>).parameters.toEqualTypeOf<
      ['vi' | 'en', 'paid', { readonly amount: string | number }]
    >();
    // @ts-expect-error an English catalog must have exactly the Vietnamese keys
    defineMessages({ a: 'A', b: 'B' }, { a: 'A' });
  });
});
