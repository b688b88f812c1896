/** Store rules that HTTP cannot reach deterministically. */
import { describe, expect, it } from 'vitest';
import { createStore, fixedClock } from '../src/index';

describe('idempotency records', () => {
  it('a key in flight answers in_progress; a finished one replays; another body mismatches', () => {
    const store = createStore({ clock: fixedClock() });
    expect(store.beginIdempotent('k', 'POST /a {}')).toEqual({ kind: 'new' });
    expect(store.beginIdempotent('k', 'POST /a {}')).toEqual({ kind: 'in_progress' });
    store.completeIdempotent('k', 201, { id: 1 });
    expect(store.beginIdempotent('k', 'POST /a {}')).toEqual({
      kind: 'replay',
      status: 201,
      body: { id: 1 },
    });
    expect(store.beginIdempotent('k', 'POST /a {"x":1}')).toEqual({ kind: 'mismatch' });
  });

  it('an abandoned key can be used again', () => {
    const store = createStore({ clock: fixedClock() });
    store.beginIdempotent('k', 'one');
    store.abandonIdempotent('k');
    expect(store.beginIdempotent('k', 'two')).toEqual({ kind: 'new' });
  });
});

describe('sessions', () => {
  it('expire with the clock and get fresh random ids and CSRF tokens', () => {
    const clock = fixedClock();
    const store = createStore({ clock, sessionTtlMs: 1000 });
    const a = store.createSession('cit-an');
    const b = store.createSession('cit-an');
    expect(a.id).not.toBe(b.id);
    expect(a.csrfToken).not.toBe(b.csrfToken);
    expect(a.id).toMatch(/^[\w-]{43}$/);
    expect(store.session(a.id)).toBe(a);
    clock.advance(1000);
    expect(store.session(a.id)).toBeUndefined();
    expect(() => store.createSession('cit-nobody')).toThrow(/Unknown citizen/);
    const unmasked = { id: 'x', name: 'X', maskedId: '001090001234', assuranceLevel: 2 as const };
    expect(() => store.createSession(unmasked)).toThrow(/masked/);
    expect(store.createSession({ ...unmasked, maskedId: '0010****1234' }).citizen.maskedId).toBe(
      '0010****1234',
    );
  });
});

describe('payments', () => {
  it('refuses a partial refund that is not partial', () => {
    const store = createStore({ clock: fixedClock() });
    expect(() =>
      store.setPaymentState(store.scenarios.processing, 'partially_refunded', {
        refundAmount: 10_000_000,
      }),
    ).toThrow(RangeError);
  });
});
