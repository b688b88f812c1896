/** The seed is deterministic, realistic and covers every state the widgets show. */
import { readFile } from 'node:fs/promises';
import {
  DOSSIER_CODE_PATTERN,
  PaymentSchema,
  PaymentStateSchema,
  PROCEDURE_CODE_PATTERN,
  ProcedureSchema,
} from '@dvc-kit/client';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CITIZENS,
  createStore,
  fixedClock,
  maskIdentityNumber,
  SCENARIO_DESCRIPTIONS,
  systemClock,
} from '../src/index';

describe('seed', () => {
  it('is the same on every run, and receipt codes do not depend on the clock', () => {
    const a = createStore({ clock: fixedClock() });
    const b = createStore({ clock: fixedClock() });
    const c = createStore({ clock: systemClock });
    expect(b.procedures()).toEqual(a.procedures());
    expect(b.dossierCodes()).toEqual(a.dossierCodes());
    expect(c.scenarios).toEqual(a.scenarios);
    expect(c.dossierCodes()).toEqual(a.dossierCodes());
  });

  it('has ≥ 50 valid procedures across fields and levels, fees in whole VND', () => {
    const procedures = createStore({ clock: fixedClock() }).procedures();
    expect(procedures.length).toBeGreaterThanOrEqual(50);
    for (const p of procedures) {
      expect(z.safeParse(ProcedureSchema, p).success, p.code).toBe(true);
      expect(p.code).toMatch(PROCEDURE_CODE_PATTERN);
      for (const fee of p.fees) expect(Number.isInteger(fee.amount) && fee.amount > 0).toBe(true);
    }
    expect(new Set(procedures.map((p) => p.code)).size).toBe(procedures.length);
    const fields = new Set(procedures.map((p) => p.field));
    for (const field of [
      'Hộ tịch',
      'Đất đai',
      'Xây dựng',
      'Tư pháp',
      'Giao thông vận tải',
      'Lao động',
      'Giáo dục và Đào tạo',
      'Y tế',
      'Đăng ký kinh doanh',
    ]) {
      expect(fields.has(field), field).toBe(true);
    }
    expect(new Set(procedures.map((p) => p.level))).toEqual(new Set(['tinh', 'huyen', 'xa']));
    expect(new Set(procedures.map((p) => p.onlineMode))).toEqual(
      new Set(['toan_trinh', 'mot_phan']),
    );
  });

  it('pads the catalogue for load tests without moving the real procedures', () => {
    const small = createStore({ clock: fixedClock() }).procedures();
    const big = createStore({ clock: fixedClock(), catalogueSize: 500 }).procedures();
    expect(big).toHaveLength(500);
    expect(big.slice(0, small.length)).toEqual(small);
    expect(new Set(big.map((p) => p.code)).size).toBe(500);
  });

  it('covers every payment state, with receipt codes of the documented shape', () => {
    const store = createStore({ clock: fixedClock() });
    const states = new Set<string>();
    for (const code of store.dossierCodes()) {
      expect(code).toMatch(DOSSIER_CODE_PATTERN);
      const payment = store.payment(code);
      if (payment) states.add(payment.status);
    }
    expect([...states].sort()).toEqual([...PaymentStateSchema.options].sort());
    for (const code of Object.values(store.scenarios)) {
      expect(store.dossier(code), code).toBeDefined();
    }
  });

  it('citizens: 12-digit identity numbers, masked as 4 + **** + 4', () => {
    expect(CITIZENS.map((c) => c.level).sort()).toEqual([1, 2]);
    for (const c of CITIZENS) {
      expect(c.identityNumber).toMatch(/^\d{12}$/);
      expect(c.birthdate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(maskIdentityNumber('001090001234')).toBe('0010****1234');
  });

  it('keeps seeded payments valid against the contract', async () => {
    const { createHandlers } = await import('../src/index');
    const store = createStore({ clock: fixedClock() });
    const { getResponse } = await import('msw');
    const handlers = createHandlers(store, { settleAfterPolls: null });
    for (const code of store.dossierCodes()) {
      const res = await getResponse(
        handlers,
        new Request(`https://x.test/v1/dossiers/${code}/payment`),
      );
      expect(z.safeParse(PaymentSchema, await res?.json()).success, code).toBe(true);
    }
  });

  it('the README scenario table matches the seed', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const store = createStore({ clock: fixedClock() });
    for (const [key, code] of Object.entries(store.scenarios)) {
      expect(readme, key).toMatch(
        new RegExp(`\\|\\s*\`${key}\`\\s*\\|\\s*\`${code.replaceAll('.', '\\.')}\`\\s*\\|`),
      );
      expect(SCENARIO_DESCRIPTIONS[key as keyof typeof SCENARIO_DESCRIPTIONS]).toBeTruthy();
    }
  });
});
