import { describe, expect, expectTypeOf, it } from 'vitest';
import { catalogs, en, translate, vi, type Message, type MessageKey } from '../src/index';
import type { MessageParams, TranslateArgs } from '../src/index';

const placeholdersOf = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
  return [...new Set(names)].sort();
};

const textsOf = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);

describe('catalogs', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.entries(catalogs))('%s has no empty message', (_lang, catalog) => {
    for (const [key, message] of Object.entries(catalog)) {
      for (const text of textsOf(message)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(vi) as MessageKey[]) {
      expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(vi[key]));
    }
  });

  it('give every plural message an "other" form that uses {count}', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const message of Object.values(catalog)) {
        if (typeof message === 'string') continue;
        expect(message.other).toContain('{count}');
      }
    }
  });

  it('write Vietnamese with its diacritics', () => {
    expect(vi.loading).toBe('Đang tải…');
    expect(vi.retry).toBe('Thử lại');
    expect(vi.errorNetwork).toBe('Không kết nối được. Vui lòng kiểm tra mạng và thử lại.');
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('vi', 'signInWith', { provider: 'VNeID' })).toBe('Đăng nhập bằng VNeID');
    expect(translate('en', 'signInWith', { provider: 'VNeID' })).toBe('Sign in with VNeID');
  });

  it('formats number parameters for the language', () => {
    expect(translate('vi', 'retryIn', { count: 1200 })).toBe('Tự động thử lại sau 1.200 giây');
    expect(translate('en', 'retryIn', { count: 1200 })).toBe('Trying again in 1,200 seconds');
  });

  it('picks the plural form from count', () => {
    expect(translate('en', 'retryIn', { count: 0 })).toBe('Trying again in 0 seconds');
    expect(translate('en', 'retryIn', { count: 1 })).toBe('Trying again in 1 second');
    expect(translate('en', 'retryIn', { count: 5 })).toBe('Trying again in 5 seconds');
    expect(translate('vi', 'retryIn', { count: 1 })).toBe('Tự động thử lại sau 1 giây');
  });

  it('is typed against the catalog keys and placeholders', () => {
    expectTypeOf<MessageParams<'signInWith'>>().toEqualTypeOf<{
      readonly provider: string | number;
    }>();
    expectTypeOf<TranslateArgs<'loading'>>().toEqualTypeOf<[]>();
    expectTypeOf<TranslateArgs<'retryIn'>>().toEqualTypeOf<
      [params: { readonly count: string | number }]
    >();
    // Compile-time checks only: never called.
    const _typeChecks = () => {
      // @ts-expect-error a message with placeholders needs its parameters
      translate('vi', 'signInWith');
      // @ts-expect-error the parameter is named after the placeholder
      translate('vi', 'signInWith', { name: 'VNeID' });
      // @ts-expect-error only catalog keys exist
      translate('vi', 'noSuchKey');
      // @ts-expect-error a message without placeholders takes no parameters
      translate('vi', 'loading', { count: 1 });
    };
  });

  // What plain JavaScript on a CMS page could do, without the types.
  const untypedTranslate = translate as (lang: 'vi', key: string) => string;

  it('shows the key, rather than throwing, for an unknown key from untyped code', () => {
    expect(untypedTranslate('vi', 'noSuchKey')).toBe('noSuchKey');
  });

  it('leaves a placeholder visible when untyped code omits its parameter', () => {
    expect(untypedTranslate('vi', 'signInWith')).toBe('Đăng nhập bằng {provider}');
  });
});
